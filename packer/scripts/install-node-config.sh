#!/usr/bin/env bash
# Installs the systemd units and the boot-time configuration script uploaded to
# /tmp/tc-files. Nothing is configured or started here: the agents are configured at boot
# from the launch template's user data, instance tags and the secrets stores.
set -euo pipefail

src=/tmp/tc-files

install -m 0644 "$src/consul.service" /etc/systemd/system/consul.service
install -m 0644 "$src/nomad.service" /etc/systemd/system/nomad.service
install -m 0755 "$src/tc-configure-node" /usr/local/bin/tc-configure-node

# The TLS material is readable by the consul and nomad users through this group.
getent group tc-tls >/dev/null || groupadd --system tc-tls
usermod -a -G tc-tls consul
usermod -a -G tc-tls nomad
install -d -m 0755 -o root -g root /etc/transform-cluster

systemctl daemon-reload
systemctl disable consul.service nomad.service >/dev/null 2>&1 || true
rm -rf "$src"
