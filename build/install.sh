#!/usr/bin/env bash
# Installs the Debian packages the services, fixture images and tests need. Idempotent; run as root.
# Usage: build/install.sh
set -euo pipefail

packages=(docker-registry skopeo umoci podman apache2-utils debootstrap zstd jq bc uidmap zip
          curl ca-certificates debian-archive-keyring conmon crun fuse-overlayfs netavark aardvark-dns
          containernetworking-plugins catatonit iptables slirp4netns python3-packaging rpm
          python3-nacl python3-cryptography)

# node-semver is the reference the SemVer comparer is tested against; machines with Node.js have it inside npm.
command -v node >/dev/null 2>&1 || packages+=(nodejs node-semver)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  [[ $(id -u) == 0 ]] || { echo "install.sh: must run as root to install: ${missing[*]}" >&2; exit 1; }
  echo "install.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# On a systemd host the package starts its own registry on :5000, where build/services.sh wants to listen.
if [[ -d /run/systemd/system ]] && systemctl is-enabled -q docker-registry 2>/dev/null; then
  systemctl disable -q --now docker-registry
fi
echo "install.sh: packages ok"
