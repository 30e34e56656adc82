#!/usr/bin/env bash
# tc-configure-node: boot-time configuration of a Consul + Nomad node, installed in the
# images as /usr/local/bin/tc-configure-node and run by the launch template's user data.
#
# Inputs: /etc/transform-cluster/node.env (names only: role, cluster, region, secret ARN,
# parameter path), instance metadata (IMDSv2), the gossip keys from Secrets Manager and
# the TLS material from SSM Parameter Store. Writes /etc/consul.d and /etc/nomad.d and
# starts both agents. Running it again rewrites the same files and restarts the agents.
# TC_ROOT (default empty) prefixes every path written, for the offline test
# (tools/infracheck/internal/bootconfig).
set -euo pipefail
umask 027

root=${TC_ROOT:-}
env_file="${root}/etc/transform-cluster/node.env"
# shellcheck source=/dev/null
. "$env_file"

: "${TC_ROLE:?}" "${TC_CLUSTER_NAME:?}" "${TC_DATACENTER:?}" "${TC_REGION:?}"
: "${TC_AUTO_JOIN_TAG_KEY:?}" "${TC_GOSSIP_SECRET_ARN:?}" "${TC_TLS_PARAMETER_PATH:?}"

log() { logger -s -t tc-configure-node -- "$*"; }

# retry CMD...: AWS APIs and IMDS can be briefly unavailable right after boot.
retry() {
  local attempt=1
  until "$@"; do
    if ((attempt >= 8)); then
      log "giving up after ${attempt} attempts: $1"
      return 1
    fi
    sleep $((attempt * 2))
    attempt=$((attempt + 1))
  done
}

imds() {
  local token
  token=$(curl -fsS -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' http://169.254.169.254/latest/api/token)
  curl -fsS -H "X-aws-ec2-metadata-token: ${token}" "http://169.254.169.254/latest/meta-data/$1"
}

gossip_secret() {
  aws --region "$TC_REGION" secretsmanager get-secret-value \
    --secret-id "$TC_GOSSIP_SECRET_ARN" --query SecretString --output text
}

parameter() {
  aws --region "$TC_REGION" ssm get-parameter --with-decryption \
    --name "${TC_TLS_PARAMETER_PATH}/$1" --query Parameter.Value --output text
}

# write_file DEST MODE GROUP: stdin to DEST atomically, never world-readable.
write_file() {
  local dest=$1 mode=$2 group=$3 tmp
  tmp=$(mktemp "$(dirname "$dest")/.tc.XXXXXX")
  cat > "$tmp"
  chown "root:${group}" "$tmp"
  chmod "$mode" "$tmp"
  mv -f "$tmp" "$dest"
}

case "$TC_ROLE" in
  server) tls_name=server ;;
  client) tls_name=client ;;
  *)
    log "TC_ROLE must be server or client, not '${TC_ROLE}'"
    exit 1
    ;;
esac
if [[ "$TC_ROLE" == server ]]; then
  : "${TC_BOOTSTRAP_EXPECT:?}"
fi

node_name=$(retry imds instance-id)
private_ip=$(retry imds local-ipv4)
zone=$(retry imds placement/availability-zone)
retry_join="provider=aws region=${TC_REGION} tag_key=${TC_AUTO_JOIN_TAG_KEY} tag_value=${TC_CLUSTER_NAME}"
log "configuring ${TC_ROLE} ${node_name} (${private_ip}, ${zone}) of ${TC_CLUSTER_NAME}"

# --- secrets -------------------------------------------------------------------------
secret=$(retry gossip_secret)
consul_gossip_key=$(jq -er '.consul' <<<"$secret")
nomad_gossip_key=$(jq -er '.nomad' <<<"$secret")
unset secret

# fetch_parameter NAME DEST MODE: one SecureString into a file readable by tc-tls.
fetch_parameter() {
  local value
  value=$(retry parameter "$1")
  printf '%s\n' "$value" | write_file "$2" "$3" tc-tls
}

tls_dir=/etc/transform-cluster/tls # as the agents see it
install -d -m 0750 -o root -g tc-tls "${root}${tls_dir}"
fetch_parameter ca.pem "${root}${tls_dir}/ca.pem" 0644
fetch_parameter "${tls_name}/cert.pem" "${root}${tls_dir}/cert.pem" 0644
fetch_parameter "${tls_name}/key.pem" "${root}${tls_dir}/key.pem" 0640

