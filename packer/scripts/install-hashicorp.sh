#!/usr/bin/env bash
# Installs Consul and Nomad from releases.hashicorp.com. Each release's SHA256SUMS must
# carry a valid signature by HashiCorp's release key, identified by its pinned
# fingerprint, and each archive must match its line in SHA256SUMS.
set -euo pipefail

: "${CONSUL_VERSION:?}" "${NOMAD_VERSION:?}" "${HASHICORP_GPG_FINGERPRINT:?}"

arch=$(dpkg --print-architecture)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GNUPGHOME="$work/gnupg"
install -d -m 0700 "$GNUPGHOME"

fetch() {
  curl -fsSL --retry 5 --retry-connrefused -o "$2" "$1"
}

# The release key, accepted only when its fingerprint is the pinned one.
fetch https://www.hashicorp.com/.well-known/pgp-key.txt "$work/hashicorp.asc"
gpg --batch --quiet --import "$work/hashicorp.asc"
if ! gpg --batch --with-colons --fingerprint "$HASHICORP_GPG_FINGERPRINT" 2>/dev/null |
  grep -q "^fpr:.*:${HASHICORP_GPG_FINGERPRINT}:"; then
  echo "install-hashicorp: the downloaded key is not ${HASHICORP_GPG_FINGERPRINT}" >&2
  exit 1
fi
gpg --batch --export "$HASHICORP_GPG_FINGERPRINT" > "$work/trusted.gpg"

install_release() {
  local product=$1 version=$2
  local base="https://releases.hashicorp.com/${product}/${version}"
  local zip="${product}_${version}_linux_${arch}.zip"
  local sums="${product}_${version}_SHA256SUMS"

  fetch "$base/$sums" "$work/$sums"
  fetch "$base/$sums.sig" "$work/$sums.sig"
  fetch "$base/$zip" "$work/$zip"

  gpgv --keyring "$work/trusted.gpg" "$work/$sums.sig" "$work/$sums"
  (cd "$work" && grep " ${zip}\$" "$sums" | sha256sum --check --strict -)

  unzip -o -q "$work/$zip" "$product" -d "$work/$product-bin"
  install -m 0755 -o root -g root "$work/$product-bin/$product" "/usr/local/bin/$product"

  if ! id "$product" >/dev/null 2>&1; then
    useradd --system --home-dir "/etc/${product}.d" --shell /usr/sbin/nologin "$product"
  fi
  install -d -m 0750 -o root -g "$product" "/etc/${product}.d"
  install -d -m 0750 -o "$product" -g "$product" "/opt/${product}" "/opt/${product}/data"
  "/usr/local/bin/$product" version
}

install_release consul "$CONSUL_VERSION"
install_release nomad "$NOMAD_VERSION"
