#!/usr/bin/env bash
# Installs what Ferry's demo and tests need on a Debian machine with Node 20:
# Prosody from Debian's packages, and the npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v prosody >/dev/null 2>&1; then
  echo "ferry: installing Prosody from Debian's packages..." >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq prosody >/dev/null
fi

# A fresh clone has no node_modules; a changed lock file needs a new install.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "ferry: installing npm dependencies..." >&2
  npm ci --no-fund --no-audit --loglevel=error
fi
