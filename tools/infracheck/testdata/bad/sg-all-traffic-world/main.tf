resource "aws_vpc_security_group_ingress_rule" "any" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}
