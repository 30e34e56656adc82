variable "aws_region" {
  type        = string
  description = "Region of the build."
}
