#!/usr/bin/env bash
# Installs whatever is missing, then runs every check and test: formatting, clippy (host and wasm32),
# native unit/integration/property/doc tests, wasm tests in headless Chromium, the trunk build, and
# the end-to-end browser tests. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# wasm-opt comes from the npm package binaryen (pinned in package-lock.json): Debian's binaryen 108
# rewrites wasm-bindgen's externref table export to the function table, and the page fails to start.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check
cargo fmt --manifest-path fuzz/Cargo.toml -- --check

step "clippy (host)"
cargo clippy --all-targets --all-features -- -D warnings

step "clippy (wasm32)"
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
cargo clippy --target wasm32-unknown-unknown --no-default-features --features stem-pack --bin precis-stem -- -D warnings

step "fuzz targets compile (runs: fuzz/README.md)"
cargo clippy --manifest-path fuzz/Cargo.toml --all-targets -- -D warnings

step "native tests"
cargo test --all-features

step "docs"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

step "wasm tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --no-default-features --test web

step "trunk build --release --offline"
bash scripts/trunk.sh build --release --offline

step "end-to-end tests (playwright-core + /usr/bin/chromium)"
node --test tests/e2e/
