output "source_uri" {
  description = "S3 URI the ingest job reads (nomad job dispatch -meta source=...)."
  value       = "s3://${module.buckets.source_bucket_name}/${var.source_prefix}"
}

output "destination_uri" {
  description = "S3 URI the sink writes."
  value       = "s3://${module.buckets.destination_bucket_name}/${var.destination_prefix}"
}

output "kafka_bootstrap_servers" {
  description = "Kafka bootstrap servers for the Nomad jobs."
  value       = module.kafka.bootstrap_servers
}

output "kafka_uses_iam_auth" {
  description = "Whether the jobs must use SASL_SSL with AWS_MSK_IAM."
  value       = module.kafka.uses_iam_auth
}

output "servers_autoscaling_group" {
  description = "Auto-scaling group of the servers (aws ssm start-session into one of them)."
  value       = module.servers.autoscaling_group_name
}

output "workers_autoscaling_group" {
  description = "Auto-scaling group of the workers."
  value       = module.workers.autoscaling_group_name
}

output "workers_role_arn" {
  description = "Role of the workers, to allow in a given KMS key policy."
  value       = module.iam.workers_role_arn
}
