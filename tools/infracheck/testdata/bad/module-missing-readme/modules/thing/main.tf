locals {
  name = var.name
}
