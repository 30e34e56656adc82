output "autoscaling_group_name" {
  description = "Name of the workers' auto-scaling group."
  value       = aws_autoscaling_group.this.name
}

output "launch_template_id" {
  description = "ID of the workers' launch template."
  value       = aws_launch_template.this.id
}
