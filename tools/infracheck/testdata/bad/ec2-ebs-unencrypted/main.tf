resource "aws_launch_template" "workers" {
  image_id = "ami-0123456789abcdef0"

  metadata_options {
    http_tokens = "required"
  }

  block_device_mappings {
    device_name = "/dev/sda1"

    ebs {
      volume_size = 50
    }
  }
}
