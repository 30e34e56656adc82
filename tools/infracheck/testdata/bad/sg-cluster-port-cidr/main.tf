resource "aws_vpc_security_group_ingress_rule" "consul" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "tcp"
  from_port         = 8300
  to_port           = 8302
}
