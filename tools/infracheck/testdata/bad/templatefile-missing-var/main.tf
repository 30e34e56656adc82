resource "aws_launch_template" "workers" {
  image_id = "ami-0123456789abcdef0"

  user_data = base64encode(templatefile("${path.module}/templates/user-data.sh.tftpl", {
    cluster_name = "example"
  }))

  metadata_options {
    http_tokens = "required"
  }

  block_device_mappings {
    device_name = "/dev/sda1"

    ebs {
      encrypted = true
    }
  }
}
