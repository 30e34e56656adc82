# Either passes through the bootstrap servers of an existing Kafka cluster, or creates
# an Amazon MSK cluster that only speaks TLS to clients and authenticates them with IAM.
# Topic defaults suit the pipeline's exactly-once processing: replication factor 3,
# min.insync.replicas 2, no automatic topic creation by clients.

resource "aws_msk_configuration" "this" {
  count = var.create_msk ? 1 : 0

  name           = var.name
  kafka_versions = [var.kafka_version]
  description    = "transform-cluster broker settings for ${var.name}"

  server_properties = <<-PROPERTIES
    auto.create.topics.enable=false
    default.replication.factor=3
    min.insync.replicas=2
    num.partitions=12
    transaction.state.log.replication.factor=3
    transaction.state.log.min.isr=2
    offsets.topic.replication.factor=3
    unclean.leader.election.enable=false
  PROPERTIES

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_msk_cluster" "this" {
  count = var.create_msk ? 1 : 0

  cluster_name           = var.name
  kafka_version          = var.kafka_version
  number_of_broker_nodes = var.brokers_per_zone * length(var.subnet_ids)

  broker_node_group_info {
    instance_type   = var.broker_instance_type
    client_subnets  = var.subnet_ids
    security_groups = [var.security_group_id]

    connectivity_info {
      public_access {
        type = "DISABLED"
      }
    }

    storage_info {
      ebs_storage_info {
        volume_size = var.broker_volume_size_gib
      }
    }
  }

  configuration_info {
    arn      = aws_msk_configuration.this[0].arn
    revision = aws_msk_configuration.this[0].latest_revision
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = var.kms_key_arn

    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }

  client_authentication {
    unauthenticated = false

    sasl {
      iam = true
    }
  }

  open_monitoring {
    prometheus {
      jmx_exporter {
        enabled_in_broker = true
      }

      node_exporter {
        enabled_in_broker = true
      }
    }
  }

  tags = var.tags

  lifecycle {
    precondition {
      condition     = length(var.subnet_ids) >= 2 && length(var.subnet_ids) <= 3 && var.security_group_id != null
      error_message = "With create_msk, give 2 or 3 subnet_ids (one per availability zone) and security_group_id."
    }
  }
}

locals {
  bootstrap_servers = var.create_msk ? aws_msk_cluster.this[0].bootstrap_brokers_sasl_iam : var.bootstrap_servers
}
