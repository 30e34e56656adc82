output "source_bucket_name" {
  description = "Name of the source bucket."
  value       = aws_s3_bucket.this["source"].id
}

output "source_bucket_arn" {
  description = "ARN of the source bucket."
  value       = aws_s3_bucket.this["source"].arn
}

output "destination_bucket_name" {
  description = "Name of the destination bucket."
  value       = aws_s3_bucket.this["destination"].id
}

output "destination_bucket_arn" {
  description = "ARN of the destination bucket."
  value       = aws_s3_bucket.this["destination"].arn
}

output "kms_key_arn" {
  description = "ARN of the KMS key encrypting both buckets (given or created)."
  value       = local.kms_key_arn
}
