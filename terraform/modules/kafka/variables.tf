variable "name" {
  type        = string
  description = "Name of the MSK cluster and its configuration, e.g. the cluster name."
}

variable "create_msk" {
  type        = bool
  description = "Create an Amazon MSK cluster (TLS in transit, IAM client authentication). When false, bootstrap_servers of an existing cluster must be given."
  default     = false
}

variable "bootstrap_servers" {
  type        = string
  description = "Comma-separated host:port list of an existing Kafka cluster; used when create_msk is false."
  default     = null
}

variable "subnet_ids" {
  type        = list(string)
  description = "Private subnets of the MSK brokers, one per availability zone (2 or 3); required when create_msk is true."
  default     = []
}

variable "security_group_id" {
  type        = string
  description = "Security group of the MSK brokers (the security module's kafka group); required when create_msk is true."
  default     = null
}

variable "kafka_version" {
  type        = string
  description = "Apache Kafka version of the MSK cluster."
  default     = "3.7.x"
}

variable "broker_instance_type" {
  type        = string
  description = "Instance type of the MSK brokers."
  default     = "kafka.m7g.large"
}

variable "brokers_per_zone" {
  type        = number
  description = "Brokers per availability zone; the cluster has brokers_per_zone x length(subnet_ids) brokers."
  default     = 1

  validation {
    condition     = var.brokers_per_zone >= 1
    error_message = "The brokers_per_zone must be at least 1."
  }
}

variable "broker_volume_size_gib" {
  type        = number
  description = "EBS volume size per broker in GiB."
  default     = 500
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key for encryption at rest of the brokers' volumes; null uses the AWS-managed MSK key."
  default     = null
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the MSK resources."
  default     = {}
}
