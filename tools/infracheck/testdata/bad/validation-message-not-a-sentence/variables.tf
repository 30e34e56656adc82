variable "cluster_size" {
  type        = number
  description = "Number of servers."
  default     = 3

  validation {
    condition     = contains([3, 5], var.cluster_size)
    error_message = "cluster_size must be 3 or 5"
  }
}
