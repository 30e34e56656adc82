variable "source_bucket_name" {
  type        = string
  description = "Name of the source bucket the ingest stage reads (globally unique)."
}

variable "destination_bucket_name" {
  type        = string
  description = "Name of the destination bucket the sink stage writes redacted objects to (globally unique)."
}

variable "kms_key_arn" {
  type        = string
  description = "ARN of an existing customer-managed KMS key for SSE-KMS on both buckets. When null, the module creates one key with rotation enabled."
  default     = null

  validation {
    condition     = var.kms_key_arn == null || can(regex("^arn:aws[a-z-]*:kms:", var.kms_key_arn))
    error_message = "The kms_key_arn must be a KMS key ARN (arn:aws:kms:...)."
  }
}

variable "noncurrent_version_expiration_days" {
  type        = number
  description = "Days after which noncurrent object versions are deleted."
  default     = 30

  validation {
    condition     = var.noncurrent_version_expiration_days >= 1
    error_message = "The noncurrent_version_expiration_days must be at least 1."
  }
}

variable "abort_incomplete_multipart_upload_days" {
  type        = number
  description = "Days after which incomplete multipart uploads (for example of a sink that crashed mid-upload) are aborted and their parts deleted."
  default     = 7

  validation {
    condition     = var.abort_incomplete_multipart_upload_days >= 1
    error_message = "The abort_incomplete_multipart_upload_days must be at least 1."
  }
}

variable "access_log_bucket" {
  type        = string
  description = "Name of an existing bucket that receives S3 server access logs of both buckets; null disables access logging."
  default     = null
}

variable "force_destroy" {
  type        = bool
  description = "Allow Terraform to delete non-empty buckets. Keep false outside of test environments."
  default     = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the buckets and the KMS key."
  default     = {}
}
