#!/usr/bin/env bash
# The project's test command (README, .ci/run): every test that needs nothing outside this
# machine. Installs or builds what the checks need (Prometheus from Debian, Nomad and Consul
# from the Go module proxy, shellcheck) through the project's own scripts.
#   1. mvn -B verify         unit tests, TopologyTestDriver tests, integration tests (real broker, S3Proxy)
#   2. check-infra.sh        HCL parse + format, Terraform/Packer policy tests, shellcheck
#   3. check-monitoring.sh   promtool check config/rules, promtool test rules
#   4. cluster-test.sh       real Nomad + Consul + Prometheus dev cluster, scaled mid-run
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
