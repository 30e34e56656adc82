output "servers_instance_profile_name" {
  description = "Instance profile of the Consul/Nomad servers."
  value       = aws_iam_instance_profile.servers.name
}

output "workers_instance_profile_name" {
  description = "Instance profile of the Nomad clients."
  value       = aws_iam_instance_profile.workers.name
}

output "servers_role_arn" {
  description = "ARN of the servers' role."
  value       = aws_iam_role.servers.arn
}

output "workers_role_arn" {
  description = "ARN of the workers' role; grant it in the key policy of a given KMS key."
  value       = aws_iam_role.workers.arn
}

output "workers_policy_json" {
  description = "The workers' inline policy, for review or IAM policy simulation."
  value       = data.aws_iam_policy_document.workers.json
}
