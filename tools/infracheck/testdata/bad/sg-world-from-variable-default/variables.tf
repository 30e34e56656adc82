variable "kafka_clients" {
  type        = list(string)
  description = "Who may reach Kafka."
  default     = ["0.0.0.0/0"]
}
