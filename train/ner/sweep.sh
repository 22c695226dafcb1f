#!/usr/bin/env bash
# Trains several settings of Herald's German entity tagger at once (on a GPU, where one is lent)
# and packs each run's best epoch, settings and log as OUT/run-NAME.tar for train.py --search and
# --members (train.sh says how the chosen runs become Herald's tagger).
#   train/ner/sweep.sh DATA OUT MINUTES
# DATA holds train.iob2, dev.tsv (GermEval 2014), train.pos, dev.pos, train.dict, dev.dict,
# vectors.txt (./herald train ner-data) and classes.tsv (its german-word-classes.tsv.gz
# unpacked), each also accepted gzipped. Each run starts no epoch after MINUTES minutes.
set -euo pipefail
data="$1"
out="$2"
minutes="$3"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
for f in train.iob2 dev.tsv train.pos dev.pos train.dict dev.dict vectors.txt classes.tsv; do
  if [ -f "$data/$f.gz" ]; then gunzip -c "$data/$f.gz" > "$work/$f"; else cp "$data/$f" "$work/$f"; fi
done
common=(--train "$work/train.iob2" --train-pos "$work/train.pos" --train-dict "$work/train.dict"
  --dev "$work/dev.tsv" --dev-pos "$work/dev.pos" --dev-dict "$work/dev.dict"
  --classes "$work/classes.tsv" --vectors "$work/vectors.txt" --epochs 80 --minutes "$minutes")
# name, then its settings
runs=(
  "soft128|"
  "crf128|--crf"
  "crf128wd|--crf --word-dropout 0.05 --seed 2"
  "crf256wd|--crf --hidden 256 --word-dropout 0.05 --seed 4"
  "crf2x128wd|--crf --layers 2 --word-dropout 0.05 --seed 5"
  "crf128wd5|--crf --word-dropout 0.05 --dropout 0.5 --seed 3"
  "crf192wide|--crf --hidden 192 --word-dim 100 --class-dim 64 --char-filters 64 --word-dropout 0.05 --seed 6"
  "soft128wd|--word-dropout 0.05 --seed 7"
)
pids=()
for r in "${runs[@]}"; do
  name="${r%%|*}"
  # shellcheck disable=SC2206
  extra=(${r#*|})
  python3 "$here/train.py" "${common[@]}" "${extra[@]}" --out "$work/$name" > "$work/$name.out" 2>&1 &
  pids+=($!)
done
status=0
for p in "${pids[@]}"; do wait "$p" || status=1; done
mkdir -p "$out"
for r in "${runs[@]}"; do
  name="${r%%|*}"
  echo "== $name"; tail -n 4 "$work/$name.out"
  if [ -f "$work/$name/best.pt" ]; then
    cp "$work/$name.out" "$work/$name/"
    tar -C "$work" -cf "$out/run-$name.tar" "$name"
  fi
done
exit $status
