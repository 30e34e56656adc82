variable "name" {
  description = "Name of the cluster."
}
