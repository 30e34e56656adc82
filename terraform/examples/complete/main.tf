# The whole cluster: existing network, security groups, buckets, IAM, Kafka (MSK or an
# existing cluster), Consul/Nomad servers and Nomad workers.

locals {
  tags = {
    "transform-cluster" = var.cluster_name
  }
}

module "network" {
  source = "../../modules/network"

  vpc_id             = var.vpc_id
  private_subnet_ids = var.private_subnet_ids
}

module "security" {
  source = "../../modules/security"

  name                         = var.cluster_name
  vpc_id                       = module.network.vpc_id
  operator_ingress_cidr_blocks = var.operator_ingress_cidr_blocks
  create_kafka_security_group  = var.create_msk
  tags                         = local.tags
}

module "buckets" {
  source = "../../modules/buckets"

  source_bucket_name      = var.source_bucket_name
  destination_bucket_name = var.destination_bucket_name
  tags                    = local.tags
}

module "kafka" {
  source = "../../modules/kafka"

  name              = var.cluster_name
  create_msk        = var.create_msk
  bootstrap_servers = var.kafka_bootstrap_servers
  subnet_ids        = module.network.private_subnet_ids
  security_group_id = module.security.kafka_security_group_id
  tags              = local.tags
}

module "iam" {
  source = "../../modules/iam"

  name                   = var.cluster_name
  source_bucket_arn      = module.buckets.source_bucket_arn
  destination_bucket_arn = module.buckets.destination_bucket_arn
  bucket_kms_key_arns    = [module.buckets.kms_key_arn]
  gossip_secret_arn      = var.gossip_secret_arn
  tls_parameter_path     = var.tls_parameter_path
  source_prefix          = var.source_prefix
  destination_prefix     = var.destination_prefix
  secrets_kms_key_arn    = var.secrets_kms_key_arn
  msk_cluster_arn        = module.kafka.msk_cluster_arn
  tags                   = local.tags
}

module "servers" {
  source = "../../modules/servers"

  name                  = var.cluster_name
  ami_id                = var.server_ami_id
  subnet_ids            = module.network.private_subnet_ids
  security_group_id     = module.security.servers_security_group_id
  instance_profile_name = module.iam.servers_instance_profile_name
  gossip_secret_arn     = var.gossip_secret_arn
  tls_parameter_path    = var.tls_parameter_path
  cluster_size          = var.server_count
  tags                  = local.tags
}

module "workers" {
  source = "../../modules/workers"

  name                    = var.cluster_name
  ami_id                  = var.worker_ami_id
  subnet_ids              = module.network.private_subnet_ids
  security_group_id       = module.security.workers_security_group_id
  instance_profile_name   = module.iam.workers_instance_profile_name
  gossip_secret_arn       = var.gossip_secret_arn
  tls_parameter_path      = var.tls_parameter_path
  kafka_bootstrap_servers = module.kafka.bootstrap_servers
  desired_capacity        = var.worker_count
  tags                    = local.tags
}
