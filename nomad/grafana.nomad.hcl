# Grafana for transform-cluster (production), provisioned with the Prometheus datasource and
# the dashboards in monitoring/grafana/ (read when the job is submitted, from the repository root):
#   nomad job run -var grafana_checksum=sha256:... nomad/grafana.nomad.hcl
# The admin password comes from the Nomad Variable nomad/jobs/grafana (key admin_password).

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

variable "grafana_url" {
  type        = string
  description = "Release tarball of Grafana OSS (linux-amd64) that the exec driver runs."
  default     = "https://dl.grafana.com/oss/release/grafana-11.4.0.linux-amd64.tar.gz"
}

variable "grafana_checksum" {
  type        = string
  description = "Checksum of the tarball, sha256:<hex> (required)."
}

job "grafana" {
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

  group "grafana" {
    count = 1

    network {
      port "http" {
        static = 3000
      }
    }

    ephemeral_disk {
      size    = 1024
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
      name     = "grafana"
      provider = "consul"
      port     = "http"
      # Grafana serves its own metrics at /metrics.
      tags = ["prometheus", "monitoring"]

      check {
        name     = "health"
        type     = "http"
        path     = "/api/health"
        interval = "10s"
        timeout  = "3s"
      }
    }

    task "grafana" {
      driver = "exec"

      artifact {
        source      = var.grafana_url
        destination = "local/dist"
        options {
          checksum = var.grafana_checksum
        }
      }

      template {
        data            = file("${var.repo_dir}/monitoring/grafana/provisioning/datasources/prometheus.yml")
        destination     = "local/provisioning/datasources/prometheus.yml"
        left_delimiter  = "[["
        right_delimiter = "]]"
      }

      template {
        data            = file("${var.repo_dir}/monitoring/grafana/provisioning/dashboards/transform-cluster.yml")
        destination     = "local/provisioning/dashboards/transform-cluster.yml"
        left_delimiter  = "[["
        right_delimiter = "]]"
      }

      # Legend formats like {{job}} are Grafana's; <% %> keeps consul-template off them.
      template {
        data            = file("${var.repo_dir}/monitoring/grafana/dashboards/transform-cluster.json")
        destination     = "local/dashboards/transform-cluster.json"
        left_delimiter  = "<%"
        right_delimiter = "%>"
      }

      # Prometheus' address from Consul; the admin password from Nomad Variables.
      template {
        destination = "${NOMAD_SECRETS_DIR}/grafana.env"
        env         = true
        change_mode = "restart"
        data        = <<-EOT
        PROMETHEUS_URL={{ range service "prometheus" }}http://{{ .Address }}:{{ .Port }}{{ break }}{{ end }}
        {{ with nomadVar "nomad/jobs/grafana" }}GF_SECURITY_ADMIN_PASSWORD={{ .admin_password }}{{ end }}
        EOT
      }

      env {
        GF_PATHS_PROVISIONING          = "${NOMAD_TASK_DIR}/provisioning"
        GF_PATHS_DATA                  = "${NOMAD_ALLOC_DIR}/data/grafana"
        GF_SERVER_HTTP_PORT            = "${NOMAD_PORT_http}"
        GRAFANA_DASHBOARDS_DIR         = "${NOMAD_TASK_DIR}/dashboards"
        GF_ANALYTICS_REPORTING_ENABLED = "false"
      }

      config {
        command = "/bin/sh"
        args    = ["-c", "cd local/dist/grafana-* && exec bin/grafana server --homepath ."]
      }

      resources {
        cpu    = 300
        memory = 512
      }
    }
  }
}
