#!/usr/bin/python3
"""Trains Herald's German entity tagger on GermEval 2014 and exports it to ONNX.

A bidirectional LSTM over each word's features: the word (lower-cased, digits as 0), its
distributional class (read out of CoreNLP's German NER model), its vector from CoreNLP's German
parser (kept fixed), its shape, its part of speech (CoreNLP's German tagger, as Herald's pipeline
gives it), what LanguageTool's German dictionary says it can be, and a convolution over its
characters; `./herald train ner-data` writes what comes from Java. It predicts IOB2 tags of GermEval's outer level (PER, LOC, ORG,
OTH; *deriv and *part are O); Herald decodes them with the IOB2 constraint (NeuralNer.java).

Run by train/ner/train.sh. Tuned on GermEval dev only; test is never read here.
"""
import argparse
import collections
import hashlib
import json
import os
import random
import sys
import time

import torch
import torch.nn as nn

TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-OTH", "I-OTH"]
CASES = ["lower", "capital", "upper", "digit", "mixed", "punct", "other"]
MAX_CHARS = 24
STRAY = {"\u0096": "\u2013", "\u0080": "\u20ac", "\u0092": "\u2019"}


def clean(word):
    for k, v in STRAY.items():
        word = word.replace(k, v)
    word = word.replace("\u00ad", "")
    return word or "-"


def outer(tag):
    if tag == "O" or len(tag) < 3:
        return "O"
    kind = tag[2:]
    if kind not in ("PER", "LOC", "ORG", "OTH"):
        return "O"
    return tag[:2] + kind


