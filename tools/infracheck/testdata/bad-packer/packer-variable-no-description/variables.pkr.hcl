variable "aws_region" {
  type = string
}
