#!/usr/bin/env bash
# Trunk post_build hook, in trunk's staging folder:
#  1. removes trunk's inline loader script from index.html: precis-summary.js starts the wasm
#     itself, and the page's Content-Security-Policy allows no inline script;
#  2. assembles dist/npm, an npm-style package of the widget and the JS API for sites with a
#     bundler (`npm pack dist/npm` makes the tarball).
set -euo pipefail
staging="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
perl -0pi -e 's{<script type="?module"?>\s*import init,\s*\*\s*as bindings.*?</script>}{}s' "$staging/index.html"
if grep -q 'as bindings' "$staging/index.html"; then
  echo "package.sh: trunk's loader script is still in index.html" >&2
  exit 1
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -1)"
out="$staging/npm"
rm -rf "$out"
mkdir -p "$out"
for f in precis-summary.js precis-summary.css precis-summary.d.ts precis.js precis.d.ts precis_bg.wasm \
  precis-stem.js precis-stem_bg.wasm precis-worker.js; do
  cp "$staging/$f" "$out/$f"
done
cat >"$out/package.json" <<JSON
{
  "name": "precis-summary",
  "version": "$version",
  "description": "Extractive summaries in the browser: the <precis-summary> element and the precis JS API (WebAssembly, no server).",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "./precis-summary.js",
  "types": "./precis-summary.d.ts",
  "exports": {
    ".": { "types": "./precis-summary.d.ts", "default": "./precis-summary.js" },
    "./api": { "types": "./precis.d.ts", "default": "./precis.js" },
    "./precis_bg.wasm": "./precis_bg.wasm",
    "./precis-stem.js": "./precis-stem.js",
    "./precis-stem_bg.wasm": "./precis-stem_bg.wasm",
    "./precis-worker.js": "./precis-worker.js",
    "./precis-summary.css": "./precis-summary.css"
  },
  "files": ["precis-summary.js", "precis-summary.css", "precis-summary.d.ts", "precis.js", "precis.d.ts", "precis_bg.wasm", "precis-stem.js", "precis-stem_bg.wasm", "precis-worker.js"],
  "sideEffects": ["./precis-summary.js"]
}
JSON
