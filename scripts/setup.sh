#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test precis; fast and silent when all is there.
#   - the Rust toolchain pinned in rust-toolchain.toml (with wasm32-unknown-unknown and rust-src,
#     which the browser build rebuilds std from: scripts/trunk.sh)
#   - Debian packages: chromium, chromium-driver (browser tests), binaryen (wasm-opt)
#   - trunk, and wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock
#   - npm packages for the browser tests, from the committed package-lock.json
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf 'setup: %s\n' "$*" >&2; }

# 1. Rust toolchain from rust-toolchain.toml.
toolchain=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)
if ! command -v rustup >/dev/null; then
  say "rustup is required (https://rustup.rs); this machine has none" && exit 1
fi
if ! rustup run "$toolchain" rustc --version >/dev/null 2>&1 \
   || ! rustup target list --installed --toolchain "$toolchain" 2>/dev/null | grep -qx wasm32-unknown-unknown \
   || ! rustup component list --installed --toolchain "$toolchain" 2>/dev/null | grep -q '^clippy' \
   || ! rustup component list --installed --toolchain "$toolchain" 2>/dev/null | grep -q '^rust-src'; then
  say "installing Rust $toolchain"
  rustup toolchain install   # reads rust-toolchain.toml: channel, components, targets
  # An already installed toolchain may lack a component that rust-toolchain.toml gained since.
  rustup component add --toolchain "$toolchain" rustfmt clippy rust-src
fi

# 2. Debian packages.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v wasm-opt >/dev/null || missing+=(binaryen)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 3. trunk and wasm-bindgen-cli (built with the pinned toolchain: we are in the repo root).
if ! command -v trunk >/dev/null; then
  say "installing trunk"
  cargo install trunk --locked
fi
[ -f Cargo.lock ] || cargo generate-lockfile
bindgen=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen" ]; then
  say "installing wasm-bindgen-cli $bindgen"
  cargo install wasm-bindgen-cli --version "$bindgen" --force
fi

# 4. npm packages for the end-to-end tests.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 5. The crates the standard library depends on (dlmalloc, compiler_builtins, ...): the browser
# build rebuilds std (scripts/trunk.sh) offline, and only std's own lockfile names them. Fast and
# silent when they are already downloaded.
RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD="std,panic_abort" \
  cargo fetch --quiet --target wasm32-unknown-unknown
