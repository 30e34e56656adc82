#!/usr/bin/env bash
# Base packages of both images: the AWS CLI (Secrets Manager and SSM reads at boot), jq,
# unzip and gnupg (release verification), and unattended security updates.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

# cloud-init may still hold the apt lock right after the first boot.
cloud-init status --wait >/dev/null || true

apt-get update -q
apt-get upgrade -y -q
apt-get install -y -q --no-install-recommends \
  awscli ca-certificates curl gnupg jq unattended-upgrades unzip

# The Ubuntu AMIs ship the SSM agent as a snap; Session Manager replaces SSH.
if snap list amazon-ssm-agent >/dev/null 2>&1; then
  systemctl enable snap.amazon-ssm-agent.amazon-ssm-agent.service
fi

# Password logins are never used; SSH (when an operator opens it) takes keys only.
install -d -m 0755 /etc/ssh/sshd_config.d
printf 'PasswordAuthentication no\nPermitRootLogin no\n' > /etc/ssh/sshd_config.d/50-transform-cluster.conf
