#!/usr/bin/env bash
# Trains Herald's German entity tagger on GermEval 2014 and installs it into herald-nlp.
#   train/ner/train.sh [SHARED_DATA_DIR]     (default ../shared/data)
# Needs Python 3 with PyTorch and ONNX (Debian: apt-get install python3-torch python3-onnx).
# The tagger is an ensemble of two BiLSTM-CRF runs (the settings train/ner/sweep.sh found best on
# dev, see docs/EVALUATION.md): 18 and 17 epochs, each kept at its best dev epoch. On a GPU that is
# about 8 minutes; on two CPU cores some hours. Trains on the training split, picks epochs and the
# ensemble by dev F1, never reads test. The settings, logs and data's checksums go into
# german-ner.json. A GPU's arithmetic is not bit-for-bit repeatable, so a rerun gives a tagger of
# about the same dev F1, not the same file.
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:-../shared/data}/germeval2014"
work="target/train-ner"
res="herald-nlp/src/main/resources/org/herald/nlp/ner"
python="${PYTHON:-python3}"
mkdir -p "$work" "$res"
./herald train ner-data "$data/NER-de-train.iob2" "$data/NER-de-dev.tsv" "$work"
gunzip -c "$work/german-word-classes.tsv.gz" > "$work/classes.tsv"
common=(--train "$data/NER-de-train.iob2" --train-pos "$work/train.pos"
  --dev "$data/NER-de-dev.tsv" --dev-pos "$work/dev.pos" --classes "$work/classes.tsv"
  --train-dict "$work/train.dict" --dev-dict "$work/dev.dict" --vectors "$work/vectors.txt")
"$python" train/ner/train.py "${common[@]}" --out "$work/crf128" --crf --epochs 18 --seed 1
"$python" train/ner/train.py "${common[@]}" --out "$work/crf2x128wd" --crf --layers 2 \
  --word-dropout 0.05 --epochs 17 --seed 5
"$python" train/ner/train.py "${common[@]}" --out "$work/model" \
  --members "$work/crf128" "$work/crf2x128wd"
cp "$work/model/"{german-ner.onnx,german-ner.json,words.txt,classes.txt,pos.txt,chars.txt,tags.txt,dict.txt,vector-words.txt,transitions.txt} "$res/"
cp "$work/german-word-classes.tsv.gz" "$res/"
echo "installed into $res; rebuild and run ./herald eval ner $data/NER-de-dev.tsv"
