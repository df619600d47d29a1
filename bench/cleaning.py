#!/usr/bin/env python3
"""Cleaning quality on pasted pages: token-level precision and recall of the kept text against the
real article, and the share of summary sentences from the article (../shared/eval/score_pasted.py).

    python3 bench/cleaning.py [../shared/eval/pasted-dev.jsonl]

Kept text = the page minus the lines precis drops (its JSON `cleaning.dropped`). Tokens are
case-folded runs of word characters, compared as multisets; the headline (`title`) counts as
article text.
"""
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EVAL = os.environ.get("PRECIS_EVAL", os.path.join(ROOT, "..", "shared", "eval"))


def tokens(text):
    return collections.Counter(re.findall(r"\w+", text.casefold()))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(EVAL, "pasted-dev.jsonl")
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    exe = os.path.join(ROOT, "target", "release", "precis")
    rows = [json.loads(line) for line in open(path)]
    tp = kept_n = art_n = 0
    base_tp = base_n = 0
    for r in rows:
        page = r["pasted"]
        out = json.loads(subprocess.run([exe, "--format", "json", "-n", "1"], input=page,
                                        capture_output=True, text=True, check=True).stdout)
        data = page.encode()
        kept, pos = [], 0
        for d in out["cleaning"]["dropped"]:
            kept.append(data[pos:d["start"]])
            pos = d["end"]
        kept.append(data[pos:])
        kept = tokens(b"".join(kept).decode("utf-8", "replace"))
        art = tokens(r["article"] + "\n" + r.get("title", ""))
        whole = tokens(page)
        tp += sum((kept & art).values())
        kept_n += sum(kept.values())
        art_n += sum(art.values())
        base_tp += sum((whole & art).values())
        base_n += sum(whole.values())
    print(f"{len(rows)} pages from {os.path.basename(path)}")
    print(f"kept text:   precision {tp / kept_n:.3f}  recall {tp / art_n:.3f}")
    print(f"whole page:  precision {base_tp / base_n:.3f}  recall {base_tp / art_n:.3f}")
    for flag in ("", " --no-clean"):
        res = subprocess.run([sys.executable, os.path.join(EVAL, "score_pasted.py"), path,
                              f"{exe} -n 3{flag}", "--title-as-article"],
                             capture_output=True, text=True, check=True)
        s = json.loads(res.stdout[res.stdout.index("{"):])
        print(f"summaries (-n 3{flag}): {s['mean_frac_article_per_page']:.3f} from the article, "
              f"{s['pages_with_ge1_boilerplate_sentence']} of {s['pages_scored']} pages with boilerplate, "
              f"{s['pages_no_sentences']} without a summary")


if __name__ == "__main__":
    main()
