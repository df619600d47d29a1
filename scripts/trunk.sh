#!/usr/bin/env bash
# Runs trunk (build or serve) for the browser build: `bash scripts/trunk.sh build --release --offline`.
#
# The wasm is built with the standard library rebuilt for size (-Z build-std, optimize_for_size),
# panics as immediate aborts, no Debug formatting and no panic locations: together 26 KB less
# gzipped wasm, measured in README, "Download size". (Error messages therefore never use `{:?}`;
# an end-to-end test checks that the release build's messages still name what was wrong.) These are unstable cargo/rustc options; RUSTC_BOOTSTRAP=1 lets the
# pinned stable toolchain (rust-toolchain.toml, with its rust-src component) use them, for this
# build only. Native builds and tests are not affected. `--cfg precis_speed` compiles the
# functions that walk every character for speed instead of size (src/lib.rs). `-inline-threshold=100`
# lets LLVM inline small functions that the size-optimized build otherwise calls: 10 % faster than
# 35 for 2.7 KB gzipped, which wasm-opt's setting in index.html won back (thresholds 35 to 200
# measured in DESIGN.md, "Speed, tenth round").
set -euo pipefail
cd "$(dirname "$0")/.."
# wasm-opt comes from the npm package binaryen (pinned in package-lock.json): Debian's binaryen 108
# rewrites wasm-bindgen's externref table export to the function table, and the page fails to start.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none --cfg precis_speed -Cllvm-args=-inline-threshold=100"
# A target folder of its own: the rebuilt std must not mix with the wasm tests' build.
export CARGO_TARGET_DIR="$PWD/target/trunk"
exec trunk "$@"
