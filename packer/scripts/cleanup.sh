#!/usr/bin/env bash
# Leaves nothing instance-specific in the image: apt caches, temporary files, SSH host
# keys and the machine id are recreated on first boot.
set -euo pipefail

apt-get autoremove -y -q
apt-get clean
rm -rf /var/lib/apt/lists/* /tmp/* /var/tmp/*
rm -f /etc/ssh/ssh_host_*
truncate -s 0 /etc/machine-id
cloud-init clean --logs
