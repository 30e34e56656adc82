#!/usr/bin/env bash
# The project's test command (README, .ci/run): every test that needs nothing outside this
# machine. Installs or builds what the checks need through the project's own scripts: Consul and
# Prometheus from the Go module proxy (scripts/build-hashicorp.sh; the proxy refuses every Nomad
# version, so the cluster test runs the stages as Consul-registered processes), shellcheck and
# jq from Debian, the HCL checkers from the Go module proxy.
#   1. mvn -B verify         unit tests, TopologyTestDriver tests, integration tests (real broker, S3Proxy)
#   2. check-infra.sh        HCL parse + format, Terraform/Packer policy tests, shellcheck
#   3. check-monitoring.sh   promtool check config/rules, promtool test rules
#   4. cluster-test.sh       real Consul + Prometheus dev cluster, redact-stream scaled 1 -> 3 mid-run
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> %s\n' "$*"; }
started=$SECONDS

step "mvn -B verify"
mvn -B verify

for check in check-infra check-monitoring cluster-test; do
  if [[ -x scripts/$check.sh ]]; then
    step "scripts/$check.sh"
    "scripts/$check.sh"
  else
    echo "scripts/$check.sh is missing" >&2
    exit 1
  fi
done

printf '\nAll checks passed in %d s.\n' $((SECONDS - started))
