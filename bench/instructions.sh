#!/usr/bin/env bash
# Machine instructions per article, counted by valgrind's cachegrind on the 150 CNN/DM articles of
# bench/speed.py: the same count on every run, so two builds compare without this machine's
# 10–20 % drift in timings (a count is not a time: it misses cache misses and mispredicted branches,
# so confirm a gain with bench/speed.py or `cargo bench`).
#
#   bash bench/instructions.sh                    # target/release/precis (built first)
#   bash bench/instructions.sh OLD_BINARY NEW_BINARY
#
# First pass: the batch once, less a process that summarizes one short sentence (start-up and
# set-up). Warm: the batch twice, less once (every word in the stem cache). Needs valgrind
# (Debian package `valgrind`); nothing else here does.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
if [ $# -eq 0 ]; then
  cargo build --release --quiet
  set -- target/release/precis
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - ../shared/eval/cnndm-dev.jsonl "$work" <<'PY'
import json, sys
src, work = sys.argv[1], sys.argv[2]
docs = [json.loads(line)["text"] for line in open(src)]
batch = "".join(json.dumps({"text": t, "sentences": 3}) + "\n" for t in docs)
open(f"{work}/one.jsonl", "w").write(json.dumps({"text": "One short sentence.", "sentences": 1}) + "\n")
open(f"{work}/once.jsonl", "w").write(batch)
open(f"{work}/twice.jsonl", "w").write(batch * 2)
open(f"{work}/n", "w").write(str(len(docs)))
PY
n=$(cat "$work/n")
count() {
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$1" --jsonl <"$2" 2>&1 >/dev/null |
    awk '/I +refs:/ { gsub(",", "", $NF); print $NF }'
}
echo "| binary | instructions an article, first pass | warm |"
echo "|---|---|---|"
for exe in "$@"; do
  one=$(count "$exe" "$work/one.jsonl")
  once=$(count "$exe" "$work/once.jsonl")
  twice=$(count "$exe" "$work/twice.jsonl")
  echo "| $exe | $(((once - one) / n)) | $(((twice - once) / n)) |"
done
