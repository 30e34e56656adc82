# ingest: a parameterized batch job; each dispatch is one backfill of an S3 prefix into the
# raw topic:
#   nomad job dispatch -meta source=s3://bucket/prefix ingest
#   nomad job dispatch -meta source=s3://in/mail -meta destination=s3://out/mail \
#     -meta include='**/*.eml' -meta force=true ingest
# A re-dispatch skips objects whose output exists with the same source ETag (force=true redoes them).

variable "datacenters" {
  type        = list(string)
  description = "Datacenters the job may run in."
  default     = ["dc1"]
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

variable "default_destination" {
  type        = string
  description = "Destination s3://bucket/prefix when a dispatch gives no -meta destination (the sink job's destination)."
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
  description = "`instance-role` (AWS SDK default chain, no secret in Nomad) or `nomad-variable` (keys aws_access_key_id and aws_secret_access_key of the Nomad Variable nomad/jobs/ingest)."
  default     = "instance-role"
}

variable "concurrency" {
  type        = number
  description = "Concurrent S3 GETs of one backfill."
  default     = 4
}

variable "heap_mb" {
  type        = number
  description = "JVM heap (-Xmx) in MB; objects stream in chunks, so this bounds concurrency x chunk size plus producer buffers. var.memory_mb must leave at least 256 MB above it."
  default     = 384
}

variable "memory_mb" {
  type        = number
  description = "Memory limit of the task in MB: heap_mb + 256 or more."
  default     = 640
}

variable "cpu_mhz" {
  type        = number
  description = "CPU shares of the task in MHz."
  default     = 1000
}

job "ingest" {
  datacenters = var.datacenters
  type        = "batch"

  parameterized {
    meta_required = ["source"]
    meta_optional = ["destination", "include", "exclude", "force", "run_id"]
  }

  # Defaults of the optional dispatch meta.
  meta {
    destination = var.default_destination
    include     = ""
    exclude     = ""
    force       = "false"
    run_id      = ""
  }

  group "ingest" {
    count = 1

    network {
      port "http" {}
    }

    # A failed backfill is retried in place, then once elsewhere; objects already produced
    # are skipped on the retry (same ETag), so a retry does not double output.
    restart {
      attempts = 2
      interval = "30m"
      delay    = "30s"
      mode     = "fail"
    }

    reschedule {
      attempts  = 1
      interval  = "1h"
      delay     = "1m"
      unlimited = false
    }

    service {
      name     = "ingest"
      provider = "consul"
      port     = "http"
      tags     = ["prometheus", "transform-cluster", "stage-ingest"]

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
      }
    }

    task "ingest" {
      driver = var.driver

      kill_signal  = "SIGTERM"
      kill_timeout = "30s"

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
          "-jar", var.jar, "ingest",
        ]
      }

      env {
        TC_BOOTSTRAP_SERVERS      = var.bootstrap_servers
        TC_SOURCE                 = "${NOMAD_META_source}"
        TC_DESTINATION            = "${NOMAD_META_destination}"
        TC_INCLUDE                = "${NOMAD_META_include}"
        TC_EXCLUDE                = "${NOMAD_META_exclude}"
        TC_FORCE                  = "${NOMAD_META_force}"
        TC_RUN_ID                 = "${NOMAD_META_run_id}"
        TC_CONCURRENCY            = var.concurrency
        TC_S3_ENDPOINT            = var.s3_endpoint
        TC_S3_REGION              = var.s3_region
        AWS_REGION                = var.s3_region
        TC_METRICS_PORT           = "${NOMAD_PORT_http}"
        TC_METRICS_BIND           = "${NOMAD_IP_http}"
        TC_METRICS_LINGER_SECONDS = "45"
      }

      dynamic "template" {
        for_each = var.s3_credentials == "nomad-variable" ? [1] : []
        content {
          destination = "${NOMAD_SECRETS_DIR}/s3.env"
          env         = true
          change_mode = "restart"
          data        = <<-EOT
          {{ with nomadVar "nomad/jobs/ingest" }}
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
