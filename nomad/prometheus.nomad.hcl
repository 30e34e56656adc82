# Prometheus for transform-cluster (production). Its configuration and alert rules are the
# files in monitoring/prometheus/, read when the job is submitted:
#   nomad job run -var prometheus_checksum=sha256:... nomad/prometheus.nomad.hcl   (from the repository root)
# Targets are found in Consul (services tagged `prometheus`); Prometheus itself registers
# as the Consul service `prometheus`, which Grafana and the Nomad Autoscaler use.

variable "datacenters" {
  type        = list(string)
  description = "Datacenters the job may run in."
  default     = ["dc1"]
}

variable "repo_dir" {
  type        = string
  description = "Repository root, relative to where `nomad job run` is called; the monitoring/ files are read from it at submit time."
  default     = "."
}

variable "prometheus_url" {
  type        = string
  description = "Release tarball of Prometheus (linux-amd64) that the exec driver runs. Must be built with Consul service discovery (the upstream releases are)."
  default     = "https://github.com/prometheus/prometheus/releases/download/v3.1.0/prometheus-3.1.0.linux-amd64.tar.gz"
}

variable "prometheus_checksum" {
  type        = string
  description = "Checksum of the tarball, sha256:<hex> (required)."
}

variable "retention" {
  type        = string
  description = "How long samples are kept (--storage.tsdb.retention.time)."
  default     = "15d"
}

variable "memory_mb" {
  type        = number
  description = "Memory limit of Prometheus in MB (grows with the number of series; ~2 KB per active series plus head chunks)."
  default     = 1024
}

job "prometheus" {
  datacenters = var.datacenters
  type        = "service"

  update {
    max_parallel     = 1
    canary           = 1
    auto_revert      = true
    auto_promote     = true
    health_check     = "checks"
    min_healthy_time = "10s"
    healthy_deadline = "3m"
  }

  group "prometheus" {
    count = 1

    network {
      port "http" {
        static = 9090
      }
    }

    # The TSDB: sticky, so a restart or an in-place update keeps the data.
    ephemeral_disk {
      size    = 10240
      sticky  = true
      migrate = true
    }

    restart {
      attempts = 3
      interval = "5m"
      delay    = "10s"
      mode     = "delay"
    }

    service {
      name     = "prometheus"
      provider = "consul"
      port     = "http"
      tags     = ["prometheus", "monitoring"]

      check {
        name     = "ready"
        type     = "http"
        path     = "/-/ready"
        interval = "10s"
        timeout  = "3s"
      }
    }

    task "prometheus" {
      driver = "exec"

      artifact {
        source      = var.prometheus_url
        destination = "local/dist"
        options {
          checksum = var.prometheus_checksum
        }
      }

      # [[ ]] delimiters: the files are copied as they are, `{{ $value }}` in alert
      # annotations is Prometheus' own template syntax.
      template {
        data            = file("${var.repo_dir}/monitoring/prometheus/prometheus.yml")
        destination     = "local/config/prometheus.yml"
        left_delimiter  = "[["
        right_delimiter = "]]"
        change_mode     = "signal"
        change_signal   = "SIGHUP"
      }

      template {
        data            = file("${var.repo_dir}/monitoring/prometheus/rules/ingest.rules.yml")
        destination     = "local/config/rules/ingest.rules.yml"
        left_delimiter  = "[["
        right_delimiter = "]]"
        change_mode     = "signal"
        change_signal   = "SIGHUP"
      }

      template {
        data            = file("${var.repo_dir}/monitoring/prometheus/rules/redact-stream.rules.yml")
        destination     = "local/config/rules/redact-stream.rules.yml"
        left_delimiter  = "[["
        right_delimiter = "]]"
        change_mode     = "signal"
        change_signal   = "SIGHUP"
      }

      template {
        data            = file("${var.repo_dir}/monitoring/prometheus/rules/sink.rules.yml")
        destination     = "local/config/rules/sink.rules.yml"
        left_delimiter  = "[["
        right_delimiter = "]]"
        change_mode     = "signal"
        change_signal   = "SIGHUP"
      }

      config {
        command = "/bin/sh"
        args = ["-c", join(" ", [
          "exec local/dist/prometheus-*/prometheus",
          "--config.file=local/config/prometheus.yml",
          "--storage.tsdb.path=$${NOMAD_ALLOC_DIR}/data/prometheus",
          "--storage.tsdb.retention.time=${var.retention}",
          "--web.listen-address=0.0.0.0:$${NOMAD_PORT_http}",
        ])]
      }

      resources {
        cpu    = 500
        memory = var.memory_mb
      }
    }
  }
}
