#!/usr/bin/env bash
# Extraction speed of Herald and of Mozilla Readability (the peer), on the same pages in one run.
# Installs the peer from npm into target/bench-readability (not part of Herald), then prints
# pages/s of both. Usage: bench/extract-speed.sh [DIR] [REPEAT]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$(cd "${1:-$root/../shared/data/article-extraction-benchmark/html}" && pwd)"
repeat="${2:-5}"
work="$root/target/bench-readability"
mkdir -p "$work"
if [ ! -d "$work/node_modules/@mozilla/readability" ]; then
  echo "installing @mozilla/readability 0.6.0 and linkedom 0.18.15 from npm into $work" >&2
  (cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
    @mozilla/readability@0.6.0 linkedom@0.18.15)
fi
cp "$root/bench/readability-speed.mjs" "$work/"
echo "== Mozilla Readability 0.6.0 + linkedom (node $(node --version))"
node "$work/readability-speed.mjs" "$dir" "$repeat" | tee "$work/readability.txt"
echo "== Herald, 1 thread"
"$root/herald" bench --extract-only --threads 1 --repeat "$repeat" "$dir" | tee "$work/herald-1.txt"
echo "== Herald, 2 threads"
"$root/herald" bench --extract-only --threads 2 --repeat "$repeat" "$dir" | tee "$work/herald-2.txt"
peer=$(awk '/pages\/s/ { print $2 }' "$work/readability.txt")
one=$(awk '/pages\/s/ { print $2 }' "$work/herald-1.txt")
two=$(awk '/pages\/s/ { print $2 }' "$work/herald-2.txt")
awk -v p="$peer" -v a="$one" -v b="$two" 'BEGIN {
  printf "speed-up over Readability: %.1fx on 1 thread, %.1fx on 2 threads\n", a / p, b / p }'
