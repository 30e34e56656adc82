resource "aws_security_group" "servers" {
  name   = "servers"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    from_port        = 8500
    to_port          = 8500
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}
