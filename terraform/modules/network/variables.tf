variable "vpc_id" {
  type        = string
  description = "ID of the existing VPC the cluster runs in."

  validation {
    condition     = can(regex("^vpc-[0-9a-f]+$", var.vpc_id))
    error_message = "The vpc_id must look like vpc-0123456789abcdef0."
  }
}

variable "private_subnet_ids" {
  type        = list(string)
  description = "IDs of existing private subnets (no route to an internet gateway) in at least two availability zones; instances and MSK brokers are placed here."

  validation {
    condition     = length(var.private_subnet_ids) >= 2 && alltrue([for s in var.private_subnet_ids : can(regex("^subnet-[0-9a-f]+$", s))])
    error_message = "Give at least two subnet IDs (subnet-...) so the cluster survives the loss of one availability zone."
  }
}
