output "servers_security_group_id" {
  description = "Security group of the Consul/Nomad servers."
  value       = aws_security_group.servers.id
}

output "workers_security_group_id" {
  description = "Security group of the Nomad clients. Add it as a source to the security group of an existing Kafka cluster."
  value       = aws_security_group.workers.id
}

output "kafka_security_group_id" {
  description = "Security group for MSK brokers, or null when create_kafka_security_group is false."
  value       = one(aws_security_group.kafka[*].id)
}
