variable "name" {
  type        = string
  description = "Cluster name; prefixes resource names and is the value of the cloud auto-join tag."
}

variable "ami_id" {
  type        = string
  description = "ID of the server AMI built by packer/ (build source amazon-ebs.server): Consul and Nomad with systemd units and the boot-time configuration script."
}

variable "subnet_ids" {
  type        = list(string)
  description = "Private subnets the servers are spread across (one per availability zone)."
}

variable "security_group_id" {
  type        = string
  description = "Security group of the servers (security module output servers_security_group_id)."
}

variable "instance_profile_name" {
  type        = string
  description = "Instance profile of the servers (iam module output servers_instance_profile_name)."
}

variable "gossip_secret_arn" {
  type        = string
  description = "ARN of the Secrets Manager secret holding the gossip encryption keys as JSON {\"consul\": \"...\", \"nomad\": \"...\"}; read at boot, never written to user data."
}

variable "tls_parameter_path" {
  type        = string
  description = "SSM Parameter Store path of the TLS SecureString parameters (ca.pem, server/cert.pem, server/key.pem); read at boot."
}

variable "cluster_size" {
  type        = number
  description = "Number of Consul/Nomad servers: 3 tolerates one failure, 5 tolerates two."
  default     = 3

  validation {
    condition     = contains([3, 5], var.cluster_size)
    error_message = "The cluster_size must be 3 or 5 (an odd quorum)."
  }
}

variable "instance_type" {
  type        = string
  description = "EC2 instance type of the servers."
  default     = "m6i.large"
}

variable "root_volume_size_gib" {
  type        = number
  description = "Size of the encrypted gp3 root volume in GiB (Raft data lives here)."
  default     = 50
}

variable "ebs_kms_key_arn" {
  type        = string
  description = "KMS key encrypting the root volume; null uses the account's default EBS key."
  default     = null
}

variable "datacenter" {
  type        = string
  description = "Consul and Nomad datacenter name."
  default     = "dc1"
}

variable "auto_join_tag_key" {
  type        = string
  description = "EC2 tag key whose value (the cluster name) Consul and Nomad use to find the servers (cloud auto-join)."
  default     = "transform-cluster-auto-join"
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the instances, volumes and the auto-scaling group."
  default     = {}
}
