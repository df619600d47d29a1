#!/usr/bin/env python3
"""Counts printed summary sentences with fewer than two words, at six length settings.

    bench/.venv/bin/python bench/fragments.py            # validation parts of news and pages
    bench/.venv/bin/python bench/fragments.py --part all

A word is a whitespace-separated token with a letter or digit, as the summarizer counts words.
Documents: CNN/DM (both files) and the pasted pages (English and other languages), the part
chosen by the same hash split as bench/quality.py.
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quality  # noqa: E402

SETTINGS = [["-n", "3"], ["-n", "12"], ["--words", "40"], ["--words", "150"], ["--chars", "300"],
            ["--ratio", "0.3"]]


def documents(part):
    docs = [d["text"] for name in ("cnndm",) for d in quality.load(name, 0, part)]
    for path in ("pasted-dev.jsonl", "pasted-other-langs-dev.jsonl"):
        with open(os.path.join(quality.EVAL, path)) as f:
            for line in f:
                d = json.loads(line)
                if part == "all" or quality.part_of(d["id"]) == part:
                    docs.append(d["pasted"])
    return docs


def words(sentence):
    return sum(1 for t in sentence.split() if any(c.isalnum() for c in t))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", default="val", choices=["val", "tune", "all"])
    args = ap.parse_args()
    docs = documents(args.part)
    exe = quality.precis_binary()
    payload = "".join(json.dumps({"text": t}) + "\n" for t in docs)
    total_bad = total = 0
    for flags in SETTINGS:
        res = subprocess.run([exe, "--jsonl", *flags], input=payload, capture_output=True, text=True,
                             check=True)
        bad = printed = 0
        examples = []
        for line in res.stdout.splitlines():
            for s in json.loads(line).get("sentences", []):
                printed += 1
                if words(s["text"]) < 2:
                    bad += 1
                    if len(examples) < 3:
                        examples.append(s["text"])
        total_bad += bad
        total += printed
        print(f"{' '.join(flags):14} {printed:6} sentences, {bad:4} with fewer than two words {examples}")
    print(f"all settings: {total} sentences of {len(docs)} documents, {total_bad} with fewer than two words")


if __name__ == "__main__":
    main()
