module "child" {
  source = "./child"

  sise = 5
}

output "child_arn" {
  description = "An output the child does not have."
  value       = module.child.arn
}