def read_gold(path, word_col):
    """A GermEval file as sentences of (word, outer tag): the training split has the word in
    column 0 ('word<TAB>outer<TAB>inner'), dev and test in column 1 after an index, with '#'
    comment lines."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#") and word_col > 0:
                continue
            if not line.strip():
                if cur:
                    sents.append(cur)
                cur = []
                continue
            cols = line.split("\t")
            cur.append((clean(cols[word_col]), outer(cols[word_col + 1])))
    if cur:
        sents.append(cur)
    return sents


def read_per_word(path, sents):
    """A value per word (a part of speech, a dictionary class), one a line in the order of the words, blank lines between sentences."""
    tags, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    tags.append(cur)
                cur = []
            else:
                cur.append(line)
    if cur:
        tags.append(cur)
    assert len(tags) == len(sents), (path, len(tags), len(sents))
    for s, t in zip(sents, tags):
        assert len(s) == len(t), (path, s, t)
    return tags


def norm(word):
    return "".join("0" if c.isdigit() else c for c in word.lower())


def case(word):
    if any(c.isdigit() for c in word):
        return 3
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return 5 if word and not any(c.isalnum() for c in word) else 6
    if all(c.islower() for c in letters):
        return 0
    if all(c.isupper() for c in letters):
        return 2
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return 1
    return 4


def chars(word):
    if len(word) > MAX_CHARS:
        word = word[: MAX_CHARS // 2] + word[-MAX_CHARS // 2:]
    return word


class Tagger(nn.Module):
    def __init__(self, n_words, n_classes, n_pos, n_chars, n_dict, vectors, a):
        super().__init__()
        self.word = nn.Embedding(n_words, a.word_dim, padding_idx=0)
        self.vec = nn.Embedding.from_pretrained(vectors, freeze=True, padding_idx=0)
        self.dict = nn.Embedding(n_dict, 16, padding_idx=0)
        self.cls = nn.Embedding(n_classes, a.class_dim, padding_idx=0)
        self.case = nn.Embedding(len(CASES) + 1, 8, padding_idx=0)
        self.pos = nn.Embedding(n_pos, 16, padding_idx=0)
        self.char = nn.Embedding(n_chars, a.char_dim, padding_idx=0)
        self.conv = nn.Conv1d(a.char_dim, a.char_filters, 3, padding=1)
        width = a.word_dim + a.class_dim + 8 + 16 + a.char_filters + vectors.shape[1] + 16
        self.drop = nn.Dropout(a.dropout)
        self.lstm = nn.LSTM(width, a.hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * a.hidden, len(TAGS))

    def forward(self, words, classes, cases, pos, char_ids, dict_ids, vec_ids):
        b, t, c = char_ids.shape
        ch = self.char(char_ids.reshape(b * t, c)).transpose(1, 2)
        ch = torch.relu(self.conv(ch)).max(dim=2).values.reshape(b, t, -1)
        x = torch.cat([self.word(words), self.cls(classes), self.case(cases), self.pos(pos), ch,
                       self.dict(dict_ids), self.vec(vec_ids)], 2)
        h, _ = self.lstm(self.drop(x))
        return self.out(self.drop(h))


def spans(tags):
    out, start, kind = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        k = t[2:] if t != "O" else None
        if kind is not None and (k is None or t.startswith("B-") or k != kind):
            out.add((start, i, kind))
            kind = None
        if k is not None and kind is None:
            start, kind = i, k
    return out


def decode(scores):
    """Best IOB2 sequence: an I- tag only after the B- or I- tag of its type."""
    n = len(TAGS)
    allowed = [[not (TAGS[j].startswith("I-") and TAGS[i][2:] != TAGS[j][2:]) for j in range(n)]
               for i in range(n)]
    start_ok = [not t.startswith("I-") for t in TAGS]
    neg = float("-inf")
    best = [scores[0][j] if start_ok[j] else neg for j in range(n)]
    back = []
    for row in scores[1:]:
        nb, bp = [], []
        for j in range(n):
            v, arg = neg, 0
            for i in range(n):
                if allowed[i][j] and best[i] + row[j] > v:
                    v, arg = best[i] + row[j], i
            nb.append(v)
            bp.append(arg)
        best, back = nb, back + [bp]
    j = max(range(n), key=lambda k: best[k])
    path = [j]
    for bp in reversed(back):
        j = bp[j]
        path.append(j)
    return [TAGS[k] for k in reversed(path)]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--train", required=True)
    p.add_argument("--train-pos", required=True)
    p.add_argument("--dev", required=True)
    p.add_argument("--dev-pos", required=True)
    p.add_argument("--classes", required=True, help="word<TAB>class lines")
    p.add_argument("--train-dict", required=True, help="dictionary signature of each word")
    p.add_argument("--dev-dict", required=True)
    p.add_argument("--vectors", required=True, help="word and its vector a line (CoreNLP's German parser)")
    p.add_argument("--out", required=True, help="directory for the model and its vocabularies")
    p.add_argument("--epochs", type=int, default=8,
                   help="0 exports the best epoch a stopped run saved in --out")
    p.add_argument("--word-dim", type=int, default=64)
    p.add_argument("--class-dim", type=int, default=48)
    p.add_argument("--char-dim", type=int, default=24)
    p.add_argument("--char-filters", type=int, default=48)
    p.add_argument("--hidden", type=int, default=128)
    p.add_argument("--dropout", type=float, default=0.4)
    p.add_argument("--lr", type=float, default=0.002)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--min-count", type=int, default=2)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    torch.manual_seed(a.seed)
    random.seed(a.seed)
    torch.set_num_threads(a.threads)

    train = read_gold(a.train, 0)
    dev = read_gold(a.dev, 1)
    train_pos = read_per_word(a.train_pos, train)
    dev_pos = read_per_word(a.dev_pos, dev)
    train_dict = read_per_word(a.train_dict, train)
    dev_dict = read_per_word(a.dev_dict, dev)
    vec_words, vec_rows = ["<pad>", "<unk>"], [None, None]
    with open(a.vectors, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split(" ")
            vec_words.append(parts[0])
            vec_rows.append([float(x) for x in parts[1:]])
    dim = len(vec_rows[2])
    vec_rows[0] = [0.0] * dim
    vec_rows[1] = [0.0] * dim
    vectors = torch.tensor(vec_rows)
    vi = {}
    for i, w in enumerate(vec_words):
        if i > 1:
            vi.setdefault(w, i)
    for i, w in enumerate(vec_words):
        if i > 1:
            vi.setdefault(w.lower(), i)
    lexicon = {}
    with open(a.classes, encoding="utf-8") as f:
        for line in f:
            w, c = line.rstrip("\n").split("\t")
            lexicon[w] = c

    counts = collections.Counter(norm(w) for s in train for w, _ in s)
    words = ["<pad>", "<unk>"] + sorted(w for w, n in counts.items() if n >= a.min_count)
    classes = ["<pad>", "<unk>"] + sorted(set(lexicon.values()))
    pos_tags = ["<pad>", "<unk>"] + sorted({t for s in train_pos for t in s})
    dict_counts = collections.Counter(t for s in train_dict for t in s)
    dict_tags = ["<pad>", "<unk>"] + sorted(t for t, n in dict_counts.items() if n >= 5)
    di = {t: i for i, t in enumerate(dict_tags)}
    char_counts = collections.Counter(c for s in train for w, _ in s for c in w)
    char_list = ["<pad>", "<unk>"] + sorted(c for c, n in char_counts.items() if n >= 2)
    wi = {w: i for i, w in enumerate(words)}
    ci = {c: i for i, c in enumerate(classes)}
    pi = {t: i for i, t in enumerate(pos_tags)}
    chi = {c: i for i, c in enumerate(char_list)}
    ti = {t: i for i, t in enumerate(TAGS)}

    def vec_id(w):
        i = vi.get(w)
        return i if i is not None else vi.get(w.lower(), 1)

    def encode(sent, pos, dic):
        ws = [w for w, _ in sent]
        return (
            [wi.get(norm(w), 1) for w in ws],
            [ci.get(lexicon.get(w), 1) for w in ws],
            [case(w) + 1 for w in ws],
            [pi.get(t, 1) for t in pos],
            [[chi.get(c, 1) for c in chars(w)] for w in ws],
            [ti[t] for _, t in sent],
            [di.get(t, 1) for t in dic],
            [vec_id(w) for w in ws],
        )

    def batch(items):
        t = max(len(x[0]) for x in items)
        c = max(len(ch) for x in items for ch in x[4])
        out = [torch.zeros(len(items), t, dtype=torch.long) for _ in range(4)]
        chars_t = torch.zeros(len(items), t, c, dtype=torch.long)
        gold = torch.full((len(items), t), -100, dtype=torch.long)
        extra = [torch.zeros(len(items), t, dtype=torch.long) for _ in range(2)]
        for b, x in enumerate(items):
            n = len(x[0])
            for k in range(4):
                out[k][b, :n] = torch.tensor(x[k])
            for i, ch in enumerate(x[4]):
                chars_t[b, i, : len(ch)] = torch.tensor(ch)
            gold[b, :n] = torch.tensor(x[5])
            extra[0][b, :n] = torch.tensor(x[6])
            extra[1][b, :n] = torch.tensor(x[7])
        return out + [chars_t] + extra, gold

    enc_train = [encode(s, p, d) for s, p, d in zip(train, train_pos, train_dict)]
    enc_dev = [encode(s, p, d) for s, p, d in zip(dev, dev_pos, dev_dict)]
    model = Tagger(len(words), len(classes), len(pos_tags), len(char_list), len(dict_tags),
                   vectors, a)
    opt = torch.optim.Adam(model.parameters(), lr=a.lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 1.0 / (1 + 0.1 * e))
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)

    def evaluate():
        model.eval()
        tp = fp = fn = 0
        with torch.no_grad():
            for s, x in zip(dev, enc_dev):
                inputs, _ = batch([x])
                scores = torch.log_softmax(model(*inputs)[0], dim=1).tolist()
                pred = spans(decode(scores))
                gold = spans([t for _, t in s])
                tp += len(pred & gold)
                fp += len(pred - gold)
                fn += len(gold - pred)
        model.train()
        pr = tp / max(1, tp + fp)
        rc = tp / max(1, tp + fn)
        return 2 * pr * rc / max(1e-9, pr + rc)

    best, best_epoch, log = -1.0, 0, []
    os.makedirs(a.out, exist_ok=True)
    if a.epochs > 0 and os.path.exists(os.path.join(a.out, "train-log.txt")):
        os.remove(os.path.join(a.out, "train-log.txt"))
    order = sorted(range(len(enc_train)), key=lambda i: (len(enc_train[i][0]), random.random()))
    batches = [batch([enc_train[i] for i in order[k:k + a.batch]])
               for k in range(0, len(order), a.batch)]
    for epoch in range(1, a.epochs + 1):
        t0 = time.time()
        random.shuffle(batches)
        total = 0.0
        for inputs, gold in batches:
            opt.zero_grad()
            logits = model(*inputs)
            loss = loss_fn(logits.reshape(-1, len(TAGS)), gold.reshape(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += loss.item()
        sched.step()
        f1 = evaluate()
        line = f"epoch {epoch} loss {total / len(batches):.4f} dev F1 {f1:.4f} {time.time() - t0:.0f} s"
        print(line, flush=True)
        with open(os.path.join(a.out, "train-log.txt"), "a", encoding="utf-8") as f:
            f.write(line + "\n")
        if f1 > best:
            best, best_epoch = f1, epoch
            torch.save(model.state_dict(), os.path.join(a.out, "best.pt"))

    # With --epochs 0 a run stopped early is exported from the best epoch it saved.
    log_path = os.path.join(a.out, "train-log.txt")
    if os.path.exists(log_path):
        with open(log_path, encoding="utf-8") as f:
            log = [line.rstrip("\n") for line in f]
        scores = [(float(line.split()[6]), int(line.split()[1])) for line in log]
        best, best_epoch = max(scores)
    model.load_state_dict(torch.load(os.path.join(a.out, "best.pt")))
    model.eval()
    example, _ = batch([enc_dev[0]])
    torch.onnx.export(model, tuple(example), os.path.join(a.out, "german-ner.onnx"),
                      input_names=["words", "classes", "cases", "pos", "chars", "dict", "vectors"],
                      output_names=["scores"], opset_version=13,
                      dynamic_axes={"words": {0: "b", 1: "t"}, "classes": {0: "b", 1: "t"},
                                    "cases": {0: "b", 1: "t"}, "pos": {0: "b", 1: "t"},
                                    "chars": {0: "b", 1: "t", 2: "c"}, "dict": {0: "b", 1: "t"},
                                    "vectors": {0: "b", 1: "t"}, "scores": {0: "b", 1: "t"}})
    os.remove(os.path.join(a.out, "best.pt"))

    def write(name, items):
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            for x in items:
                f.write(x + "\n")

    write("words.txt", words)
    write("classes.txt", classes)
    write("pos.txt", pos_tags)
    write("chars.txt", [c if c not in ("\n",) else "\\n" for c in char_list])
    write("tags.txt", TAGS)
    write("dict.txt", dict_tags)
    write("vector-words.txt", vec_words)

    def sha(path):
        return hashlib.sha256(open(path, "rb").read()).hexdigest()

    report = {
        "trained": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "train": {"file": os.path.basename(a.train), "sha256": sha(a.train), "sentences": len(train)},
        "dev": {"file": os.path.basename(a.dev), "sha256": sha(a.dev), "sentences": len(dev)},
        "classes": {"sha256": sha(a.classes), "words": len(lexicon)},
        "vectors": {"sha256": sha(a.vectors), "words": len(vec_words) - 2},
        "settings": {k: v for k, v in vars(a).items()
                     if k not in ("train", "train_pos", "dev", "dev_pos", "classes", "out",
                                  "train_dict", "dev_dict", "vectors")},
        "torch": torch.__version__,
        "best_epoch": best_epoch,
        "dev_f1": round(best, 4),
        "log": log,
    }
    with open(os.path.join(a.out, "german-ner.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"best dev F1 {best:.4f} at epoch {best_epoch}")


if __name__ == "__main__":
    sys.exit(main())
