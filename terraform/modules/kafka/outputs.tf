output "bootstrap_servers" {
  description = "Comma-separated bootstrap servers the pipeline connects to (the MSK IAM/TLS listeners on 9098, or the given servers)."
  value       = local.bootstrap_servers

  precondition {
    condition     = local.bootstrap_servers != null && local.bootstrap_servers != ""
    error_message = "Set create_msk = true or give bootstrap_servers of an existing Kafka cluster."
  }
}

output "uses_iam_auth" {
  description = "Whether clients must authenticate with IAM (SASL mechanism AWS_MSK_IAM over TLS)."
  value       = var.create_msk
}

output "msk_cluster_arn" {
  description = "ARN of the MSK cluster, or null when an existing cluster is used."
  value       = one(aws_msk_cluster.this[*].arn)
}