# --- Consul --------------------------------------------------------------------------
# HTTP and DNS only on loopback (local agents, Nomad's integration); HTTPS with mutual
# TLS on the private address; gossip encrypted and verified both ways.
consul_server=""
if [[ "$TC_ROLE" == server ]]; then
  consul_server=$(
    cat <<SERVER
server           = true
bootstrap_expect = ${TC_BOOTSTRAP_EXPECT}

ui_config {
  enabled = true
}
SERVER
  )
fi

write_file "${root}/etc/consul.d/consul.hcl" 0640 consul <<CONSUL
datacenter     = "${TC_DATACENTER}"
node_name      = "${node_name}"
data_dir       = "/opt/consul/data"
bind_addr      = "${private_ip}"
advertise_addr = "${private_ip}"
client_addr    = "127.0.0.1"
retry_join     = ["${retry_join}"]

node_meta {
  availability_zone = "${zone}"
}

encrypt                 = "${consul_gossip_key}"
encrypt_verify_incoming = true
encrypt_verify_outgoing = true

addresses {
  https = "${private_ip} 127.0.0.1"
}

ports {
  http  = 8500
  https = 8501
  grpc  = -1
}

tls {
  defaults {
    ca_file         = "${tls_dir}/ca.pem"
    cert_file       = "${tls_dir}/cert.pem"
    key_file        = "${tls_dir}/key.pem"
    verify_incoming = true
    verify_outgoing = true
  }

  internal_rpc {
    verify_server_hostname = true
  }
}

telemetry {
  prometheus_retention_time = "60s"
  disable_hostname          = true
}

${consul_server}
CONSUL

# --- Nomad ---------------------------------------------------------------------------
if [[ "$TC_ROLE" == server ]]; then
  nomad_role=$(
    cat <<SERVER
server {
  enabled          = true
  bootstrap_expect = ${TC_BOOTSTRAP_EXPECT}
  encrypt          = "${nomad_gossip_key}"

  server_join {
    retry_join = ["${retry_join}"]
  }
}
SERVER
  )
  rm -f "${root}/etc/systemd/system/nomad.service.d/client.conf"
else
  : "${TC_NODE_CLASS:?}" "${TC_KAFKA_BOOTSTRAP_SERVERS:?}"
  nomad_role=$(
    cat <<CLIENT
client {
  enabled    = true
  node_class = "${TC_NODE_CLASS}"

  server_join {
    retry_join = ["${retry_join}"]
  }

  meta {
    availability_zone       = "${zone}"
    kafka_bootstrap_servers = "${TC_KAFKA_BOOTSTRAP_SERVERS}"
  }

  # Move allocations away before the instance goes (scale-in, instance refresh).
  drain_on_shutdown {
    deadline           = "5m"
    force              = false
    ignore_system_jobs = false
  }
}

leave_on_terminate = true

plugin "raw_exec" {
  config {
    enabled = false
  }
}
CLIENT
  )
  # The exec and java drivers isolate tasks with cgroups and chroots: the client runs as root.
  install -d -m 0755 "${root}/etc/systemd/system/nomad.service.d"
  printf '[Service]\nUser=root\nGroup=root\n' | write_file "${root}/etc/systemd/system/nomad.service.d/client.conf" 0644 root
fi

write_file "${root}/etc/nomad.d/nomad.hcl" 0640 nomad <<NOMAD
datacenter = "${TC_DATACENTER}"
region     = "global"
name       = "${node_name}"
data_dir   = "/opt/nomad/data"
bind_addr  = "0.0.0.0"

advertise {
  http = "${private_ip}"
  rpc  = "${private_ip}"
  serf = "${private_ip}"
}

${nomad_role}

tls {
  http                   = true
  rpc                    = true
  ca_file                = "${tls_dir}/ca.pem"
  cert_file              = "${tls_dir}/cert.pem"
  key_file               = "${tls_dir}/key.pem"
  verify_server_hostname = true
  # Nomad's own health checks in Consul and browsers cannot present client certificates;
  # the HTTPS API is reachable only from the cluster's security groups (and operator
  # networks given explicitly).
  verify_https_client = false
}

consul {
  address = "127.0.0.1:8500"
}

telemetry {
  prometheus_metrics         = true
  publish_allocation_metrics = true
  publish_node_metrics       = true
}
NOMAD

unset consul_gossip_key nomad_gossip_key

systemctl daemon-reload
systemctl enable consul.service nomad.service
systemctl restart consul.service
systemctl restart nomad.service
log "consul and nomad started"
