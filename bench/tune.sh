#!/usr/bin/env bash
# Evaluates weight settings on CNN/DM and BBC: bench/tune.sh "tf=0.4,title=0.2" "tf=0.5" ...
cd "$(dirname "$0")/.." || exit 1
cargo build --release --quiet || exit 1
for w in "$@"; do
  printf '%-70s' "$w"
  bench/.venv/bin/python bench/quality.py --systems precis --weights "$w" | awk -F'|' '/^\| precis/ {printf " %s %s", $3, $4} END {print ""}'
done
