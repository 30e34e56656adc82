# Reads the existing network the cluster is deployed into. Nothing is created here: the
# VPC, its private subnets, NAT or VPC endpoints (S3 gateway, SSM, Secrets Manager) are
# owned by the platform team.

data "aws_vpc" "this" {
  id = var.vpc_id
}

data "aws_subnet" "private" {
  for_each = toset(var.private_subnet_ids)

  id = each.value

  lifecycle {
    postcondition {
      condition     = self.vpc_id == var.vpc_id
      error_message = "Subnet ${self.id} is not in VPC ${var.vpc_id}."
    }

    postcondition {
      condition     = !self.map_public_ip_on_launch
      error_message = "Subnet ${self.id} assigns public IPs on launch; the cluster belongs in private subnets."
    }
  }
}

locals {
  availability_zones = distinct([for s in data.aws_subnet.private : s.availability_zone])
}
