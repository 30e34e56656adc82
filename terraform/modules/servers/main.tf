# Consul + Nomad servers in one auto-scaling group of 3 or 5. Instances find each other
# by the auto-join tag (provider=aws), and read the gossip keys from Secrets Manager and
# the TLS material from SSM Parameter Store at boot: user data carries only names.

data "aws_region" "current" {}

locals {
  instance_tags = merge(var.tags, {
    Name                     = "${var.name}-server"
    (var.auto_join_tag_key)  = var.name
    "transform-cluster-role" = "server"
  })
}

resource "aws_launch_template" "this" {
  name_prefix            = "${var.name}-server-"
  description            = "Consul and Nomad servers of ${var.name}"
  image_id               = var.ami_id
  instance_type          = var.instance_type
  update_default_version = true
  ebs_optimized          = true

  user_data = base64encode(templatefile("${path.module}/templates/user-data.sh.tftpl", {
    cluster_name       = var.name
    datacenter         = var.datacenter
    region             = data.aws_region.current.name
    bootstrap_expect   = var.cluster_size
    auto_join_tag_key  = var.auto_join_tag_key
    gossip_secret_arn  = var.gossip_secret_arn
    tls_parameter_path = var.tls_parameter_path
  }))

  iam_instance_profile {
    name = var.instance_profile_name
  }

  vpc_security_group_ids = [var.security_group_id]

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
  name_prefix         = "${var.name}-server-"
  min_size            = var.cluster_size
  max_size            = var.cluster_size
  desired_capacity    = var.cluster_size
  vpc_zone_identifier = var.subnet_ids
  health_check_type   = "EC2"

  launch_template {
    id      = aws_launch_template.this.id
    version = aws_launch_template.this.latest_version
  }

  # Replace one server at a time so that the Raft quorum always holds.
  instance_refresh {
    strategy = "Rolling"

    preferences {
      min_healthy_percentage = var.cluster_size == 5 ? 80 : 66
      instance_warmup        = 300
    }
  }

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
  }
}
