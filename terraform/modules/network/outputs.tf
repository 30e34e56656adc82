output "vpc_id" {
  description = "ID of the VPC."
  value       = data.aws_vpc.this.id
}

output "vpc_cidr_block" {
  description = "Primary IPv4 CIDR block of the VPC."
  value       = data.aws_vpc.this.cidr_block
}

output "private_subnet_ids" {
  description = "IDs of the private subnets, in the order given."
  value       = var.private_subnet_ids
}

output "availability_zones" {
  description = "Distinct availability zones the private subnets span."
  value       = local.availability_zones

  precondition {
    condition     = length(local.availability_zones) >= 2
    error_message = "The private subnets must span at least two availability zones."
  }
}
