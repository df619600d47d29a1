#!/usr/bin/env python3
"""Coordinate search over a few weights of the default method, on the tuning parts only.

    bench/.venv/bin/python bench/fit.py --knobs tf,position,position_decay > bench/out/fit.tsv

On the tuning parts of CNN/DM, BBC, OrangeSum and the papers (split as in bench/quality.py), each
corpus's figure is precis's (R1 + R2) / 2 minus LEAD-k's. The objective is the figure of --target
(news by default), under the constraint that no other corpus falls more than --slack below where
the starting weights had it: news must not gain by losing the other kinds of text. Each knob in turn
is tried at a few values; a change is kept only if it raises the objective by more than --min-gain. Prints one TSV row
per trial. Validate what it finds with `bench/quality.py` (validation part) before changing a default.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quality  # noqa: E402

CORPORA = ["cnndm", "bbc", "orangesum", "papers"]
STEPS = {
    "tf": [0.3, 0.5, 0.65, 0.8, 1.0],
    "position": [1.0, 1.4, 1.8, 2.2, 2.6],
    "position_decay": [0.1, 0.15, 0.2, 0.3, 0.45],
    "position_budget": [2.0, 4.0, 6.0, 8.0],
    "paragraph_start": [0.0, 0.1, 0.2, 0.28, 0.4],
    "redundancy": [0.3, 0.45, 0.6, 0.75],
    "short_words": [6.0, 8.0, 10.0, 12.0, 14.0],
    "long_words": [35.0, 50.0, 65.0, 80.0],
    "long_text": [30.0, 45.0, 60.0, 100.0],
    "centrality": [0.0, 0.15, 0.3],
    "title": [0.0, 0.15, 0.3],
    "heading": [0.3, 0.6, 0.8],
    "question": [0.1, 0.3, 0.6],
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--knobs", default="long_text,tf,position,position_decay,paragraph_start,redundancy,short_words")
    ap.add_argument("--base", default="", help="start from these weights (K=V,...)")
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--min-gain", type=float, default=0.05)
    ap.add_argument("--part", default="tune")
    ap.add_argument("--target", default="cnndm")
    ap.add_argument("--slack", type=float, default=0.2)
    args = ap.parse_args()
    data = {c: quality.load(c, 0, args.part) for c in CORPORA}
    lead = {}
    for c, docs in data.items():
        outs, _ = quality.run_lead_punkt(docs)
        r = quality.rouge(docs, outs)
        lead[c] = (r[0] + r[1]) / 2
    quality.precis_binary()

    def evaluate(w):
        spec = ",".join(f"{k}={v}" for k, v in sorted(w.items()))
        per = {}
        for c, docs in data.items():
            outs, _ = quality.run_precis(docs, ["--weights", spec] if spec else [])
            r = quality.rouge(docs, outs)
            per[c] = (r[0] + r[1]) / 2 - lead[c]
        return per, spec

    best = dict(kv.split("=") for kv in args.base.split(",") if kv)
    best = {k: float(v) for k, v in best.items()}
    start, spec = evaluate(best)

    def objective(per):
        ok = all(per[c] >= start[c] - args.slack for c in CORPORA if c != args.target)
        return per[args.target] if ok else float("-inf")

    score = objective(start)
    print("objective\t" + "\t".join(CORPORA) + "\tweights", flush=True)
    print(f"{score:.3f}\t" + "\t".join(f"{start[c]:+.2f}" for c in CORPORA) + f"\t{spec or 'defaults'}",
          flush=True)
    for _ in range(args.passes):
        changed = False
        for knob in args.knobs.split(","):
            for v in STEPS[knob]:
                trial = dict(best, **{knob: v})
                p, sp = evaluate(trial)
                s = objective(p)
                print(f"{s:.3f}\t" + "\t".join(f"{p[c]:+.2f}" for c in CORPORA) + f"\t{sp}", flush=True)
                if s > score + args.min_gain:
                    score, best, changed = s, trial, True
        if not changed:
            break
    print(f"# best {score:.3f}: " + ",".join(f"{k}={v}" for k, v in sorted(best.items())), flush=True)


if __name__ == "__main__":
    main()
