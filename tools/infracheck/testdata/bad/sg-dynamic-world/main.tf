locals {
  open_ports = [4647, 8301]
}

resource "aws_security_group" "workers" {
  name   = "workers"
  vpc_id = "vpc-0123456789abcdef0"

  dynamic "ingress" {
    for_each = local.open_ports

    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
