output "autoscaling_group_name" {
  description = "Name of the servers' auto-scaling group."
  value       = aws_autoscaling_group.this.name
}

output "launch_template_id" {
  description = "ID of the servers' launch template."
  value       = aws_launch_template.this.id
}

output "auto_join_tag" {
  description = "Tag key and value the servers carry; clients join with provider=aws tag_key=<key> tag_value=<value>."
  value       = { key = var.auto_join_tag_key, value = var.name }
}
