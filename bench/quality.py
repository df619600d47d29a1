#!/usr/bin/env python3
"""Quality benchmark: precis vs LEAD-k and sumy's summarizers, scored with Google's rouge-score.

Every system gets the same budget per document: 3 sentences on CNN/DM, the reference's sentence
count on BBC and OrangeSum (French; the abstract split by punkt's French model). ROUGE-1, ROUGE-2
and ROUGE-Lsum F1 x100 with use_stemmer=True; summaries and references have one sentence a line
(ROUGE-Lsum splits on newlines).

French ROUGE: rouge-score's own tokenizer keeps only [a-z0-9] (it would cut "réforme" into "r" and
"forme") and stems with the English Porter stemmer, so for OrangeSum every system is scored with
one French tokenizer: lowercase, Unicode word characters (\w+, so accents and digits stay and
apostrophes split "l'AFP" into "l" and "afp"), and NLTK's French Snowball stemmer on tokens longer
than 3 characters, as rouge-score does for English.

    bash bench/setup.sh && bench/.venv/bin/python bench/quality.py            # everything
    bench/.venv/bin/python bench/quality.py --systems precis,lead3 --data cnndm   # quick
    bench/.venv/bin/python bench/quality.py --systems precis --weights tf=0.5     # tuning

Data is read from ../shared/eval (or $PRECIS_EVAL). sumy results are cached in bench/out/.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EVAL = os.environ.get("PRECIS_EVAL", os.path.join(ROOT, "..", "shared", "eval"))
OUT = os.path.join(HERE, "out")
os.environ.setdefault("NLTK_DATA", os.path.join(HERE, ".venv", "nltk_data"))

SUMY = ["lexrank", "textrank", "luhn", "lsa", "sumbasic", "kl", "edmundson"]


def load(name, limit):
    path = {"cnndm": "cnndm-dev.jsonl", "bbc": "bbc-dev.jsonl", "bbc-titled": "bbc-dev.jsonl",
            "orangesum": "orangesum-fr-dev.jsonl"}[name]
    lang = "french" if name == "orangesum" else "english"
    docs = []
    with open(os.path.join(EVAL, path)) as f:
        for line in f:
            d = json.loads(line)
            ref = [s.strip() for s in d["summary"].split("\n") if s.strip()]
            if name == "orangesum":
                from nltk.tokenize import sent_tokenize

                ref = [s for r in ref for s in sent_tokenize(r, language="french")]
            k = 3 if name == "cnndm" else len(ref)
            text = d["text"]
            if name == "bbc-titled":
                # The headline as the first line, as on a pasted page (for the title signal).
                text = d["title"] + "\n\n" + text
            docs.append({"text": text, "ref": "\n".join(ref), "k": k, "lang": lang})
    return docs[:limit] if limit else docs


_EXE = []


def precis_binary():
    """Builds the release binary once and runs a private copy (so later edits cannot change it)."""
    if not _EXE:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
        import shutil
        import tempfile

        exe = os.path.join(tempfile.mkdtemp(prefix="precis-bench-"), "precis")
        shutil.copy2(os.path.join(ROOT, "target", "release", "precis"), exe)
        _EXE.append(exe)
    return _EXE[0]


def run_precis(docs, extra):
    exe = precis_binary()
    payload = "".join(json.dumps({"text": d["text"], "sentences": d["k"]}) + "\n" for d in docs)
    t = time.perf_counter()
    res = subprocess.run([exe, "--jsonl", *extra], input=payload, capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - t
    outs = []
    for line in res.stdout.splitlines():
        r = json.loads(line)
        outs.append("\n".join(" ".join(s["text"].split()) for s in r.get("sentences", [])))
    return outs, elapsed / max(len(docs), 1) * 1000


def run_lead_punkt(docs):
    from nltk.tokenize import sent_tokenize

    outs = []
    for d in docs:
        sents = [s for p in d["text"].split("\n") if p.strip() for s in sent_tokenize(p, language=d["lang"])]
        outs.append("\n".join(" ".join(s.split()) for s in sents[: d["k"]]))
    return outs, None


def run_sumy(docs, method):
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.utils import get_stop_words
    import sumy.summarizers as S
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    cls = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer, "luhn": LuhnSummarizer,
           "lsa": LsaSummarizer, "sumbasic": SumBasicSummarizer, "kl": KLSummarizer,
           "edmundson": EdmundsonSummarizer}[method]
    lang = docs[0]["lang"] if docs else "english"
    stemmer = Stemmer(lang)
    summ = cls(stemmer)
    stops = get_stop_words(lang)
    if method == "edmundson":
        summ.null_words = stops
        summ.bonus_words = ["significant", "important", "major", "key", "first", "new"]
        summ.stigma_words = ["however", "although", "may", "might"]
    else:
        summ.stop_words = stops
    tok = Tokenizer(lang)
    outs = []
    t = time.perf_counter()
    for d in docs:
        parser = PlaintextParser.from_string(d["text"], tok)
        sents = summ(parser.document, d["k"])
        outs.append("\n".join(" ".join(str(s).split()) for s in sents))
    return outs, (time.perf_counter() - t) / max(len(docs), 1) * 1000


PER_DOC = {}


class FrenchTokenizer:
    """Lowercase, \\w+ tokens, French Snowball stems for tokens longer than 3 characters."""

    def __init__(self):
        import re

        from nltk.stem.snowball import SnowballStemmer

        self.word = re.compile(r"\w+")
        self.stemmer = SnowballStemmer("french")

    def tokenize(self, text):
        return [self.stemmer.stem(t) if len(t) > 3 else t for t in self.word.findall(text.lower())]


def rouge(docs, outs, key=None):
    """Mean ROUGE-1/2/Lsum F1 x100; per-document R1 and R2 are kept in PER_DOC[key]."""
    from rouge_score import rouge_scorer

    if docs and docs[0]["lang"] == "french":
        sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], tokenizer=FrenchTokenizer())
    else:
        sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    r1, r2, rl = [], [], []
    for d, o in zip(docs, outs):
        s = sc.score(d["ref"], o)
        r1.append(s["rouge1"].fmeasure)
        r2.append(s["rouge2"].fmeasure)
        rl.append(s["rougeLsum"].fmeasure)
    if key:
        PER_DOC[key] = (r1, r2)
    return tuple(100 * statistics.mean(x) for x in (r1, r2, rl))


def paired_bootstrap(a, b, rounds=2000, seed=7):
    """95 % interval of mean(a - b) x100 by resampling documents."""
    import random

    rng = random.Random(seed)
    diffs = [x - y for x, y in zip(a, b)]
    n = len(diffs)
    means = sorted(100 * sum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(rounds))
    return 100 * sum(diffs) / n, means[int(0.025 * rounds)], means[int(0.975 * rounds)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="cnndm,bbc")
    ap.add_argument("--systems", default="precis,lead3,lead3-precis,precis-luhn,precis-textrank," + ",".join(SUMY))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--weights", default=None, help="passed to precis --weights")
    ap.add_argument("--json", default=None, help="also write the results here")
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    extra = ["--weights", args.weights] if args.weights else []
    results = {}
    for data in args.data.split(","):
        docs = load(data, args.limit)
        rows = []
        for system in args.systems.split(","):
            if system == "precis":
                outs, ms = run_precis(docs, extra)
            elif system == "precis-noclean":
                outs, ms = run_precis(docs, ["--no-clean", *extra])
            elif system == "precis-luhn":
                outs, ms = run_precis(docs, ["--method", "luhn"])
            elif system == "precis-textrank":
                outs, ms = run_precis(docs, ["--method", "textrank"])
            elif system == "lead3-precis":
                outs, ms = run_precis(docs, ["--method", "lead"])
            elif system == "lead3":
                outs, ms = run_lead_punkt(docs)
            elif system in SUMY:
                cache = os.path.join(OUT, f"sumy-{system}-{data}-{len(docs)}.json")
                if os.path.exists(cache):
                    outs, ms = json.load(open(cache))
                else:
                    outs, ms = run_sumy(docs, system)
                    json.dump([outs, ms], open(cache, "w"))
                system = "sumy-" + system
            else:
                sys.exit(f"unknown system {system}")
            r = rouge(docs, outs, (data, system))
            rows.append((system, *r, ms))
        results[data] = rows
        label = "LEAD-3" if data == "cnndm" else "LEAD-k"
        print(f"\n## {data} ({len(docs)} documents; lead3 = {label} with punkt, lead3-precis = with our segmenter)\n")
        print("| system | R1 | R2 | RLsum | ms/doc |")
        print("|---|---|---|---|---|")
        for name, a, b, c, ms in rows:
            t = f"{ms:.2f}" if ms is not None else "—"
            print(f"| {name} | {a:.2f} | {b:.2f} | {c:.2f} | {t} |")
        if (data, "precis") in PER_DOC and (data, "lead3") in PER_DOC:
            p, l = PER_DOC[(data, "precis")], PER_DOC[(data, "lead3")]
            for label, i in (("R1", 0), ("R2", 1)):
                m, lo, hi = paired_bootstrap(p[i], l[i])
                print(f"\nprecis - lead3 {label}: {m:+.2f} (95 % bootstrap interval {lo:+.2f} .. {hi:+.2f})", end="")
            print()
    if args.json:
        json.dump(results, open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()
