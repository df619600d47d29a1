#!/usr/bin/env bash
# Machine instructions and mispredicted branches per article, counted by valgrind's cachegrind on
# the 150 CNN/DM articles of bench/speed.py: the same counts on every run, so two builds compare
# without this machine's 10–20 % drift in timings. Neither is a time: the mispredictions are
# cachegrind's simulation (a simple predictor, so more than a real processor's), and each costs
# some 15 cycles where an instruction costs a quarter of one; a change that trades instructions
# for mispredictions (or back) needs bench/speed.py or `cargo bench` to decide.
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
# Prints "instructions mispredictions".
count() {
  valgrind --tool=cachegrind --cache-sim=no --branch-sim=yes --cachegrind-out-file=/dev/null \
    "$1" --jsonl <"$2" 2>&1 >/dev/null |
    awk '/I +refs:/ { gsub(",", "", $NF); i = $NF } /Mispredicts:/ { gsub(",", "", $3); m = $3 }
         END { print i, m }'
}
echo "| binary | instructions an article, first pass | warm | mispredicted branches, first pass | warm |"
echo "|---|---|---|---|---|"
for exe in "$@"; do
  read -r i1 m1 < <(count "$exe" "$work/one.jsonl")
  read -r i2 m2 < <(count "$exe" "$work/once.jsonl")
  read -r i3 m3 < <(count "$exe" "$work/twice.jsonl")
  echo "| $exe | $(((i2 - i1) / n)) | $(((i3 - i2) / n)) | $(((m2 - m1) / n)) | $(((m3 - m2) / n)) |"
done
