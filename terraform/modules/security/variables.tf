variable "name" {
  type        = string
  description = "Name prefix of the security groups, e.g. the cluster name."
}

variable "vpc_id" {
  type        = string
  description = "ID of the VPC the security groups belong to."
}

variable "operator_ingress_cidr_blocks" {
  type        = list(string)
  description = "IPv4 CIDR blocks (VPN, bastion network) allowed to reach the Nomad API/UI (4646) and the Consul HTTPS API (8501) on the servers. Empty by default: operators use SSM port forwarding. The whole internet is rejected."
  default     = []

  validation {
    condition     = alltrue([for c in var.operator_ingress_cidr_blocks : can(cidrnetmask(c)) && c != "0.0.0.0/0"])
    error_message = "The operator_ingress_cidr_blocks must be IPv4 CIDR blocks and must not contain 0.0.0.0/0."
  }
}

variable "ssh_ingress_cidr_blocks" {
  type        = list(string)
  description = "IPv4 CIDR blocks allowed to reach SSH (22) on servers and workers. Empty by default: shell access goes through SSM Session Manager. The whole internet is rejected."
  default     = []

  validation {
    condition     = alltrue([for c in var.ssh_ingress_cidr_blocks : can(cidrnetmask(c)) && c != "0.0.0.0/0"])
    error_message = "The ssh_ingress_cidr_blocks must be IPv4 CIDR blocks and must not contain 0.0.0.0/0."
  }
}

variable "egress_cidr_blocks" {
  type        = list(string)
  description = "IPv4 CIDR blocks servers and workers may connect to (S3, SSM, Secrets Manager, KMS endpoints, package mirrors). Narrow it to the VPC CIDR when every AWS service is reached through VPC endpoints."
  default     = ["0.0.0.0/0"]
}

variable "create_kafka_security_group" {
  type        = bool
  description = "Create a security group for Amazon MSK brokers that accepts Kafka TLS (9094) and IAM (9098) connections from workers only."
  default     = true
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every security group."
  default     = {}
}
