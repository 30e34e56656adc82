# DEV ONLY: a single-node Kafka broker (KRaft, the project's `dev-kafka` subcommand) so the
# whole pipeline runs on one machine. Production uses a real, replicated Kafka cluster.

variable "datacenters" {
  type        = list(string)
  description = "Datacenters the job may run in."
  default     = ["dc1"]
}

variable "java" {
  type        = string
  description = "Path of the java (17+) executable."
  default     = "/usr/bin/java"
}

variable "jar" {
  type        = string
  description = "Absolute path of cli/target/transform-cluster.jar on this machine."
}

variable "port" {
  type        = number
  description = "Broker client port on 127.0.0.1."
  default     = 19092
}

variable "data_dir" {
  type        = string
  description = "Folder of the broker's logs and metadata (kept across restarts)."
}

job "dev-kafka" {
  datacenters = var.datacenters
  type        = "service"

  update {
    max_parallel     = 1
    canary           = 0
    auto_revert      = true
    min_healthy_time = "5s"
  }

  group "dev-kafka" {
    count = 1

    network {
      port "kafka" {
        static = var.port
      }
    }

    restart {
      attempts = 5
      interval = "5m"
      delay    = "5s"
      mode     = "delay"
    }

    service {
      name     = "kafka"
      provider = "consul"
      port     = "kafka"
      tags     = ["dev"]

      check {
        name     = "port"
        type     = "tcp"
        interval = "10s"
        timeout  = "2s"
      }
    }

    task "dev-kafka" {
      driver = "raw_exec"

      kill_signal  = "SIGTERM"
      kill_timeout = "30s"

      config {
        command = var.java
        args    = ["-Xmx512m", "-jar", var.jar, "dev-kafka", "--port", "${NOMAD_PORT_kafka}", "--data-dir", var.data_dir]
      }

      resources {
        cpu    = 500
        memory = 768
      }
    }
  }
}
