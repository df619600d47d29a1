#!/usr/bin/env python3
"""Quality benchmark: precis vs LEAD-k and sumy's summarizers, scored with Google's rouge-score.

Every system gets the same budget per document: 3 sentences on CNN/DM, the reference's sentence
count on BBC and the ACL papers
(the abstract split by punkt), 2 on OrangeSum (French; LEAD-2 is its usual baseline).

Every corpus is split in two by the parity of the SHA-256 of each document's id (`part_of`): a
tuning part and a validation part. Weights and rules are chosen on the tuning part (`--part
tune`); the figures to report are the validation part's (the default), with 95 % paired bootstrap
intervals of precis minus each baseline. ROUGE-1, ROUGE-2
and ROUGE-Lsum F1 x100 with use_stemmer=True; summaries and references have one sentence a line
(ROUGE-Lsum splits on newlines).

French ROUGE: rouge-score's own tokenizer keeps only [a-z0-9] (it would cut "réforme" into "r" and
"forme") and stems with the English Porter stemmer, so for OrangeSum every system is scored with
one French tokenizer: lowercase, Unicode word characters (\w+, so accents and digits stay and
apostrophes split "l'AFP" into "l" and "afp"), and NLTK's French Snowball stemmer on tokens longer
than 3 characters, as rouge-score does for English.

    bash bench/setup.sh && bench/.venv/bin/python bench/quality.py          # validation, everything
    bench/.venv/bin/python bench/quality.py --systems precis,lead3 --data cnndm # quick
    bench/.venv/bin/python bench/quality.py --part tune --weights tf=0.5        # tuning

Data is read from ../shared/eval (or $PRECIS_EVAL); $PRECIS_BIN runs another build of the CLI. sumy results are cached in bench/out/.
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


CORPORA = {
    # name: (files, language, sentences per summary: a number, or None for the reference's count)
    "cnndm": (["cnndm-dev.jsonl", "cnndm-val-1000.jsonl"], "english", 3),
    "cnndm-dev": (["cnndm-dev.jsonl"], "english", 3),
    "cnndm-val": (["cnndm-val-1000.jsonl"], "english", 3),
    "bbc": (["bbc-dev.jsonl"], "english", None),
    "bbc-titled": (["bbc-dev.jsonl"], "english", None),
    "orangesum": (["orangesum-fr-dev.jsonl"], "french", 2),
    "papers": (["papers-acl-dev.jsonl"], "english", None),
}


def part_of(doc_id):
    """The fixed split: "tune" or "val" by the parity of the SHA-256 of the document's id."""
    import hashlib

    return "val" if int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 2 else "tune"


def load(name, limit, part="val"):
    """The documents of corpus `name` in `part` ("tune", "val" or "all"), with their references."""
    files, lang, k_fixed = CORPORA[name]
    docs = []
    for path in files:
        with open(os.path.join(EVAL, path)) as f:
            for line in f:
                d = json.loads(line)
                if part != "all" and part_of(d["id"]) != part:
                    continue
                ref = [s.strip() for s in d["summary"].split("\n") if s.strip()]
                if name in ("orangesum", "papers"):
                    from nltk.tokenize import sent_tokenize

                    ref = [s for r in ref for s in sent_tokenize(r, language=lang)]
                text = d["text"]
                if name == "bbc-titled":
                    # The headline as the first line, as on a pasted page (for the title signal).
                    text = d["title"] + "\n\n" + text
                k = k_fixed or len(ref)
                docs.append({"id": d["id"], "text": text, "ref": "\n".join(ref), "k": k, "lang": lang})
    return docs[:limit] if limit else docs


_EXE = []


def precis_binary():
    """Builds the release binary once and runs a private copy (so later edits cannot change it)."""
    if not _EXE and os.environ.get("PRECIS_BIN"):
        _EXE.append(os.environ["PRECIS_BIN"])  # another build, for comparisons
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
    """Mean of a - b x100 and its 95 % paired bootstrap interval (documents resampled)."""
    import numpy as np

    diffs = np.asarray(a) - np.asarray(b)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(diffs), size=(rounds, len(diffs)))
    means = np.sort(diffs[idx].mean(axis=1))
    return 100 * diffs.mean(), 100 * means[int(0.025 * rounds)], 100 * means[int(0.975 * rounds)]


def run_system(system, data, docs, extra):
    """Summaries of `docs` by `system` (sumy's are cached in bench/out), and ms per document."""
    if system == "precis":
        return run_precis(docs, extra)
    flags = {"precis-noclean": ["--no-clean", *extra], "precis-luhn": ["--method", "luhn"],
             "precis-textrank": ["--method", "textrank"], "lead3-precis": ["--method", "lead"]}
    if system in flags:
        return run_precis(docs, flags[system])
    if system == "lead3":
        return run_lead_punkt(docs)
    if system in SUMY:
        import hashlib

        key = hashlib.sha256("".join(d["id"] for d in docs).encode()).hexdigest()[:12]
        cache = os.path.join(OUT, f"sumy-{system}-{data}-{len(docs)}-{key}.json")
        if os.path.exists(cache):
            return json.load(open(cache))
        outs, ms = run_sumy(docs, system)
        json.dump([outs, ms], open(cache, "w"))
        return outs, ms
    sys.exit(f"unknown system {system}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="cnndm,bbc,orangesum,papers",
                    help="corpora: " + ", ".join(CORPORA))
    ap.add_argument("--systems", default="precis,lead3,lead3-precis,precis-luhn,precis-textrank," + ",".join(SUMY))
    ap.add_argument("--part", default="val", choices=["val", "tune", "all"],
                    help="which part of each corpus (split by a hash of the id); report val")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--weights", default=None, help="passed to precis --weights")
    ap.add_argument("--json", default=None, help="also write the results here")
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    extra = ["--weights", args.weights] if args.weights else []
    results = {}
    for data in args.data.split(","):
        docs = load(data, args.limit, args.part)
        rows = []
        systems = args.systems.split(",")
        for system in systems:
            outs, ms = run_system(system, data, docs, extra)
            name = "sumy-" + system if system in SUMY else system
            r = rouge(docs, outs, (data, name))
            rows.append((name, *r, ms))
        results[data] = rows
        print(f"\n## {data}, {args.part} part ({len(docs)} documents; lead3 = LEAD-k split by punkt, "
              "lead3-precis = by our segmenter)\n")
        print("| system | R1 | R2 | RLsum | ms/doc |")
        print("|---|---|---|---|---|")
        for name, a, b, c, ms in rows:
            t = f"{ms:.2f}" if ms is not None else "—"
            print(f"| {name} | {a:.2f} | {b:.2f} | {c:.2f} | {t} |")
        if (data, "precis") in PER_DOC:
            p = PER_DOC[(data, "precis")]
            print("\nprecis minus each baseline, with 95 % paired bootstrap intervals:\n")
            for name, *_ in rows:
                if name == "precis" or name.startswith("precis-"):
                    continue
                q = PER_DOC[(data, name)]
                parts = []
                for label, i in (("R1", 0), ("R2", 1)):
                    m, lo, hi = paired_bootstrap(p[i], q[i])
                    parts.append(f"{label} {m:+.2f} [{lo:+.2f}, {hi:+.2f}]")
                print(f"- {name}: " + ", ".join(parts))
    if args.json:
        json.dump(results, open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()
