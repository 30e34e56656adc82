# DEV ONLY: an S3-compatible store (S3Proxy over the file system, the project's `dev-s3`
# subcommand) serving a source and a destination bucket from local folders.
# Production uses AWS S3 (or another S3-compatible store) with an instance role.

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
  description = "HTTP port of the store on 127.0.0.1."
  default     = 19000
}

variable "source_dir" {
  type        = string
  description = "Folder served as the bucket `source`."
}

variable "destination_dir" {
  type        = string
  description = "Folder served as the bucket `destination`."
}

job "dev-s3" {
  datacenters = var.datacenters
  type        = "service"

  update {
    max_parallel     = 1
    canary           = 0
    auto_revert      = true
    min_healthy_time = "5s"
  }

  group "dev-s3" {
    count = 1

    network {
      port "s3" {
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
      name     = "s3"
      provider = "consul"
      port     = "s3"
      tags     = ["dev"]

      check {
        name     = "port"
        type     = "tcp"
        interval = "10s"
        timeout  = "2s"
      }
    }

    task "dev-s3" {
      driver = "raw_exec"

      kill_signal  = "SIGTERM"
      kill_timeout = "15s"

      config {
        command = var.java
        args = [
          "-Xmx256m", "-jar", var.jar, "dev-s3", "--port", "${NOMAD_PORT_s3}",
          "--bucket", "source=${var.source_dir}", "--bucket", "destination=${var.destination_dir}",
        ]
      }

      resources {
        cpu    = 300
        memory = 512
      }
    }
  }
}
