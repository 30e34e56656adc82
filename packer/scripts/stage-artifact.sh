#!/usr/bin/env bash
# Runs on the build host (shell-local): puts the transform-cluster jar into STAGE_DIR,
# downloading it when ARTIFACT is an https:// URL or copying it when it is a path, and
# fails unless its SHA-256 is ARTIFACT_SHA256.
set -euo pipefail

: "${ARTIFACT:?}" "${ARTIFACT_SHA256:?}" "${STAGE_DIR:?}"

mkdir -p "$STAGE_DIR"
out="$STAGE_DIR/transform-cluster.jar"
rm -f "$out" "$out.part"

case "$ARTIFACT" in
  https://*)
    curl -fsSL --retry 5 --retry-connrefused -o "$out.part" "$ARTIFACT"
    ;;
  http://* | ftp://*)
    echo "stage-artifact: refusing an unencrypted URL; use https:// or a local path" >&2
    exit 1
    ;;
  *)
    cp "$ARTIFACT" "$out.part"
    ;;
esac

if command -v sha256sum >/dev/null; then
  actual=$(sha256sum "$out.part" | awk '{ print $1 }')
else
  actual=$(shasum -a 256 "$out.part" | awk '{ print $1 }')
fi
if [[ "$actual" != "$ARTIFACT_SHA256" ]]; then
  echo "stage-artifact: SHA-256 of ${ARTIFACT} is ${actual}, expected ${ARTIFACT_SHA256}" >&2
  rm -f "$out.part"
  exit 1
fi
mv "$out.part" "$out"
echo "stage-artifact: staged ${ARTIFACT} (sha256 ${actual})"
