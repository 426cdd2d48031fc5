#!/usr/bin/env bash
# One-time set-up on a fresh Debian machine with the .NET SDK: installs the Debian packages, starts the loopback
# services (registries, Podman's Docker-API service) and pushes the fixture base images. Safe to run again.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/install.sh"
"$here/services.sh" start
# shellcheck disable=SC1091
source "${CSEC_STATE:-/tmp/csec-services}/env"
"$here/base-images.sh"
