#!/usr/bin/env bash
# One signal at a time set to neutral, against the defaults: the evidence table in DESIGN.md.
#   bash bench/ablation.sh   (after bash bench/setup.sh)
cd "$(dirname "$0")/.." || exit 1
bench/tune.sh "" "tf=0" "title=0.15" "position=0" "position_decay=0.6" "position_budget=0" \
  "paragraph_start=0" "redundancy=0" "heading=1" "question=1" "short_words=1" "long_words=1000" "centrality=0.3"
