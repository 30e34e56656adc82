# Required first, then optional; every variable typed and described.

variable "aws_region" {
  type        = string
  description = "AWS region the images are built in."
}

variable "subnet_id" {
  type        = string
  description = "Private subnet the build instances run in; it needs a route to SSM (VPC endpoints or NAT), releases.hashicorp.com and the Ubuntu mirrors."
}

variable "transform_cluster_jar" {
  type        = string
  description = "Where the worker image gets the transform-cluster jar: an https:// URL or a local path on the build host, e.g. ../cli/target/transform-cluster.jar."
}

variable "transform_cluster_jar_sha256" {
  type        = string
  description = "SHA-256 (hex) of the transform-cluster jar; the build fails when the artifact differs."

  validation {
    condition     = can(regex("^[0-9a-f]{64}$", var.transform_cluster_jar_sha256))
    error_message = "The transform_cluster_jar_sha256 value must be 64 lower-case hex digits."
  }
}

variable "consul_version" {
  type        = string
  description = "Consul release installed from releases.hashicorp.com."
  default     = "1.20.2"
}

variable "nomad_version" {
  type        = string
  description = "Nomad release installed from releases.hashicorp.com."
  default     = "1.9.5"
}

variable "hashicorp_gpg_fingerprint" {
  type        = string
  description = "Fingerprint of HashiCorp's release signing key; the SHA256SUMS signature of every download is verified against it (see https://www.hashicorp.com/trust/security)."
  default     = "C874011F0AB405110D02105534365D9472D7468F"
}

variable "instance_type" {
  type        = string
  description = "EC2 instance type of the build instances."
  default     = "t3.medium"
}

variable "ami_name_prefix" {
  type        = string
  description = "Prefix of the AMI names; a role and a timestamp are appended."
  default     = "transform-cluster"
}

variable "ami_kms_key_id" {
  type        = string
  description = "KMS key (ID, alias or ARN) encrypting the AMI snapshots; null uses the account's default EBS key."
  default     = null
}

variable "ami_users" {
  type        = list(string)
  description = "AWS account IDs the AMIs are shared with. The AMIs are never public."
  default     = []
}

variable "temporary_security_group_source_cidrs" {
  type        = list(string)
  description = "Sources admitted to SSH by the temporary build security group. The build connects through SSM Session Manager, so the default admits only loopback, i.e. nothing from the network."
  default     = ["127.0.0.1/32"]
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the AMIs, their snapshots and the build instances."
  default     = {}
}
