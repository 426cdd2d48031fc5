#!/usr/bin/env bash
# Builds the fixture base images with umoci (no Docker engine needed) and pushes them with skopeo to the plain
# registry ${CSEC_REGISTRY:-localhost:5000}:
#   csec/synthetic:1            tiny Debian-12-like rootfs (os-release, passwd, dpkg status with 3 packages), runs as root
#   csec/synthetic-nonroot:1    the same, config user 1654
#   csec/synthetic-docker:1     the root synthetic image with a Docker v2 schema 2 manifest (the SDK then writes a
#                               docker-save style archive instead of an OCI layout)
#   csec/synthetic-multiarch:1  an image index: the synthetic image for linux/amd64 and linux/arm64
#   csec/debian:12              a real `debootstrap --variant=minbase bookworm` rootfs, one layer, runs as root
#                               (skipped with CSEC_SKIP_DEBIAN=1; the rootfs tarball is cached, so it debootstraps once)
# The OCI layout is kept under ${CSEC_CACHE:-~/.cache/containersecurity-build}; a tag the registry already has is not
# pushed again. CSEC_FORCE=1 rebuilds the layout and pushes everything again (it keeps the debootstrap tarball: delete
# it to debootstrap again).
# Usage: build/base-images.sh        (after build/services.sh start)
set -euo pipefail

REGISTRY=${CSEC_REGISTRY:-localhost:5000}
CACHE=${CSEC_CACHE:-${HOME:-/root}/.cache/containersecurity-build}
OCI=$CACHE/oci-v1              # bump the suffix when a recipe below changes
DEBIAN_TAR=$CACHE/debian-12-minbase.tar.zst
EPOCH=1704067200               # 2024-01-01: fixed mtimes and created dates keep the synthetic digests stable
CREATED=2024-01-01T00:00:00Z
PATH_ENV=PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

TAR_ARGS=(--sort=name --numeric-owner --format=posix --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime)

log() { echo "base-images.sh: $*"; }
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

in_layout() { [[ -f $OCI/index.json ]] && umoci ls --layout "$OCI" | grep -qx "$1"; }
in_registry() { [[ -z ${CSEC_FORCE:-} ]] && skopeo inspect --tls-verify=false --raw "docker://$REGISTRY/$1" >/dev/null 2>&1; }
push() { # LAYOUT-TAG REPO:TAG [skopeo copy options]
  if in_registry "$2"; then log "$REGISTRY/$2 already there"; return; fi
  skopeo copy -q "${@:3}" --dest-tls-verify=false "oci:$OCI:$1" "docker://$REGISTRY/$2" >/dev/null
  log "pushed $REGISTRY/$2"
}
tar_layer() { # DIR OUT.tar: deterministic, root-owned unless the files say otherwise, no ./ prefix
  (cd "$1" && tar "${TAR_ARGS[@]}" --mtime=@$EPOCH -cf "$2" -- *)
}
new_image() { # TAG LAYER.tar [umoci config args...]
  local tag=$1 layer=$2; shift 2
  umoci new --image "$OCI:$tag"
  umoci raw add-layer --image "$OCI:$tag" --history.created=$CREATED --history.created_by="base-images.sh $tag" "$layer"
  umoci config --image "$OCI:$tag" --no-history --created=$CREATED --os linux --architecture amd64 "$@"
}

synthetic_rootfs() {
  local r=$WORK/synthetic
  mkdir -p "$r"/{etc,usr/bin,var/lib/dpkg,tmp,root,home/app}
  ln -s usr/bin "$r/bin"
  chmod 1777 "$r/tmp"; chmod 700 "$r/root"
  cat >"$r/etc/os-release" <<'EOF'
PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
EOF
  echo 12.5 >"$r/etc/debian_version"
  printf 'root:x:0:0:root:/root:/bin/bash\napp:x:1654:1654::/home/app:/usr/sbin/nologin\n' >"$r/etc/passwd"
  printf 'root:x:0:\napp:x:1654:\n' >"$r/etc/group"
  printf '#!/bin/sh\nexit 0\n' >"$r/usr/bin/true"; chmod 755 "$r/usr/bin/true"
  cat >"$r/var/lib/dpkg/status" <<'EOF'
Package: base-files
Essential: yes
Status: install ok installed
Priority: required
Section: admin
Installed-Size: 391
Maintainer: Santiago Vila <sanvila@debian.org>
Architecture: amd64
Multi-Arch: foreign
Version: 12.4+deb12u5
Replaces: base, dpkg (<= 1.15.0), miscutils
Provides: base
Pre-Depends: awk
Description: Debian base system miscellaneous files
 This package contains the basic filesystem hierarchy of a Debian system.

Package: libc6
Status: install ok installed
Priority: optional
Section: libs
Installed-Size: 12986
Maintainer: GNU Libc Maintainers <debian-glibc@lists.debian.org>
Architecture: amd64
Multi-Arch: same
Source: glibc
Version: 2.36-9+deb12u4
Replaces: libc6-amd64
Depends: libgcc-s1
Description: GNU C Library: Shared libraries
 Contains the standard libraries that are used by nearly all programs on
 the system.
Homepage: https://www.gnu.org/software/libc/libc.html

Package: zlib1g
Status: install ok installed
Priority: optional
Section: libs
Installed-Size: 168
Maintainer: Mark Brown <broonie@debian.org>
Architecture: amd64
Multi-Arch: same
Source: zlib
Version: 1:1.2.13.dfsg-1
Provides: libz1
Depends: libc6 (>= 2.14)
Description: compression library - runtime
 zlib is a library implementing the deflate compression method found
 in gzip and PKZIP.  This package includes the shared library.
Homepage: http://zlib.net/
EOF
  chown -R 1654:1654 "$r/home/app"
  tar_layer "$r" "$WORK/synthetic.tar"
}

