#!/usr/bin/python3
"""Trains Herald's German entity tagger on GermEval 2014 and exports it to ONNX.

A bidirectional LSTM over each word's features: the word (lower-cased, digits as 0), its
distributional class (read out of CoreNLP's German NER model), its vector from CoreNLP's German
parser (kept fixed), its shape, its part of speech (CoreNLP's German tagger, as Herald's pipeline
gives it), what LanguageTool's German dictionary says it can be, and a convolution over its
characters; `./herald train ner-data` writes what comes from Java. It predicts IOB2 tags of GermEval's outer level (PER, LOC, ORG,
OTH; *deriv and *part are O); Herald decodes them with the IOB2 constraint (NeuralNer.java),
adding the transition scores of transitions.txt when the tagger was trained with a CRF output.

Several runs (each its own --out) can be exported as one ensemble (--members): their tag scores
are averaged in one ONNX graph that shares the fixed parser vectors.

Run by train/ner/train.sh. Tuned on GermEval dev only; test is never read here.
"""
import argparse
import collections
import hashlib
import json
import os
import random
import sys
import itertools
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
        self.crf = a.crf
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
        self.lstm = nn.LSTM(width, a.hidden, num_layers=a.layers, batch_first=True,
                            bidirectional=True, dropout=a.dropout if a.layers > 1 else 0.0)
        self.out = nn.Linear(2 * a.hidden, len(TAGS))
        # A linear-chain CRF's transition scores (--crf): row n is the start, column n the end.
        n = len(TAGS)
        self.trans = nn.Parameter(torch.zeros(n + 1, n + 1), requires_grad=a.crf)

    def forward(self, words, classes, cases, pos, char_ids, dict_ids, vec_ids):
        b, t, c = char_ids.shape
        ch = self.char(char_ids.reshape(b * t, c)).transpose(1, 2)
        ch = torch.relu(self.conv(ch)).max(dim=2).values.reshape(b, t, -1)
        x = torch.cat([self.word(words), self.cls(classes), self.case(cases), self.pos(pos), ch,
                       self.dict(dict_ids), self.vec(vec_ids)], 2)
        h, _ = self.lstm(self.drop(x))
        return self.out(self.drop(h))

    def scores(self, *inputs):
        """What Herald decodes: log-probabilities of the tags, or a CRF's emission scores."""
        out = self(*inputs)
        return out if self.crf else torch.log_softmax(out, dim=2)


class Ensemble(nn.Module):
    """Several taggers as one: the mean of their scores."""

    def __init__(self, members):
        super().__init__()
        self.members = nn.ModuleList(members)

    def forward(self, *inputs):
        return torch.stack([m.scores(*inputs) for m in self.members]).mean(dim=0)


def constraint():
    """-10000 where IOB2 forbids a transition (an I- tag after anything but its own type), else 0;
    row n is the start."""
    n = len(TAGS)
    c = torch.zeros(n + 1, n + 1)
    for j in range(n):
        if TAGS[j].startswith("I-"):
            for i in range(n + 1):
                if i == n or TAGS[i][2:] != TAGS[j][2:]:
                    c[i, j] = -10000.0
    return c


def crf_loss(emissions, gold, trans):
    """Negative log-likelihood of the gold tags under a linear-chain CRF, per word."""
    n = len(TAGS)
    mask = gold >= 0
    y = gold.clamp(min=0)
    start, end, tr = trans[n, :n], trans[:n, n], trans[:n, :n]
    score = start[y[:, 0]] + emissions[:, 0].gather(1, y[:, :1]).squeeze(1)
    alpha = start + emissions[:, 0]
    for t in range(1, emissions.shape[1]):
        m = mask[:, t]
        step = tr[y[:, t - 1], y[:, t]] + emissions[:, t].gather(1, y[:, t:t + 1]).squeeze(1)
        score = score + step * m
        nxt = torch.logsumexp(alpha.unsqueeze(2) + tr.unsqueeze(0), dim=1) + emissions[:, t]
        alpha = torch.where(m.unsqueeze(1), nxt, alpha)
    last = y.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
    score = score + end[last]
    log_z = torch.logsumexp(alpha + end, dim=1)
    return (log_z - score).sum() / mask.sum()


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


