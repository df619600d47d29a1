#!/usr/bin/env bash
# Installs whatever is missing, then builds and serves the page at http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec bash scripts/trunk.sh serve --release --offline "$@"
