#!/usr/bin/env python3
"""Random search over the default method's weights (see DESIGN.md for how the result was used).

    bench/.venv/bin/python bench/tune.py --trials 60 --seed 1 > bench/out/tune.tsv

Each trial scores CNN/DM (3 sentences) and BBC (reference sentence count); prints one TSV row per
trial: R1/R2 on both, and the weights. The objective we read it with: CNN/DM R1 + R2, among the
settings whose BBC R1 stays above every sumy method.
"""
import argparse
import random
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
import quality  # noqa: E402

SPACE = {
    "tf": (0.0, 1.0),
    "title": (0.0, 0.6),
    "centrality": (0.0, 1.0),
    "position": (0.8, 3.0),
    "position_decay": (0.1, 1.0),
    "position_budget": (0.0, 8.0),
    "paragraph_start": (0.0, 0.3),
    "redundancy": (0.0, 0.7),
    "heading": (0.1, 0.7),
    "question": (0.05, 1.0),
    "short_words": (4.0, 12.0),
    "long_words": (35.0, 80.0),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--base", default="", help="start from these weights (K=V,...) and perturb")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    cnn = quality.load("cnndm", 0)
    bbc = quality.load("bbc", 0)
    quality.precis_binary()
    base = dict(kv.split("=") for kv in args.base.split(",") if kv)
    print("cnn_r1\tcnn_r2\tbbc_r1\tbbc_r2\tweights", flush=True)
    for t in range(args.trials):
        w = {}
        for k, (lo, hi) in SPACE.items():
            if k in base and t > 0:
                v = float(base[k]) + rng.gauss(0, (hi - lo) * 0.12)
            elif k in base:
                v = float(base[k])
            else:
                v = rng.uniform(lo, hi)
            w[k] = round(min(max(v, lo), hi), 2)
        spec = ",".join(f"{k}={v}" for k, v in w.items())
        outs, _ = quality.run_precis(cnn, ["--weights", spec])
        c = quality.rouge(cnn, outs)
        outs, _ = quality.run_precis(bbc, ["--weights", spec])
        b = quality.rouge(bbc, outs)
        print(f"{c[0]:.2f}\t{c[1]:.2f}\t{b[0]:.2f}\t{b[1]:.2f}\t{spec}", flush=True)


if __name__ == "__main__":
    main()
