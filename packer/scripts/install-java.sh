#!/usr/bin/env bash
# Java 17 runtime for the transform-cluster jar (Nomad's java driver finds it on PATH).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

apt-get install -y -q --no-install-recommends openjdk-17-jre-headless
version=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')
if [[ "$version" != "17" ]]; then
  echo "install-java: expected Java 17, found '${version}'" >&2
  exit 1
fi
