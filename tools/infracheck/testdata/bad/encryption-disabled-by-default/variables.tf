variable "encrypt" {
  type        = bool
  description = "Whether to encrypt."
  default     = false
}
