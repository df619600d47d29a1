#!/usr/bin/env bash
# Installs whatever is missing, then builds and serves the page at http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# wasm-opt comes from the npm package binaryen (pinned in package-lock.json): Debian's binaryen 108
# rewrites wasm-bindgen's externref table export to the function table, and the page fails to start.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --release --offline "$@"
