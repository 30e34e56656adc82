#!/usr/bin/env bash
# Offline verification of the infrastructure code (terraform/, packer/, nomad/ and every
# shell script), no AWS account or provider download needed:
#   1. go test in tools/infracheck: HCL scanner tests, the Terraform and Packer policy
#      tests (each policy shown to fail on a deliberately bad fixture, and to pass on
#      terraform/ and packer/) and the boot-script test (configure-node.sh run against
#      stubbed AWS/IMDS/systemd, its Consul and Nomad configuration parsed back)
#   2. infracheck over the repository: every .tf/.tfvars/.pkr.hcl/.pkrvars.hcl/.nomad.hcl
#      parses with HashiCorp's HCL parser and is canonically formatted (terraform fmt),
#      every JSON file under terraform/ packer/ monitoring/ nomad/ is valid, and the
#      Terraform policies hold on terraform/
#   3. shellcheck on every *.sh of the repository (tracked and untracked, not ignored), on
#      the transform-cluster launcher and on Terraform's user-data templates rendered with
#      their defaults.
# Installs shellcheck and jq (Debian packages) with apt-get when missing.
# Exits non-zero when any step fails; prints a summary.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
started=$SECONDS
failures=()
summary=()
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step() { printf '\n==> %s\n' "$*"; }

if ! command -v go >/dev/null; then
  echo "check-infra: the Go toolchain is required (tools/infracheck is a Go module)" >&2
  exit 2
fi

# Step 3 needs shellcheck; the boot-script test of step 1 needs jq (configure-node.sh uses it).
missing=()
for tool in shellcheck jq; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]} > 0)); then
  step "apt-get install ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
  fi
  "${sudo_cmd[@]}" apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q "${missing[@]}" >/dev/null
fi

# --- 1. Go tests -----------------------------------------------------------------------
step "go test ./... (tools/infracheck)"
if (cd tools/infracheck && test -z "$(gofmt -l .)" && go vet ./... && go test -count=1 -v ./...) >"$work/gotest.log" 2>&1; then
  go_status=ok
else
  go_status=FAIL
  failures+=("go test")
fi
grep -E '^(ok|FAIL|---|panic)' "$work/gotest.log" | grep -v -- '--- PASS' || true
if [[ "$go_status" == FAIL ]]; then
  tail -n 60 "$work/gotest.log"
  (cd tools/infracheck && gofmt -l .) | sed 's/^/not gofmt-formatted: /'
fi
passed=$(grep -c -- '--- PASS' "$work/gotest.log" || true)
failed=$(grep -c -- '--- FAIL' "$work/gotest.log" || true)
summary+=("go test: ${go_status}, ${passed} tests and subtests passed, ${failed} failed")

# --- 2. Parse, format and policy check over the repository ------------------------------
step "infracheck: HCL parse + fmt, JSON, Terraform policies"
if (cd tools/infracheck && go build -o "$work/infracheck" .); then
  if "$work/infracheck" -root "$root" | tee "$work/infracheck.log"; then
    check_status=ok
  else
    check_status=FAIL
    failures+=("infracheck")
  fi
  summary+=("infracheck: ${check_status}; $(grep -E '^infracheck: (parsed|policies)' "$work/infracheck.log" | sed 's/^infracheck: //' | paste -sd ';' - | sed 's/;/; /g')")
else
  failures+=("infracheck build")
  summary+=("infracheck: FAIL (build)")
fi

# --- 3. shellcheck ---------------------------------------------------------------------
step "shellcheck"
shellcheck --version | sed -n 2p

scripts=()
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  while IFS= read -r -d '' f; do
    [[ -f "$f" ]] && scripts+=("$f")
  done < <({ git ls-files -z -- '*.sh'; git ls-files -z --others --exclude-standard -- '*.sh'; } | sort -zu)
else
  while IFS= read -r -d '' f; do
    scripts+=("${f#./}")
  done < <(find . \( -name .git -o -name target -o -name node_modules \) -prune -o -type f -name '*.sh' -print0 | sort -z)
fi
if [[ -f transform-cluster ]]; then
  scripts+=(transform-cluster)
fi
# Terraform's user-data templates, rendered with default values (placeholders elsewhere).
if [[ -x "$work/infracheck" ]]; then
  mkdir -p "$work/rendered"
  if "$work/infracheck" -root "$root" -render-templates "$work/rendered" >"$work/rendered.list"; then
    while IFS= read -r f; do
      scripts+=("$f")
    done <"$work/rendered.list"
  else
    failures+=("render templates")
  fi
fi

if ((${#scripts[@]} == 0)); then
  echo "no shell scripts found" >&2
  failures+=("shellcheck (no scripts found)")
elif shellcheck -x "${scripts[@]}"; then
  summary+=("shellcheck: ok, ${#scripts[@]} scripts clean")
else
  summary+=("shellcheck: FAIL over ${#scripts[@]} scripts")
  failures+=("shellcheck")
fi
printf '  %s\n' "${scripts[@]#"$work/rendered/"}"

# --- summary ---------------------------------------------------------------------------
step "summary ($((SECONDS - started)) s)"
printf '  %s\n' "${summary[@]}"
if ((${#failures[@]} > 0)); then
  printf 'check-infra: FAILED: %s\n' "${failures[*]}" >&2
  exit 1
fi
echo "check-infra: all infrastructure checks passed"
