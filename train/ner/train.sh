#!/usr/bin/env bash
# Trains Herald's German entity tagger on GermEval 2014 and installs it into herald-nlp.
#   train/ner/train.sh [SHARED_DATA_DIR]     (default ../shared/data)
# Needs Debian's python3-torch and python3-onnx (apt-get install python3-torch python3-onnx)
# and about 45 minutes on two cores (8 epochs). Trains on the training split, picks the epoch by dev F1,
# never reads test. The settings and the data's checksums go into german-ner.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:-../shared/data}/germeval2014"
work="target/train-ner"
res="herald-nlp/src/main/resources/org/herald/nlp/ner"
mkdir -p "$work" "$res"
./herald train ner-data "$data/NER-de-train.iob2" "$data/NER-de-dev.tsv" "$work"
gunzip -c "$work/german-word-classes.tsv.gz" > "$work/classes.tsv"
/usr/bin/python3 train/ner/train.py --train "$data/NER-de-train.iob2" --train-pos "$work/train.pos" \
  --dev "$data/NER-de-dev.tsv" --dev-pos "$work/dev.pos" --classes "$work/classes.tsv" \
  --train-dict "$work/train.dict" --dev-dict "$work/dev.dict" --vectors "$work/vectors.txt" \
  --out "$work/model" "${@:2}"
cp "$work/model/"{german-ner.onnx,german-ner.json,words.txt,classes.txt,pos.txt,chars.txt,tags.txt,dict.txt,vector-words.txt} "$res/"
cp "$work/german-word-classes.tsv.gz" "$res/"
echo "installed into $res; rebuild and run ./herald eval ner $data/NER-de-dev.tsv"
