variable "name" {
  type        = string
  description = "Required input."
}

variable "size" {
  type        = number
  description = "Optional input."
  default     = 3
}
