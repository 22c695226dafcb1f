#!/usr/bin/env bash
# Time to the first document of a one-sentence `herald analyze`, whole process, side by side
# with plain CoreNLP loading its German pipeline (tokenize..depparse, as CoreNLP's German
# properties list it) and annotating the same sentence; then the same analyze while a
# `herald serve` runs (after its models loaded: about a minute). Each figure is the median of RUNS runs.
# Usage: bench/startup.sh [RUNS]   (default 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
work="$root/target/bench-startup"
rm -rf "$work" && mkdir -p "$work"
echo "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland verhängt." > "$work/one.txt"
"$root/herald" --version > /dev/null # builds where needed, outside the clock
cp="$(cat "$root/herald-app/target/herald.classpath")"
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" > /dev/null 2>&1; t1=$(date +%s.%N)
  awk -v a="$t1" -v b="$t0" 'BEGIN { printf "%.2f\n", a - b }'; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# the first analyze after a build writes the launcher's class archive (herald-app/target/herald.jsa)
# as it exits; every later start reads it. That first run is timed apart.
rm -f "$root/herald-app/target/herald.jsa"
first=$(seconds "$root/herald" analyze --local "$work/one.txt")
plain=$(for i in $(seq "$runs"); do seconds java -Xmx6g -cp "$cp" edu.stanford.nlp.pipeline.StanfordCoreNLP \
  -props german -annotators tokenize,ssplit,mwt,pos,ner,depparse -file "$work/one.txt" \
  -outputFormat json -outputDirectory "$work"; done | median)
cold=$(for i in $(seq "$runs"); do seconds "$root/herald" analyze --local "$work/one.txt"; done | median)
echo "plain CoreNLP, German pipeline loaded and one sentence annotated: $plain s"
echo "herald analyze, one sentence, the first after a build (writes the class archive): $first s"
echo "herald analyze, one sentence, no server running: $cold s"
echo "ratio herald/corenlp $(awk -v a="$cold" -v b="$plain" 'BEGIN { printf "%.2f", a / b }')"
"$root/herald" ingest --no-nlp --data "$work/data" "$work/one.txt" > /dev/null
"$root/herald" serve --port 0 --data "$work/data" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
# the server loads its models in the background: wait until an analysis comes back fast
for i in $(seq 60); do
  t=$(seconds "$root/herald" analyze --data "$work/data" "$work/one.txt")
  if awk -v t="$t" 'BEGIN { exit !(t < 2) }'; then break; fi
  sleep 2
done
sleep 30 # the other language's models, still loading, share the two cores
warm=$(for i in $(seq "$runs"); do seconds "$root/herald" analyze --data "$work/data" "$work/one.txt"; done | median)
echo "herald analyze, one sentence, through the running serve: $warm s"
