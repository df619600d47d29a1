#!/usr/bin/env bash
# Writes a seed corpus for both fuzz targets from ../shared/eval (not committed: fuzz/corpus/):
# articles, pasted pages, other languages and golden-rule cases, each behind two option bytes.
set -euo pipefail
cd "$(dirname "$0")"
eval_dir="${PRECIS_EVAL:-../../shared/eval}"
python3 - "$eval_dir" <<'PY'
import json, os, sys, hashlib
src = sys.argv[1]
texts = []
for name, key, n in [("cnndm-dev.jsonl", "text", 40), ("pasted-dev.jsonl", "pasted", 40),
                     ("pasted-other-langs-dev.jsonl", "pasted", 14), ("orangesum-fr-dev.jsonl", "text", 20),
                     ("golden-rules-en.jsonl", "text", 50)]:
    with open(os.path.join(src, name)) as f:
        for i, line in enumerate(f):
            if i >= n:
                break
            texts.append(json.loads(line)[key][:20000])
texts.append(open(os.path.join(src, "seed-nato-page.txt")).read())
for target in ("summarize", "segment"):
    out = os.path.join("corpus", target)
    os.makedirs(out, exist_ok=True)
    for k, t in enumerate(texts):
        data = bytes([k * 37 % 256, k * 11 % 256]) + t.encode()
        with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)
print(f"{len(texts)} seeds for each target")
PY
