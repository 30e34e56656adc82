packer {
  required_version = ">= 1.10.0"

  required_plugins {
    amazon = {
      source = "github.com/hashicorp/amazon"
    }
  }
}

source "amazon-ebs" "node" {
  region                                = var.aws_region
  source_ami                            = "ami-0123456789abcdef0"
  instance_type                         = "t3.medium"
  ami_name                              = "example-node"
  associate_public_ip_address           = false
  temporary_security_group_source_cidrs = ["10.0.0.0/16"]
  ssh_username                          = "ubuntu"
  encrypt_boot                          = true

  metadata_options {
    http_tokens = "required"
  }

  launch_block_device_mappings {
    device_name = "/dev/sda1"
    encrypted   = true
  }
}
