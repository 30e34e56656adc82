resource "aws_launch_template" "workers" {
  image_id = "ami-0123456789abcdef0"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }

  block_device_mappings {
    device_name = "/dev/sda1"

    ebs {
      encrypted = true
    }
  }
}
