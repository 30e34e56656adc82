#!/usr/bin/env bash
# Checks monitoring/: the Prometheus config and rules with promtool, every alert's promtool
# unit tests (silent before `for`, firing at `for`), runbook links and the Grafana dashboard.
#
# promtool: the one built from source by scripts/build-hashicorp.sh (cached after the first
# build), because Debian's prometheus package is built without Consul service discovery and
# so rejects monitoring/prometheus/prometheus.yml. The Debian promtool (installed when missing)
# still runs the rule checks and tests, so a Go build failure cannot hide a rule problem.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v promtool >/dev/null; then
  echo "promtool missing: installing the Debian package prometheus" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi

scripts/build-hashicorp.sh prometheus
built="$(scripts/build-hashicorp.sh dir prometheus)/promtool"

for promtool in promtool "$built"; do
  echo "== $("$promtool" --version 2>&1 | head -n 1)"
  "$promtool" check rules monitoring/prometheus/rules/*.rules.yml
  "$promtool" test rules monitoring/prometheus/tests/*.yml
done
# Only the source-built promtool knows consul_sd_configs.
"$built" check config monitoring/prometheus/prometheus.yml

if ! python3 -c 'import yaml' 2>/dev/null; then
  python3 -m pip install -q pyyaml
fi
python3 monitoring/tools/check_coverage.py
