variable "name" {
  type        = string
  description = "Name prefix of the roles and instance profiles, e.g. the cluster name."
}

variable "source_bucket_arn" {
  type        = string
  description = "ARN of the source bucket the workers read from."
}

variable "destination_bucket_arn" {
  type        = string
  description = "ARN of the destination bucket the workers write to."
}

variable "bucket_kms_key_arns" {
  type        = list(string)
  description = "ARNs of the KMS keys encrypting the source and destination buckets."
}

variable "gossip_secret_arn" {
  type        = string
  description = "ARN of the Secrets Manager secret holding the gossip encryption keys, a JSON object {\"consul\": \"...\", \"nomad\": \"...\"}."
}

variable "tls_parameter_path" {
  type        = string
  description = "SSM Parameter Store path (no trailing slash) under which the TLS material is stored as SecureString parameters: ca.pem, server/cert.pem, server/key.pem, client/cert.pem, client/key.pem."

  validation {
    condition     = can(regex("^/[A-Za-z0-9_.\\-/]*[A-Za-z0-9_.\\-]$", var.tls_parameter_path))
    error_message = "The tls_parameter_path must start with / and not end with /."
  }
}

variable "source_prefix" {
  type        = string
  description = "Key prefix in the source bucket the workers may list and read, e.g. \"exports/2024/\". Empty means the whole bucket."
  default     = ""

  validation {
    condition     = !startswith(var.source_prefix, "/") && !strcontains(var.source_prefix, "*")
    error_message = "The source_prefix must not start with / or contain *."
  }
}

variable "destination_prefix" {
  type        = string
  description = "Key prefix in the destination bucket the workers may write, read back (skip and reconcile) and list, e.g. \"redacted/\". Empty means the whole bucket."
  default     = ""

  validation {
    condition     = !startswith(var.destination_prefix, "/") && !strcontains(var.destination_prefix, "*")
    error_message = "The destination_prefix must not start with / or contain *."
  }
}

variable "secrets_kms_key_arn" {
  type        = string
  description = "ARN of the customer-managed KMS key encrypting the gossip secret and the TLS parameters; null when they use the AWS-managed keys."
  default     = null
}

variable "msk_cluster_arn" {
  type        = string
  description = "ARN of the MSK cluster the workers authenticate to with IAM; null when Kafka does not use IAM authentication."
  default     = null
}

variable "permissions_boundary_arn" {
  type        = string
  description = "ARN of a permissions boundary policy attached to both roles, if the account requires one."
  default     = null
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the roles."
  default     = {}
}
