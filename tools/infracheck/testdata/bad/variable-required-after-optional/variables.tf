variable "size" {
  type        = number
  description = "Number of servers."
  default     = 3
}

variable "name" {
  type        = string
  description = "Name of the cluster."
}
