variable "ssh_cidrs" {
  type        = list(string)
  description = "Who may SSH."
  default     = ["10.0.0.0/8"]
}
