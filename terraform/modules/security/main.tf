# Three groups: Consul/Nomad servers, Nomad clients (workers) and, optionally, the MSK
# brokers. Cluster ports are opened only from one of these groups to another, never to
# CIDR ranges; the only CIDR-based ingress rules come from explicit inputs that default
# to empty lists and reject 0.0.0.0/0.

resource "aws_security_group" "servers" {
  name_prefix = "${var.name}-servers-"
  description = "Consul and Nomad servers of ${var.name}"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-servers" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "workers" {
  name_prefix = "${var.name}-workers-"
  description = "Nomad clients (workers) of ${var.name}"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-workers" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "kafka" {
  count = var.create_kafka_security_group ? 1 : 0

  name_prefix = "${var.name}-kafka-"
  description = "Amazon MSK brokers of ${var.name}"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-kafka" })

  lifecycle {
    create_before_destroy = true
  }
}

locals {
  sg = {
    servers = aws_security_group.servers.id
    workers = aws_security_group.workers.id
  }

  # to <- from, port range, protocol. Consul: 8300 server RPC, 8301 LAN gossip,
  # 8302 WAN gossip (servers only), 8500/8501 HTTP/HTTPS API, 8502/8503 gRPC, 8600 DNS.
  # Nomad: 4646 HTTP API, 4647 RPC, 4648 serf (servers only).
  cluster_rules = [
    { to = "servers", from = "servers", ports = [8300, 8302], protocol = "tcp", what = "Consul server RPC, LAN and WAN gossip" },
    { to = "servers", from = "servers", ports = [8301, 8302], protocol = "udp", what = "Consul LAN and WAN gossip" },
    { to = "servers", from = "servers", ports = [8500, 8503], protocol = "tcp", what = "Consul HTTP, HTTPS and gRPC APIs" },
    { to = "servers", from = "servers", ports = [8600, 8600], protocol = "tcp", what = "Consul DNS" },
    { to = "servers", from = "servers", ports = [8600, 8600], protocol = "udp", what = "Consul DNS" },
    { to = "servers", from = "servers", ports = [4646, 4648], protocol = "tcp", what = "Nomad HTTP, RPC and serf" },
    { to = "servers", from = "servers", ports = [4648, 4648], protocol = "udp", what = "Nomad serf" },
    { to = "servers", from = "workers", ports = [8300, 8301], protocol = "tcp", what = "Consul server RPC and LAN gossip from clients" },
    { to = "servers", from = "workers", ports = [8301, 8301], protocol = "udp", what = "Consul LAN gossip from clients" },
    { to = "servers", from = "workers", ports = [8501, 8501], protocol = "tcp", what = "Consul HTTPS API from clients" },
    { to = "servers", from = "workers", ports = [4646, 4647], protocol = "tcp", what = "Nomad HTTP API and RPC from clients" },
    { to = "workers", from = "servers", ports = [8301, 8301], protocol = "tcp", what = "Consul LAN gossip from servers" },
    { to = "workers", from = "servers", ports = [8301, 8301], protocol = "udp", what = "Consul LAN gossip from servers" },
    { to = "workers", from = "servers", ports = [4647, 4647], protocol = "tcp", what = "Nomad RPC from servers (logs, exec)" },
    { to = "workers", from = "workers", ports = [8301, 8301], protocol = "tcp", what = "Consul LAN gossip between clients" },
    { to = "workers", from = "workers", ports = [8301, 8301], protocol = "udp", what = "Consul LAN gossip between clients" },
    { to = "workers", from = "workers", ports = [20000, 32000], protocol = "tcp", what = "Nomad dynamic ports: service traffic and Prometheus scrapes" },
  ]

  cluster_rules_by_key = {
    for r in local.cluster_rules : "${r.to}-from-${r.from}-${r.protocol}-${r.ports[0]}-${r.ports[1]}" => r
  }
}

resource "aws_vpc_security_group_ingress_rule" "cluster" {
  for_each = local.cluster_rules_by_key

  security_group_id            = local.sg[each.value.to]
  referenced_security_group_id = local.sg[each.value.from]
  ip_protocol                  = each.value.protocol
  from_port                    = each.value.ports[0]
  to_port                      = each.value.ports[1]
  description                  = each.value.what
  tags                         = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "kafka_tls_from_workers" {
  count = var.create_kafka_security_group ? 1 : 0

  security_group_id            = aws_security_group.kafka[0].id
  referenced_security_group_id = aws_security_group.workers.id
  ip_protocol                  = "tcp"
  from_port                    = 9094
  to_port                      = 9094
  description                  = "Kafka over TLS from workers"
  tags                         = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "kafka_iam_from_workers" {
  count = var.create_kafka_security_group ? 1 : 0

  security_group_id            = aws_security_group.kafka[0].id
  referenced_security_group_id = aws_security_group.workers.id
  ip_protocol                  = "tcp"
  from_port                    = 9098
  to_port                      = 9098
  description                  = "Kafka over TLS with IAM authentication from workers"
  tags                         = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "kafka_metrics_from_workers" {
  count = var.create_kafka_security_group ? 1 : 0

  security_group_id            = aws_security_group.kafka[0].id
  referenced_security_group_id = aws_security_group.workers.id
  ip_protocol                  = "tcp"
  from_port                    = 11001
  to_port                      = 11002
  description                  = "MSK open monitoring (JMX and node exporters) scraped by Prometheus on workers"
  tags                         = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "operator_nomad" {
  for_each = toset(var.operator_ingress_cidr_blocks)

  security_group_id = aws_security_group.servers.id
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 4646
  to_port           = 4646
  description       = "Nomad API and UI from an operator network"
  tags              = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "operator_consul" {
  for_each = toset(var.operator_ingress_cidr_blocks)

  security_group_id = aws_security_group.servers.id
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 8501
  to_port           = 8501
  description       = "Consul HTTPS API and UI from an operator network"
  tags              = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "ssh_servers" {
  for_each = toset(var.ssh_ingress_cidr_blocks)

  security_group_id = aws_security_group.servers.id
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  description       = "SSH (off by default; prefer SSM Session Manager)"
  tags              = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "ssh_workers" {
  for_each = toset(var.ssh_ingress_cidr_blocks)

  security_group_id = aws_security_group.workers.id
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  description       = "SSH (off by default; prefer SSM Session Manager)"
  tags              = var.tags
}

resource "aws_vpc_security_group_egress_rule" "servers" {
  for_each = toset(var.egress_cidr_blocks)

  security_group_id = aws_security_group.servers.id
  cidr_ipv4         = each.value
  ip_protocol       = "-1"
  description       = "Outbound to AWS APIs, the cluster and package mirrors"
  tags              = var.tags
}

resource "aws_vpc_security_group_egress_rule" "workers" {
  for_each = toset(var.egress_cidr_blocks)

  security_group_id = aws_security_group.workers.id
  cidr_ipv4         = each.value
  ip_protocol       = "-1"
  description       = "Outbound to S3, Kafka, AWS APIs, the cluster and package mirrors"
  tags              = var.tags
}
