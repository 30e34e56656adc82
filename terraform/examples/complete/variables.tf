variable "region" {
  type        = string
  description = "AWS region to deploy into, e.g. eu-central-1."
}

variable "cluster_name" {
  type        = string
  description = "Name of the cluster; prefixes every resource and is the cloud auto-join tag value."

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,30}$", var.cluster_name))
    error_message = "The cluster_name must be 3-31 lower-case letters, digits or dashes, starting with a letter."
  }
}

variable "vpc_id" {
  type        = string
  description = "ID of the existing VPC."
}

variable "private_subnet_ids" {
  type        = list(string)
  description = "IDs of existing private subnets in two or three availability zones."
}

variable "server_ami_id" {
  type        = string
  description = "AMI built by packer/ from source amazon-ebs.server."
}

variable "worker_ami_id" {
  type        = string
  description = "AMI built by packer/ from source amazon-ebs.worker."
}

variable "gossip_secret_arn" {
  type        = string
  description = "Secrets Manager secret with the gossip keys as JSON {\"consul\": \"...\", \"nomad\": \"...\"}."
}

variable "tls_parameter_path" {
  type        = string
  description = "SSM Parameter Store path of the TLS SecureStrings (ca.pem, server/*, client/*)."
}

variable "source_bucket_name" {
  type        = string
  description = "Name of the source bucket to create."
}

variable "destination_bucket_name" {
  type        = string
  description = "Name of the destination bucket to create."
}

variable "source_prefix" {
  type        = string
  description = "Key prefix in the source bucket the pipeline reads."
  default     = "inbox/"
}

variable "destination_prefix" {
  type        = string
  description = "Key prefix in the destination bucket the pipeline writes."
  default     = "redacted/"
}

variable "create_msk" {
  type        = bool
  description = "Create an Amazon MSK cluster (TLS + IAM auth); when false, give kafka_bootstrap_servers."
  default     = true
}

variable "kafka_bootstrap_servers" {
  type        = string
  description = "Bootstrap servers of an existing Kafka cluster, used when create_msk is false."
  default     = null
}

variable "server_count" {
  type        = number
  description = "Number of Consul/Nomad servers (3 or 5)."
  default     = 3
}

variable "worker_count" {
  type        = number
  description = "Initial number of workers."
  default     = 3
}

variable "operator_ingress_cidr_blocks" {
  type        = list(string)
  description = "Operator networks allowed to reach the Nomad and Consul APIs; empty uses SSM port forwarding only."
  default     = []
}

variable "secrets_kms_key_arn" {
  type        = string
  description = "Customer-managed KMS key of the gossip secret and TLS parameters, if any."
  default     = null
}
