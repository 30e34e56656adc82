# redact-stream: Kafka Streams (exactly-once v2) from the raw topic to the redacted topic.
# Scale it by changing the count: `nomad job scale redact-stream <n>` (at most the
# partitions of the raw topic). See docs/operating-on-nomad.md.

variable "datacenters" {
  type        = list(string)
  description = "Datacenters the job may run in."
  default     = ["dc1"]
}

variable "instances" {
  type        = number
  description = "Number of redact-stream instances (the group count) at the first deploy; re-deploy with -preserve-counts to keep a scaled count."
  default     = 1
}

variable "min_instances" {
  type        = number
  description = "Lowest count the scaling policy (Nomad Autoscaler) may set."
  default     = 1
}

variable "max_instances" {
  type        = number
  description = "Highest count the scaling policy may set; more than the raw topic's partitions would idle."
  default     = 12
}

variable "lag_per_instance" {
  type        = number
  description = "Autoscaler target: records of consumer lag per instance."
  default     = 5000
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

variable "policy" {
  type        = string
  description = "Redaction policy file inside the task (empty: the built-in default policy)."
  default     = ""
}

variable "stream_threads" {
  type        = number
  description = "Kafka Streams threads per instance; keep at or below the CPU cores given in var.cpu_mhz."
  default     = 1
}

variable "heap_mb" {
  type        = number
  description = "JVM heap (-Xmx) in MB. var.memory_mb must leave at least 256 MB above it for metaspace, threads, RocksDB-free state and direct buffers."
  default     = 384
}

variable "memory_mb" {
  type        = number
  description = "Memory limit of the task in MB (Nomad kills the task above it): heap_mb + 256 or more."
  default     = 640
}

variable "cpu_mhz" {
  type        = number
  description = "CPU shares of the task in MHz."
  default     = 1000
}

variable "pseudonym_key_source" {
  type        = string
  description = "Where the pseudonym key (TC_PSEUDONYM_KEY) comes from: `nomad-variable` (key `pseudonym_key` of the Nomad Variable nomad/jobs/redact-stream), `vault` (field `pseudonym_key` of var.vault_path), or `none` when the policy has no Pseudonym operator."
  default     = "nomad-variable"
}

variable "vault_path" {
  type        = string
  description = "Vault KV v2 secret holding `pseudonym_key` when pseudonym_key_source = vault."
  default     = "secret/data/transform-cluster/redact-stream"
}

job "redact-stream" {
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

  group "redact-stream" {
    count = var.instances

    scaling {
      enabled = true
      min     = var.min_instances
      max     = var.max_instances

      # Read by the Nomad Autoscaler (not part of Nomad itself; its `prometheus` APM plugin
      # points at the Consul service `prometheus`): keep the lag per instance near
      # var.lag_per_instance.
      policy {
        evaluation_interval = "30s"
        cooldown            = "3m"

        check "consumer_lag_per_instance" {
          source = "prometheus"
          query  = "sum(kafka_consumer_fetch_manager_records_lag_max{job=\"redact-stream\"} >= 0) / clamp_min(count(up{job=\"redact-stream\"} == 1), 1)"

          strategy "target-value" {
            target = var.lag_per_instance
          }
        }
      }
    }

    network {
      port "http" {}
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
      name     = "redact-stream"
      provider = "consul"
      port     = "http"
      # `prometheus` is the tag monitoring/prometheus/prometheus.yml keeps.
      tags        = ["prometheus", "transform-cluster", "stage-redact-stream"]
      canary_tags = ["prometheus", "transform-cluster", "stage-redact-stream", "canary"]

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

    task "redact-stream" {
      driver = var.driver

      # Kafka Streams leaves the group on SIGTERM (clean shutdown); give it time to commit.
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
          "-jar", var.jar, "redact-stream",
        ]
      }

      env {
        TC_BOOTSTRAP_SERVERS = var.bootstrap_servers
        TC_POLICY            = var.policy
        TC_STREAM_THREADS    = var.stream_threads
        TC_METRICS_PORT      = "${NOMAD_PORT_http}"
        TC_METRICS_BIND      = "${NOMAD_IP_http}"
        # Kafka Streams state lives in the allocation; static membership uses NOMAD_ALLOC_INDEX.
        TC_STATE_DIR = "${NOMAD_ALLOC_DIR}/data/kafka-streams"
      }

      # The pseudonym key never appears in this file: rendered from Nomad Variables or Vault.
      dynamic "template" {
        for_each = var.pseudonym_key_source == "nomad-variable" ? [1] : []
        content {
          destination = "${NOMAD_SECRETS_DIR}/pseudonym.env"
          env         = true
          change_mode = "restart"
          data        = <<-EOT
          {{ with nomadVar "nomad/jobs/redact-stream" }}TC_PSEUDONYM_KEY={{ .pseudonym_key }}{{ end }}
          EOT
        }
      }

      dynamic "vault" {
        for_each = var.pseudonym_key_source == "vault" ? [1] : []
        content {
          policies = ["transform-cluster-redact-stream"]
        }
      }

      dynamic "template" {
        for_each = var.pseudonym_key_source == "vault" ? [1] : []
        content {
          destination = "${NOMAD_SECRETS_DIR}/pseudonym.env"
          env         = true
          change_mode = "restart"
          data        = <<-EOT
          {{ with secret "${var.vault_path}" }}TC_PSEUDONYM_KEY={{ .Data.data.pseudonym_key }}{{ end }}
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
