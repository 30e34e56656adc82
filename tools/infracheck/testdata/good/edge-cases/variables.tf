variable "operator_cidrs" {
  type        = list(string)
  description = "Required input: the operator's explicit choice, not a default."
}

variable "enable_ssh" {
  type        = bool
  description = "SSH stays off unless an operator turns it on."
  default     = false
}

variable "bucket_names" {
  type        = map(string)
  description = "Buckets by role."
  default     = { source = "example-source", destination = "example-destination" }
}
