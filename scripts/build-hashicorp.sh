#!/usr/bin/env bash
# Builds the pinned cluster tools from source with the Go toolchain, into a cache that later
# runs reuse:  ${XDG_CACHE_HOME:-~/.cache}/transform-cluster/bin/<name>-<version>/
#
#   scripts/build-hashicorp.sh nomad|consul|prometheus   build one (no-op when cached)
#   scripts/build-hashicorp.sh dir NAME                  print NAME's cached bin folder
#
# Each tool is a Go module fetched from the Go module proxy (`go mod download`), copied to a
# writable folder and built inside it. Exit 3 when the proxy refuses the module: the exact
# error is printed, so callers can report it (Nomad >= 1.7 and Consul >= 1.17 are under the
# BSL, and this workplace's proxy refuses github.com/hashicorp/nomad and
# github.com/hashicorp/consul at every version, the MPL ones included).
#
# Why Prometheus is built here too: Debian's prometheus package is built without Consul
# service discovery ("Disable Consul SD until its Debian package is back in shape"), and
# monitoring/prometheus/prometheus.yml discovers its targets in Consul.
set -euo pipefail

# Pinned versions. Nomad 1.6.x and Consul 1.14.x are the last MPL-2.0 lines (1.14 needs no
# envoyextensions/troubleshoot sub-modules). Prometheus v0.316.0 is Prometheus 3.x's Go module.
NOMAD_VERSION=${NOMAD_VERSION:-v1.6.10}
CONSUL_VERSION=${CONSUL_VERSION:-v1.14.11}
PROMETHEUS_VERSION=${PROMETHEUS_VERSION:-v0.316.0}

cache=${XDG_CACHE_HOME:-$HOME/.cache}/transform-cluster
# GOWORK=off: some module zips carry a go.work that would turn -mod=mod into an error.
export GOTOOLCHAIN=local GOWORK=off GOFLAGS="${GOFLAGS:-} -mod=mod"

module_of() {
  case $1 in
    nomad) echo "github.com/hashicorp/nomad@$NOMAD_VERSION" ;;
    consul) echo "github.com/hashicorp/consul@$CONSUL_VERSION" ;;
    prometheus) echo "github.com/prometheus/prometheus@$PROMETHEUS_VERSION" ;;
    *) echo "unknown tool '$1' (nomad, consul, prometheus)" >&2; exit 2 ;;
  esac
}

bin_dir() { local m; m=$(module_of "$1"); echo "$cache/bin/$1-${m#*@}"; }

# Fetches the module; prints its (read-only) folder, or the proxy's error and exits 3.
download() {
  local module=$1 json dir err
  json=$(go mod download -json "$module" 2>&1 || true)
  dir=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p' <<<"$json")
  if [[ -z $dir ]]; then
    err=$(sed -n 's/^[[:space:]]*"Error": "\(.*\)"$/\1/p' <<<"$json")
    echo "cannot build $module: the Go module proxy refused it: ${err:-$json}" >&2
    exit 3
  fi
  echo "$dir"
}

build() {
  local name=$1 out module src work started
  out=$(bin_dir "$name")
  module=$(module_of "$name")
  if [[ -x $out/$name ]]; then
    echo "$name ${module#*@}: cached in $out" >&2
    return 0
  fi
  started=$SECONDS
  src=$(download "$module")
  work=$cache/build/$name-${module#*@}
  rm -rf "$work" && mkdir -p "$work" "$out.tmp"
  cp -R "$src/." "$work" && chmod -R u+w "$work"
  echo "$name ${module#*@}: building in $work (slow the first time)" >&2
  (
    cd "$work"
    case $name in
      nomad|consul)
        # Their go.mod replaces ./api-style sub-folders that are separate modules the
        # module zip does not contain: use the published versions go.mod requires instead.
        for path in $(go mod edit -json | sed -n 's/.*"Path": "\(github.com\/hashicorp\/[^"]*\)".*/\1/p' | sort -u); do
          if grep -Eq "^(replace)?[[:space:]]*$path => \./" go.mod; then
            go mod edit -dropreplace="$path"
          fi
        done
        # -checklinkname=0: old releases use go:linkname into the runtime, which Go >= 1.23 forbids.
        nice -n 10 go build -trimpath -ldflags='-s -w -checklinkname=0' -o "$out.tmp/$name" .
        ;;
      prometheus)
        # Only the discovery we use; the UI assets are not embedded (the HTTP API is enough).
        nice -n 10 go build -trimpath -tags 'remove_all_sd,enable_consul_sd,enable_file_sd' \
          -ldflags='-s -w' -o "$out.tmp/" ./cmd/prometheus ./cmd/promtool
        ;;
    esac
  )
  rm -rf "$out" && mv "$out.tmp" "$out"
  rm -rf "$work"
  echo "$name ${module#*@}: built in $((SECONDS - started)) s into $out" >&2
}

case ${1:-} in
  dir) bin_dir "${2:?usage: $0 dir NAME}" ;;
  nomad|consul|prometheus) build "$1" ;;
  *) echo "usage: $0 nomad|consul|prometheus | dir NAME" >&2; exit 2 ;;
esac
