resource "aws_security_group_rule" "kafka" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 9092
  to_port           = 9098
  protocol          = "tcp"
  cidr_blocks       = var.kafka_clients
}
