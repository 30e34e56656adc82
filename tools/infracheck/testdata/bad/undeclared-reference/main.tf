locals {
  name = var.bucket_nmae
}

output "bucket" {
  description = "The bucket that was never declared."
  value       = aws_s3_bucket.data.id
}
