resource "aws_vpc_security_group_ingress_rule" "nomad" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 4646
  to_port           = 4646
}
