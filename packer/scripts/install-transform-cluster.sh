#!/usr/bin/env bash
# Installs the uploaded transform-cluster jar (checked again against ARTIFACT_SHA256)
# under /opt/transform-cluster with a launcher on PATH. Nomad jobs can run it from there
# (java/exec driver) instead of downloading an artifact per allocation.
set -euo pipefail

: "${ARTIFACT_SHA256:?}"

jar=/tmp/transform-cluster.jar
echo "${ARTIFACT_SHA256}  ${jar}" | sha256sum --check --strict -

install -d -m 0755 /opt/transform-cluster
install -m 0644 -o root -g root "$jar" /opt/transform-cluster/transform-cluster.jar
echo "$ARTIFACT_SHA256" > /opt/transform-cluster/transform-cluster.jar.sha256
rm -f "$jar"

cat > /usr/local/bin/transform-cluster <<'LAUNCHER'
#!/usr/bin/env bash
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options by design
exec java ${JAVA_OPTS:-} -jar /opt/transform-cluster/transform-cluster.jar "$@"
LAUNCHER
chmod 0755 /usr/local/bin/transform-cluster
