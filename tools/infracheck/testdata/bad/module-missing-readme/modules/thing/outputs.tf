output "name" {
  description = "Name."
  value       = local.name
}
