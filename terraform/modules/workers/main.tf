# Nomad clients (with a Consul client agent) in an auto-scaling group. They join the
# servers by the servers' auto-join tag and run the pipeline's jobs with the workers'
# instance profile. They do not carry the auto-join tag themselves.

data "aws_region" "current" {}

locals {
  instance_tags = merge(var.tags, {
    Name                     = "${var.name}-worker"
    "transform-cluster-role" = "worker"
  })
}

resource "aws_launch_template" "this" {
  name_prefix            = "${var.name}-worker-"
  description            = "Nomad clients of ${var.name}"
  image_id               = var.ami_id
  instance_type          = var.instance_type
  update_default_version = true
  ebs_optimized          = true

  user_data = base64encode(templatefile("${path.module}/templates/user-data.sh.tftpl", {
    cluster_name            = var.name
    datacenter              = var.datacenter
    region                  = data.aws_region.current.name
    auto_join_tag_key       = var.auto_join_tag_key
    gossip_secret_arn       = var.gossip_secret_arn
    tls_parameter_path      = var.tls_parameter_path
    node_class              = var.node_class
    kafka_bootstrap_servers = var.kafka_bootstrap_servers
  }))

  iam_instance_profile {
    name = var.instance_profile_name
  }

  vpc_security_group_ids = [var.security_group_id]

  # Hop limit 1: tasks on the host network (java/exec drivers) reach the instance role;
  # anything in another network namespace does not.
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  block_device_mappings {
    device_name = "/dev/sda1"

    ebs {
      volume_size           = var.root_volume_size_gib
      volume_type           = "gp3"
      encrypted             = true
      kms_key_id            = var.ebs_kms_key_arn
      delete_on_termination = true
    }
  }

  monitoring {
    enabled = true
  }

  tag_specifications {
    resource_type = "instance"
    tags          = local.instance_tags
  }

  tag_specifications {
    resource_type = "volume"
    tags          = var.tags
  }

  tags = var.tags
}

resource "aws_autoscaling_group" "this" {
  name_prefix         = "${var.name}-worker-"
  min_size            = var.min_size
  max_size            = var.max_size
  desired_capacity    = var.desired_capacity
  vpc_zone_identifier = var.subnet_ids
  health_check_type   = "EC2"

  launch_template {
    id      = aws_launch_template.this.id
    version = aws_launch_template.this.latest_version
  }

  instance_refresh {
    strategy = "Rolling"

    preferences {
      min_healthy_percentage = 90
      instance_warmup        = 180
    }
  }

  # Nomad drains a client before the instance goes away (see the packer worker image's
  # nomad-drain unit); give it time to move allocations.
  default_instance_warmup   = 180
  wait_for_capacity_timeout = "15m"

  dynamic "tag" {
    for_each = local.instance_tags

    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = false
    }
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [desired_capacity]

    precondition {
      condition     = var.min_size <= var.desired_capacity && var.desired_capacity <= var.max_size
      error_message = "Need min_size <= desired_capacity <= max_size."
    }
  }
}