def decode(scores, trans):
    """Best tag sequence under the transition scores (row n the start, column n the end), which
    hold the IOB2 constraint: an I- tag only after the B- or I- tag of its type."""
    n = len(TAGS)
    best = [trans[n][j] + scores[0][j] for j in range(n)]
    back = []
    for row in scores[1:]:
        nb, bp = [], []
        for j in range(n):
            v, arg = float("-inf"), 0
            for i in range(n):
                w = best[i] + trans[i][j]
                if w > v:
                    v, arg = w, i
            nb.append(v + row[j])
            bp.append(arg)
        best, back = nb, back + [bp]
    j = max(range(n), key=lambda k: best[k] + trans[k][n])
    path = [j]
    for bp in reversed(back):
        j = bp[j]
        path.append(j)
    return [TAGS[k] for k in reversed(path)]


def repaired(tags):
    """Gold tags with an I- tag that does not follow its own type made a B- tag (the outer level
    of a *deriv or *part tag can leave one)."""
    out = []
    for t in tags:
        if t.startswith("I-") and (not out or out[-1][2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
    return out


class Data:
    """The training and dev sentences, the vocabularies and the encoding of a sentence."""

    def __init__(self, a):
        self.train = read_gold(a.train, 0)
        self.dev = read_gold(a.dev, 1)
        train_pos = read_per_word(a.train_pos, self.train)
        dev_pos = read_per_word(a.dev_pos, self.dev)
        train_dict = read_per_word(a.train_dict, self.train)
        dev_dict = read_per_word(a.dev_dict, self.dev)
        self.vec_words, vec_rows = ["<pad>", "<unk>"], [None, None]
        with open(a.vectors, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split(" ")
                self.vec_words.append(parts[0])
                vec_rows.append([float(x) for x in parts[1:]])
        dim = len(vec_rows[2])
        vec_rows[0] = [0.0] * dim
        vec_rows[1] = [0.0] * dim
        self.vectors = torch.tensor(vec_rows)
        self.vi = {}
        for i, w in enumerate(self.vec_words):
            if i > 1:
                self.vi.setdefault(w, i)
        for i, w in enumerate(self.vec_words):
            if i > 1:
                self.vi.setdefault(w.lower(), i)
        self.lexicon = {}
        with open(a.classes, encoding="utf-8") as f:
            for line in f:
                w, c = line.rstrip("\n").split("\t")
                self.lexicon[w] = c
        counts = collections.Counter(norm(w) for s in self.train for w, _ in s)
        self.words = ["<pad>", "<unk>"] + sorted(w for w, n in counts.items() if n >= a.min_count)
        self.classes = ["<pad>", "<unk>"] + sorted(set(self.lexicon.values()))
        self.pos_tags = ["<pad>", "<unk>"] + sorted({t for s in train_pos for t in s})
        dict_counts = collections.Counter(t for s in train_dict for t in s)
        self.dict_tags = ["<pad>", "<unk>"] + sorted(t for t, n in dict_counts.items() if n >= 5)
        char_counts = collections.Counter(c for s in self.train for w, _ in s for c in w)
        self.char_list = ["<pad>", "<unk>"] + sorted(c for c, n in char_counts.items() if n >= 2)
        self.index = tuple({x: i for i, x in enumerate(v)} for v in (
            self.words, self.classes, self.pos_tags, self.char_list, TAGS, self.dict_tags))
        self.enc_train = [self.encode(s, p, d) for s, p, d in zip(self.train, train_pos, train_dict)]
        self.enc_dev = [self.encode(s, p, d) for s, p, d in zip(self.dev, dev_pos, dev_dict)]

    def encode(self, sent, pos, dic):
        wi, ci, pi, chi, ti, di = self.index
        ws = [w for w, _ in sent]
        return (
            [wi.get(norm(w), 1) for w in ws],
            [ci.get(self.lexicon.get(w), 1) for w in ws],
            [case(w) + 1 for w in ws],
            [pi.get(t, 1) for t in pos],
            [[chi.get(c, 1) for c in chars(w)] for w in ws],
            [ti[t] for t in repaired([t for _, t in sent])],
            [di.get(t, 1) for t in dic],
            [self.vec_id(w) for w in ws],
        )

    def vec_id(self, w):
        i = self.vi.get(w)
        return i if i is not None else self.vi.get(w.lower(), 1)

    def model(self, a):
        return Tagger(len(self.words), len(self.classes), len(self.pos_tags), len(self.char_list),
                      len(self.dict_tags), self.vectors, a)


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


def evaluate(model, trans, data, device):
    """Dev F1 of strict outer spans, decoded as Herald decodes (batched forward, per-sentence
    Viterbi)."""
    model.eval()
    tp = fp = fn = 0
    t = (trans + constraint()).tolist()
    order = sorted(range(len(data.dev)), key=lambda i: len(data.dev[i]))
    with torch.no_grad():
        for k in range(0, len(order), 256):
            idx = order[k:k + 256]
            inputs, _ = batch([data.enc_dev[i] for i in idx])
            out = model(*[x.to(device) for x in inputs]).float().cpu()
            for b, i in enumerate(idx):
                n = len(data.dev[i])
                pred = spans(decode(out[b, :n].tolist(), t))
                gold = spans([g for _, g in data.dev[i]])
                tp += len(pred & gold)
                fp += len(pred - gold)
                fn += len(gold - pred)
    pr = tp / max(1, tp + fp)
    rc = tp / max(1, tp + fn)
    return 2 * pr * rc / max(1e-9, pr + rc)


def train(a, data, device):
    model = data.model(a).to(device)
    params = [p for name, p in model.named_parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=a.lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 1.0 / (1 + a.lr_decay * e))
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    constraint_d = constraint().to(device)
    best = -1.0
    os.makedirs(a.out, exist_ok=True)
    settings = {k: v for k, v in vars(a).items() if k not in PATHS}
    with open(os.path.join(a.out, "settings.json"), "w", encoding="utf-8") as f:
        json.dump(settings, f, indent=1)
        f.write("\n")
    log_path = os.path.join(a.out, "train-log.txt")
    if os.path.exists(log_path):
        os.remove(log_path)
    began = time.time()
    order = sorted(range(len(data.enc_train)), key=lambda i: (len(data.enc_train[i][0]), random.random()))
    batches = []
    for k in range(0, len(order), a.batch):
        inputs, gold = batch([data.enc_train[i] for i in order[k:k + a.batch]])
        batches.append(([x.to(device) for x in inputs], gold.to(device)))
    for epoch in range(1, a.epochs + 1):
        if a.minutes and time.time() - began > a.minutes * 60:
            print(f"stopped after {epoch - 1} epochs: --minutes {a.minutes} spent", flush=True)
            break
        t0 = time.time()
        model.train()
        random.shuffle(batches)
        total = 0.0
        for inputs, gold in batches:
            inputs = list(inputs)
            if a.word_dropout > 0:
                drop = (torch.rand(inputs[0].shape, device=device) < a.word_dropout) & (inputs[0] > 1)
                inputs[0] = inputs[0].masked_fill(drop, 1)
                inputs[6] = inputs[6].masked_fill(drop, 1)
            opt.zero_grad()
            logits = model(*inputs)
            if a.crf:
                loss = crf_loss(logits, gold, model.trans + constraint_d)
            else:
                loss = loss_fn(logits.reshape(-1, len(TAGS)), gold.reshape(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(params, 5.0)
            opt.step()
            total += loss.item()
        sched.step()
        f1 = evaluate(Ensemble([model]), model.trans.detach().cpu(), data, device)
        line = f"epoch {epoch} loss {total / len(batches):.4f} dev F1 {f1:.4f} {time.time() - t0:.0f} s"
        print(line, flush=True)
        with open(log_path, "a", encoding="utf-8") as f:
            f.write(line + "\n")
        if f1 > best:
            best = f1
            state = {k: v.detach().cpu() for k, v in model.state_dict().items() if k != "vec.weight"}
            torch.save(state, os.path.join(a.out, "best.pt"))


PATHS = ("train", "train_pos", "dev", "dev_pos", "classes", "out", "train_dict", "dev_dict",
         "vectors", "members", "search")


def member(data, run_dir):
    """A trained run (its best epoch) as a tagger, with its settings and log."""
    with open(os.path.join(run_dir, "settings.json"), encoding="utf-8") as f:
        settings = json.load(f)
    model = data.model(argparse.Namespace(**settings))
    missing, unexpected = model.load_state_dict(
        torch.load(os.path.join(run_dir, "best.pt"), map_location="cpu"), strict=False)
    assert missing == ["vec.weight"] and not unexpected, (missing, unexpected)
    model.eval()
    with open(os.path.join(run_dir, "train-log.txt"), encoding="utf-8") as f:
        log = [line.rstrip("\n") for line in f if line.strip()]
    return model, settings, log


def ensemble(members):
    """Runs loaded by member() as one tagger, with their mean transition scores."""
    crf = {m[1]["crf"] for m in members}
    assert len(crf) == 1, "an ensemble is of CRF taggers only or of softmax taggers only"
    models = [m[0] for m in members]
    for m in models[1:]:
        m.vec = models[0].vec
    trans = torch.stack([m.trans.detach() for m in models]).mean(dim=0)
    return Ensemble(models), trans


def search(data, runs, size, device):
    """Dev F1 of each run and of each ensemble of up to SIZE runs of one output kind."""
    loaded = {r: member(data, r) for r in runs}
    results = []
    for k in range(1, size + 1):
        for combo in itertools.combinations(runs, k):
            try:
                model, trans = ensemble([loaded[r] for r in combo])
            except AssertionError:
                continue
            f1 = evaluate(model.to(device), trans, data, device)
            results.append((f1, combo))
            print(f"{f1:.4f} {' + '.join(os.path.basename(r.rstrip('/')) for r in combo)}", flush=True)
    best = max(results)
    print(f"best {best[0]:.4f} {' + '.join(best[1])}")


def export(a, data):
    members = [member(data, r) for r in a.members]
    model, trans = ensemble(members)
    f1 = evaluate(model, trans, data, "cpu")
    os.makedirs(a.out, exist_ok=True)
    example, _ = batch([data.enc_dev[0]])
    torch.onnx.export(model, tuple(example), os.path.join(a.out, "german-ner.onnx"),
                      input_names=["words", "classes", "cases", "pos", "chars", "dict", "vectors"],
                      output_names=["scores"], opset_version=13,
                      dynamic_axes={"words": {0: "b", 1: "t"}, "classes": {0: "b", 1: "t"},
                                    "cases": {0: "b", 1: "t"}, "pos": {0: "b", 1: "t"},
                                    "chars": {0: "b", 1: "t", 2: "c"}, "dict": {0: "b", 1: "t"},
                                    "vectors": {0: "b", 1: "t"}, "scores": {0: "b", 1: "t"}})

    def write(name, items):
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            for x in items:
                f.write(x + "\n")

    write("words.txt", data.words)
    write("classes.txt", data.classes)
    write("pos.txt", data.pos_tags)
    write("chars.txt", [c if c not in ("\n",) else "\\n" for c in data.char_list])
    write("tags.txt", TAGS)
    write("dict.txt", data.dict_tags)
    write("vector-words.txt", data.vec_words)
    write("transitions.txt", [" ".join(f"{x:.6f}" for x in row) for row in trans.tolist()])

    def sha(path):
        return hashlib.sha256(open(path, "rb").read()).hexdigest()

    report = {
        "trained": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "train": {"file": os.path.basename(a.train), "sha256": sha(a.train), "sentences": len(data.train)},
        "dev": {"file": os.path.basename(a.dev), "sha256": sha(a.dev), "sentences": len(data.dev)},
        "classes": {"sha256": sha(a.classes), "words": len(data.lexicon)},
        "vectors": {"sha256": sha(a.vectors), "words": len(data.vec_words) - 2},
        "torch": torch.__version__,
        "dev_f1": round(f1, 4),
        "members": [{"settings": s, "log": log} for _, s, log in members],
    }
    with open(os.path.join(a.out, "german-ner.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"exported {len(members)} tagger(s), dev F1 {f1:.4f}")


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
    p.add_argument("--out", required=True,
                   help="directory of the run (its best epoch, settings and log), or of the export")
    p.add_argument("--members", nargs="+",
                   help="export these runs' best epochs as one tagger (an ensemble if several) into --out")
    p.add_argument("--search", nargs="+", help="print dev F1 of these runs and their ensembles")
    p.add_argument("--search-size", type=int, default=3)
    p.add_argument("--epochs", type=int, default=8)
    p.add_argument("--minutes", type=float, default=0,
                   help="start no epoch after this many minutes of training (0: no limit)")
    p.add_argument("--word-dim", type=int, default=64)
    p.add_argument("--class-dim", type=int, default=48)
    p.add_argument("--char-dim", type=int, default=24)
    p.add_argument("--char-filters", type=int, default=48)
    p.add_argument("--hidden", type=int, default=128)
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--crf", action="store_true", help="a CRF output layer (learnt transitions)")
    p.add_argument("--word-dropout", type=float, default=0.0,
                   help="share of training words given as unknown (word and parser vector)")
    p.add_argument("--dropout", type=float, default=0.4)
    p.add_argument("--lr", type=float, default=0.002)
    p.add_argument("--lr-decay", type=float, default=0.1)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--min-count", type=int, default=2)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    a = p.parse_args()
    torch.manual_seed(a.seed)
    random.seed(a.seed)
    torch.set_num_threads(a.threads)
    data = Data(a)
    if a.members:
        export(a, data)
    elif a.search:
        search(data, a.search, a.search_size, a.device)
    else:
        train(a, data, a.device)


if __name__ == "__main__":
    sys.exit(main())
