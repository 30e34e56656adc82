variable "name" {
  type        = string
  description = "Cluster name; prefixes resource names and is the auto-join tag value of the servers to join."
}

variable "ami_id" {
  type        = string
  description = "ID of the worker AMI built by packer/ (build source amazon-ebs.worker): Nomad client, Consul client, Java 17 and the transform-cluster distribution."
}

variable "subnet_ids" {
  type        = list(string)
  description = "Private subnets the workers are spread across."
}

variable "security_group_id" {
  type        = string
  description = "Security group of the workers (security module output workers_security_group_id)."
}

variable "instance_profile_name" {
  type        = string
  description = "Instance profile of the workers (iam module output workers_instance_profile_name)."
}

variable "gossip_secret_arn" {
  type        = string
  description = "ARN of the Secrets Manager secret holding the gossip encryption keys as JSON {\"consul\": \"...\", \"nomad\": \"...\"}; read at boot."
}

variable "tls_parameter_path" {
  type        = string
  description = "SSM Parameter Store path of the TLS SecureString parameters (ca.pem, client/cert.pem, client/key.pem); read at boot."
}

variable "kafka_bootstrap_servers" {
  type        = string
  description = "Kafka bootstrap servers, exposed to jobs as the Nomad client meta value kafka_bootstrap_servers."
}

variable "min_size" {
  type        = number
  description = "Minimum number of workers."
  default     = 2

  validation {
    condition     = var.min_size >= 1
    error_message = "The min_size must be at least 1."
  }
}

variable "max_size" {
  type        = number
  description = "Maximum number of workers (the ceiling for horizontal scaling of redact-stream)."
  default     = 10
}

variable "desired_capacity" {
  type        = number
  description = "Initial number of workers; later changes by scaling policies or operators are kept (ignore_changes)."
  default     = 3
}

variable "instance_type" {
  type        = string
  description = "EC2 instance type of the workers."
  default     = "m6i.xlarge"
}

variable "root_volume_size_gib" {
  type        = number
  description = "Size of the encrypted gp3 root volume in GiB (Nomad allocation directories, Kafka Streams state)."
  default     = 100
}

variable "ebs_kms_key_arn" {
  type        = string
  description = "KMS key encrypting the root volume; null uses the account's default EBS key."
  default     = null
}

variable "datacenter" {
  type        = string
  description = "Consul and Nomad datacenter name; must match the servers."
  default     = "dc1"
}

variable "node_class" {
  type        = string
  description = "Nomad node class of the workers, for job constraints."
  default     = "transform-worker"
}

variable "auto_join_tag_key" {
  type        = string
  description = "EC2 tag key the servers carry (servers module input of the same name)."
  default     = "transform-cluster-auto-join"
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the instances, volumes and the auto-scaling group."
  default     = {}
}
