packer {
  required_version = ">= 1.10.0"

  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = "~> 1.3"
    }
  }
}

locals {
  build_time = formatdate("YYYYMMDDhhmmss", timestamp())

  tags = merge(var.tags, {
    Project       = "transform-cluster"
    BaseAMI       = data.amazon-ami.ubuntu.id
    ConsulVersion = var.consul_version
    NomadVersion  = var.nomad_version
  })

  # What the build instance needs for Session Manager (no SSH port, no key pair on the
  # network): the actions of AmazonSSMManagedInstanceCore's session part.
  ssm_actions = [
    "ssm:UpdateInstanceInformation",
    "ssmmessages:CreateControlChannel",
    "ssmmessages:CreateDataChannel",
    "ssmmessages:OpenControlChannel",
    "ssmmessages:OpenDataChannel",
  ]
}

# Ubuntu 22.04 LTS from Canonical's account.
data "amazon-ami" "ubuntu" {
  region      = var.aws_region
  owners      = ["099720113685"]
  most_recent = true

  filters = {
    name                = "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"
    root-device-type    = "ebs"
    virtualization-type = "hvm"
  }
}

source "amazon-ebs" "server" {
  region          = var.aws_region
  source_ami      = data.amazon-ami.ubuntu.id
  instance_type   = var.instance_type
  ami_name        = "${var.ami_name_prefix}-server-${local.build_time}"
  ami_description = "transform-cluster server: Consul ${var.consul_version}, Nomad ${var.nomad_version}"
  ami_users       = var.ami_users

  subnet_id                             = var.subnet_id
  associate_public_ip_address           = false
  temporary_security_group_source_cidrs = var.temporary_security_group_source_cidrs
  communicator                          = "ssh"
  ssh_username                          = "ubuntu"
  ssh_interface                         = "session_manager"

  temporary_iam_instance_profile_policy_document {
    Version = "2012-10-17"

    Statement {
      Effect   = "Allow"
      Action   = local.ssm_actions
      Resource = ["*"]
    }
  }

  encrypt_boot = true
  kms_key_id   = var.ami_kms_key_id
  imds_support = "v2.0"

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  launch_block_device_mappings {
    device_name           = "/dev/sda1"
    volume_size           = 16
    volume_type           = "gp3"
    encrypted             = true
    delete_on_termination = true
  }

  tags          = merge(local.tags, { Role = "server" })
  snapshot_tags = merge(local.tags, { Role = "server" })
  run_tags      = merge(local.tags, { Role = "server-build" })
}

source "amazon-ebs" "worker" {
  region          = var.aws_region
  source_ami      = data.amazon-ami.ubuntu.id
  instance_type   = var.instance_type
  ami_name        = "${var.ami_name_prefix}-worker-${local.build_time}"
  ami_description = "transform-cluster worker: Nomad ${var.nomad_version} client, Consul ${var.consul_version}, Java 17, transform-cluster"
  ami_users       = var.ami_users

  subnet_id                             = var.subnet_id
  associate_public_ip_address           = false
  temporary_security_group_source_cidrs = var.temporary_security_group_source_cidrs
  communicator                          = "ssh"
  ssh_username                          = "ubuntu"
  ssh_interface                         = "session_manager"

  temporary_iam_instance_profile_policy_document {
    Version = "2012-10-17"

    Statement {
      Effect   = "Allow"
      Action   = local.ssm_actions
      Resource = ["*"]
    }
  }

  encrypt_boot = true
  kms_key_id   = var.ami_kms_key_id
  imds_support = "v2.0"

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  launch_block_device_mappings {
    device_name           = "/dev/sda1"
    volume_size           = 20
    volume_type           = "gp3"
    encrypted             = true
    delete_on_termination = true
  }

  tags          = merge(local.tags, { Role = "worker" })
  snapshot_tags = merge(local.tags, { Role = "worker" })
  run_tags      = merge(local.tags, { Role = "worker-build" })
}
