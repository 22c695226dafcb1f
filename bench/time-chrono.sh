#!/usr/bin/env bash
# chrono-node (the peer) against Herald's time gold set, in the same scoring as Herald's own
# run. Installs chrono-node from npm into target/bench-chrono (not part of Herald).
# Usage: bench/time-chrono.sh [GOLD.tsv]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gold="${1:-$root/eval/time-gold.tsv}"
work="$root/target/bench-chrono"
mkdir -p "$work"
if [ ! -d "$work/node_modules/chrono-node" ]; then
  echo "installing chrono-node 2.10.3 from npm into $work" >&2
  (cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
    chrono-node@2.10.3)
fi
cp "$root/bench/time-chrono.mjs" "$work/"
node "$work/time-chrono.mjs" "$gold" > "$work/chrono.jsonl"
"$root/herald" eval time --predicted "$work/chrono.jsonl" "$gold"
