#!/usr/bin/env bash
# Quick start, part 1: a throwaway Prosody on loopback and Ferry talking on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh demo
exec node bin/ferry.js demo
