#!/usr/bin/env bash
# Installs what Ferry's demo and tests need on a Debian machine with Node 20 (`demo`: only what the demo needs):
# Prosody, ejabberd, Redis and PostgreSQL from Debian's packages, the DejaVu fonts (the stats chart's
# labels, Arabic included), and the npm dependencies.
# The tests start their own throwaway servers (src/devserver/), so no system
# service of ejabberd, Redis or PostgreSQL is started or left enabled.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v prosody >/dev/null 2>&1 || missing+=(prosody)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
# The demo runs on SQLite with Prosody: ejabberd is the tests' second server kind,
# Redis and PostgreSQL are for the tests of several instances.
if [ "${1:-}" != "demo" ]; then
  [ -x /usr/sbin/ejabberdctl ] || missing+=(ejabberd)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || missing+=(postgresql)
  # The history backup tests keep the throwaway Prosody's archive in SQLite and import with prosody-migrator (in the prosody package).
  dpkg -s lua-dbi-sqlite3 >/dev/null 2>&1 || missing+=(lua-dbi-sqlite3)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "ferry: installing ${missing[*]} from Debian's packages..." >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  # policy-rc.d answering 101 tells the packages' scripts not to start their
  # services; an existing one (Docker images ship one) is left as it is.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    trap '$SUDO rm -f "$policy"' EXIT
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
    $SUDO chmod 755 "$policy"
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  if [ -n "$policy" ]; then
    $SUDO rm -f "$policy"
    trap - EXIT
  fi
  # The packages enable their services for the next boot (and a policy-rc.d that
  # allows starts may have let them run): stop and disable what we installed.
  services=()
  for p in "${missing[@]}"; do
    case $p in ejabberd|redis-server|postgresql) services+=("$p") ;; esac
  done
  if [ ${#services[@]} -gt 0 ]; then
    if [ -d /run/systemd/system ]; then
      $SUDO systemctl disable --now --quiet "${services[@]}" || true
    else
      for s in "${services[@]}"; do
        # ejabberd's stop script starts an Erlang node and an epmd daemon (port 4369)
        # that stays behind, just to ask: only when something of ejabberd's runs.
        if [ "$s" != ejabberd ] || pgrep -u ejabberd >/dev/null 2>&1; then
          $SUDO service "$s" stop >/dev/null 2>&1 || true
        fi
        $SUDO update-rc.d "$s" disable >/dev/null 2>&1 || true
      done
    fi
  fi
fi

# A fresh clone has no node_modules; a changed lock file needs a new install.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "ferry: installing npm dependencies..." >&2
  npm ci --no-fund --no-audit --loglevel=error
fi
