#!/usr/bin/env bash
# Trunk post_build hook, in trunk's staging folder:
#  1. removes trunk's inline loader script from index.html: precis-summary.js starts the wasm
#     itself, and the page's Content-Security-Policy allows no inline script;
#  2. inlines wasm-bindgen's JS snippets (src/result.js) into precis.js, so that loading the API
#     takes no further request (a module imported by precis.js would cost one more round trip
#     before the wasm could start to download), and gives index.html precis.js's new hash;
#  3. assembles dist/npm, an npm-style package of the widget and the JS API for sites with a
#     bundler (`npm pack dist/npm` makes the tarball).
set -euo pipefail
staging="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
perl -0pi -e 's{<script type="?module"?>\s*import init,\s*\*\s*as bindings.*?</script>}{}s' "$staging/index.html"
if grep -q 'as bindings' "$staging/index.html"; then
  echo "package.sh: trunk's loader script is still in index.html" >&2
  exit 1
fi
# `import{a as x,b}from"./snippets/....js";` becomes `const{a:x,b}=(()=>{<the snippet, its
# exports plain declarations, without comments>;return{a,b}})();`: the snippet keeps its own
# scope.
if [ -d "$staging/snippets" ]; then
  SNIPPETS="$staging" perl -0pi -e '
    sub inline {
      my ($names, $path) = @_;
      open my $fh, "<", "$ENV{SNIPPETS}/$path" or die "package.sh: no $path\n";
      local $/;
      my $src = <$fh>;
      $src =~ s/^export\s+(?=(?:async\s+)?function|const|let|class)//mg;
      # Its comments and indentation go (trunk minifies precis.js before this hook runs).
      $src =~ s#^\s*//.*\n##mg;
      $src =~ s#^\s*/\*\*.*?\*/\s*\n##mgs;
      $src =~ s/^\s+//mg;
      my (@pairs, @names);
      for (split /,/, $names) {
        /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/ or die "package.sh: cannot read the import {$names}\n";
        push @names, $1;
        push @pairs, defined $2 ? "$1:$2" : $1;
      }
      return "const{" . join(",", @pairs) . "}=(()=>{" . $src . "\nreturn{" . join(",", @names) . "}})();";
    }
    s#import\s*\{([^}]*)\}\s*from\s*["\x27]\./(snippets/[^"\x27]+)["\x27];?#inline($1, $2)#ge;
  ' "$staging/precis.js"
  if grep -q 'snippets/' "$staging/precis.js"; then
    echo "package.sh: precis.js still imports a snippet" >&2
    exit 1
  fi
  rm -rf "$staging/snippets"
  # index.html preloads the snippets and checks precis.js by its hash (subresource integrity):
  # no more snippets, and precis.js's new hash.
  hash="$(perl -MDigest::SHA=sha384_base64 -0777 -ne 'print sha384_base64($_)' "$staging/precis.js")"
  HASH="$hash" perl -0pi -e '
    s#<link\b[^>]*\bhref="?/?snippets/[^>]*>##g;
    s#(<link\b[^>]*\bhref="?/?precis\.js"?[^>]*>)#my $t = $1; $t =~ s{sha384-[A-Za-z0-9+/=]+}{sha384-$ENV{HASH}}; $t#ge;
  ' "$staging/index.html"
  tag="$(perl -0ne 'print $1 if m{(<link\b[^>]*\bhref="?/?precis\.js"?[^>]*>)}' "$staging/index.html")"
  if grep -q 'snippets/' "$staging/index.html" || { [[ "$tag" == *sha384-* ]] && [[ "$tag" != *"sha384-$hash"* ]]; }; then
    echo "package.sh: index.html still names a snippet or an old hash of precis.js" >&2
    exit 1
  fi
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