build_synthetic() {
  in_layout synthetic-multiarch && return
  [[ -f $OCI/index.json ]] || umoci init --layout "$OCI"
  synthetic_rootfs
  new_image synthetic "$WORK/synthetic.tar" --config.env "$PATH_ENV" --config.cmd /usr/bin/true
  umoci config --image "$OCI:synthetic" --tag synthetic-nonroot --no-history --created=$CREATED --config.user 1654
  umoci config --image "$OCI:synthetic" --tag synthetic-arm64 --no-history --created=$CREATED --architecture arm64
  # An image index over the amd64 and arm64 manifests, tagged in index.json like any other image.
  local list digest
  list=$(jq -c '{schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json",
      manifests: [.manifests[] | select(.annotations["org.opencontainers.image.ref.name"] as $n | $n == "synthetic" or $n == "synthetic-arm64")
        | {mediaType, digest, size, platform: {os: "linux", architecture: (if .annotations["org.opencontainers.image.ref.name"] == "synthetic" then "amd64" else "arm64" end)}}]}' "$OCI/index.json")
  digest=$(printf '%s' "$list" | sha256sum | cut -d' ' -f1)
  printf '%s' "$list" >"$OCI/blobs/sha256/$digest"
  jq --arg d "sha256:$digest" --argjson s "${#list}" \
    '.manifests |= map(select(.annotations["org.opencontainers.image.ref.name"] != "synthetic-multiarch"))
     | .manifests += [{mediaType: "application/vnd.oci.image.index.v1+json", digest: $d, size: $s,
                       annotations: {"org.opencontainers.image.ref.name": "synthetic-multiarch"}}]' \
    "$OCI/index.json" >"$WORK/index.json"
  mv "$WORK/index.json" "$OCI/index.json"
  log "built the synthetic images in $OCI"
}

debian_mirror() {
  [[ -n ${CSEC_DEBIAN_MIRROR:-} ]] && { echo "$CSEC_DEBIAN_MIRROR"; return; }
  local found
  found=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | grep -E '^[[:space:]]*(deb[[:space:]]|URIs:)' | grep -oE 'https?://[^[:space:]]+' | grep -E '/debian/?$' || true)
  echo "${found%%$'\n'*}" | grep . || echo http://deb.debian.org/debian
}

build_debian() {
  in_layout debian-12 && return
  if [[ -s $DEBIAN_TAR ]]; then
    log "using the cached rootfs $DEBIAN_TAR"
  else
    local mirror r=$WORK/debian; mirror=$(debian_mirror)
    log "debootstrap --variant=minbase bookworm from $mirror (a few minutes)"
    debootstrap --variant=minbase bookworm "$r" "$mirror" >"$WORK/debootstrap.log" 2>&1 \
      || { tail -n 20 "$WORK/debootstrap.log" >&2; exit 1; }
    rm -rf "$r"/dev/* "$r"/proc/* "$r"/sys/* "$r"/run/* "$r"/tmp/* "$r"/var/lib/apt/lists/* \
           "$r"/var/cache/apt/*.bin "$r"/var/cache/apt/archives/*.deb "$r"/var/log/bootstrap.log
    mkdir -p "$CACHE"
    (cd "$r" && tar "${TAR_ARGS[@]}" -cf - -- *) | zstd -q -T0 -o "$DEBIAN_TAR.tmp" -f
    mv "$DEBIAN_TAR.tmp" "$DEBIAN_TAR"
  fi
  zstd -q -dc "$DEBIAN_TAR" >"$WORK/debian.tar"
  new_image debian-12 "$WORK/debian.tar" --config.env "$PATH_ENV" --config.cmd bash
  log "built the debian image in $OCI"
}

command -v umoci >/dev/null && command -v skopeo >/dev/null || { echo "base-images.sh: run build/install.sh first" >&2; exit 1; }
curl -fsS "http://$REGISTRY/v2/" >/dev/null || { echo "base-images.sh: no registry at $REGISTRY: run build/services.sh start" >&2; exit 1; }
[[ -n ${CSEC_FORCE:-} ]] && rm -rf "$OCI"
mkdir -p "$CACHE"

images=(csec/synthetic:1 csec/synthetic-nonroot:1 csec/synthetic-docker:1 csec/synthetic-multiarch:1)
[[ ${CSEC_SKIP_DEBIAN:-} == 1 ]] || images+=(csec/debian:12)
missing=0; for i in "${images[@]}"; do in_registry "$i" || missing=1; done
if ((missing)); then
  build_synthetic
  push synthetic csec/synthetic:1
  push synthetic-nonroot csec/synthetic-nonroot:1
  push synthetic csec/synthetic-docker:1 --format v2s2
  push synthetic-multiarch csec/synthetic-multiarch:1 --all
  if [[ ${CSEC_SKIP_DEBIAN:-} != 1 ]]; then build_debian; push debian-12 csec/debian:12; fi
else
  log "all images already in $REGISTRY"
fi
skopeo inspect --tls-verify=false "docker://$REGISTRY/csec/synthetic:1" >/dev/null
log "ok: ${images[*]} in $REGISTRY"
