# sink: consumes the redacted topic, reassembles chunks and writes each object to the
# destination bucket; commits offsets only after the write succeeded.
# Scale with `nomad job scale sink <n>` (at most the partitions of the redacted topic).

variable "datacenters" {
  type        = list(string)
  description = "Datacenters the job may run in."
  default     = ["dc1"]
}

variable "instances" {
  type        = number
  description = "Number of sink instances (the group count) at the first deploy; re-deploy with -preserve-counts to keep a scaled count."
  default     = 1
}

variable "driver" {
  type        = string
  description = "Task driver: `exec` in production (isolated, released jar from var.artifact_url); `raw_exec` for the dev cluster only."
  default     = "exec"
}

variable "java" {
  type        = string
  description = "Path of the java (17+) executable on the Nomad clients."
  default     = "/usr/bin/java"
}

variable "artifact_url" {
  type        = string
  description = "URL of the released transform-cluster.jar (fetched into local/); empty to use var.jar as it is (dev cluster)."
  default     = "https://releases.example.com/transform-cluster/1.0.0/transform-cluster.jar"
}

variable "artifact_checksum" {
  type        = string
  description = "Checksum of the released jar, sha256:<hex> (required: Nomad verifies the download against it)."
}

variable "jar" {
  type        = string
  description = "Path of the jar the task runs: the artifact in local/ by default; an absolute path for the dev cluster."
  default     = "local/transform-cluster.jar"
}

variable "bootstrap_servers" {
  type        = string
  description = "Kafka bootstrap servers, host:port[,host:port]."
  default     = "kafka.service.consul:9092"
}

variable "destination" {
  type        = string
  description = "Destination s3://bucket/prefix of the redacted objects."
}

variable "s3_endpoint" {
  type        = string
  description = "Endpoint of an S3-compatible store; empty for AWS S3."
  default     = ""
}

variable "s3_region" {
  type        = string
  description = "S3 region."
  default     = "us-east-1"
}

variable "s3_credentials" {
  type        = string
  description = "`instance-role` (AWS SDK default chain: instance profile, no secret in Nomad) or `nomad-variable` (keys aws_access_key_id and aws_secret_access_key of the Nomad Variable nomad/jobs/sink)."
  default     = "instance-role"
}

variable "heap_mb" {
  type        = number
  description = "JVM heap (-Xmx) in MB; sink spools large objects to disk, so the heap stays small. var.memory_mb must leave at least 256 MB above it."
  default     = 256
}

variable "memory_mb" {
  type        = number
  description = "Memory limit of the task in MB (Nomad kills the task above it): heap_mb + 256 or more."
  default     = 512
}

variable "cpu_mhz" {
  type        = number
  description = "CPU shares of the task in MHz."
  default     = 500
}

job "sink" {
  datacenters = var.datacenters
  type        = "service"

  update {
    max_parallel      = 1
    canary            = 1
    auto_revert       = true
    auto_promote      = false
    health_check      = "checks"
    min_healthy_time  = "30s"
    healthy_deadline  = "5m"
    progress_deadline = "10m"
  }

  group "sink" {
    count = var.instances

    scaling {
      enabled = true
      min     = 1
      max     = 12
    }

    network {
      port "http" {}
    }

    # Spooled object parts live here, so a restart in place finds them.
    ephemeral_disk {
      size   = 2048
      sticky = true
    }

    restart {
      attempts = 3
      interval = "5m"
      delay    = "15s"
      mode     = "delay"
    }

    reschedule {
      delay          = "30s"
      delay_function = "exponential"
      max_delay      = "5m"
      unlimited      = true
    }

    service {
      name        = "sink"
      provider    = "consul"
      port        = "http"
      tags        = ["prometheus", "transform-cluster", "stage-sink"]
      canary_tags = ["prometheus", "transform-cluster", "stage-sink", "canary"]

      meta {
        alloc_index  = "${NOMAD_ALLOC_INDEX}"
        alloc_id     = "${NOMAD_ALLOC_ID}"
        metrics_path = "/metrics"
      }

      check {
        name     = "health"
        type     = "http"
        path     = "/health"
        interval = "10s"
        timeout  = "3s"

        check_restart {
          limit           = 3
          grace           = "90s"
          ignore_warnings = true
        }
      }
    }

    task "sink" {
      driver = var.driver

      kill_signal  = "SIGTERM"
      kill_timeout = "45s"

      dynamic "artifact" {
        for_each = var.artifact_url == "" ? [] : [var.artifact_url]
        content {
          source      = artifact.value
          destination = "local/"
          mode        = "file"
          options {
            checksum = var.artifact_checksum
          }
        }
      }

      config {
        command = var.java
        args = [
          "-Xms${var.heap_mb}m", "-Xmx${var.heap_mb}m", "-XX:+ExitOnOutOfMemoryError",
          "-jar", var.jar, "sink",
        ]
      }

      env {
        TC_BOOTSTRAP_SERVERS = var.bootstrap_servers
        TC_DESTINATION       = var.destination
        TC_S3_ENDPOINT       = var.s3_endpoint
        TC_S3_REGION         = var.s3_region
        AWS_REGION           = var.s3_region
        TC_METRICS_PORT      = "${NOMAD_PORT_http}"
        TC_METRICS_BIND      = "${NOMAD_IP_http}"
        # On the sticky ephemeral disk: a restart in place finds its spooled parts.
        TC_SPOOL_DIR = "${NOMAD_ALLOC_DIR}/data/spool"
      }

      # S3 credentials never appear in this file: an instance role, or a Nomad Variable.
      dynamic "template" {
        for_each = var.s3_credentials == "nomad-variable" ? [1] : []
        content {
          destination = "${NOMAD_SECRETS_DIR}/s3.env"
          env         = true
          change_mode = "restart"
          data        = <<-EOT
          {{ with nomadVar "nomad/jobs/sink" }}
          AWS_ACCESS_KEY_ID={{ .aws_access_key_id }}
          AWS_SECRET_ACCESS_KEY={{ .aws_secret_access_key }}
          {{ end }}
          EOT
        }
      }

      resources {
        cpu    = var.cpu_mhz
        memory = var.memory_mb
      }
    }
  }
}
