#!/usr/bin/env python3
"""One signal at a time set to neutral, against the defaults, on the validation parts: the
evidence table in DESIGN.md.

    bash bench/setup.sh && bench/.venv/bin/python bench/ablation.py

Each row is precis with `--weights` changed as named; each cell is ROUGE-1 / ROUGE-2 F1 x100 on
the validation part of a corpus (split as in bench/quality.py), budgets as there.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quality  # noqa: E402

CORPORA = ["cnndm", "bbc", "orangesum", "papers"]
ROWS = [
    ("defaults", ""),
    ("no TF (tf=0)", "tf=0"),
    ("no position prior (position=0)", "position=0"),
    ("strength not following the budget", "position_budget=0"),
    ("no long-text scaling", "long_text=1e9"),
    ("no paragraph-start bonus", "paragraph_start=0"),
    ("no redundancy control", "redundancy=0"),
    ("heading lines not penalised", "heading=1"),
    ("questions not penalised", "question=1"),
    ("no fragment penalty", "short_words=1"),
    ("no long-sentence penalty", "long_words=1000"),
    ("title weight 0.15", "title=0.15"),
    ("centrality 0.3", "centrality=0.3"),
]


def main():
    data = {c: quality.load(c, 0, "val") for c in CORPORA}
    print("| change from the defaults | " + " | ".join(f"{c} ({len(d)}) R1 / R2" for c, d in data.items()) + " |")
    print("|---" * (len(CORPORA) + 1) + "|")
    for label, spec in [("LEAD-k (punkt)", None)] + ROWS:
        cells = []
        for c, docs in data.items():
            if spec is None:
                outs, _ = quality.run_lead_punkt(docs)
            else:
                outs, _ = quality.run_precis(docs, ["--weights", spec] if spec else [])
            r = quality.rouge(docs, outs)
            cells.append(f"{r[0]:.2f} / {r[1]:.2f}")
        print(f"| {label} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
