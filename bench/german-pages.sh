#!/usr/bin/env bash
# The whole pipeline on long German news pages: copies 40 pages of the trafilatura evaluation
# set whose region is DE (those of news sites first, then the others, each in URL order) into
# target/bench-german, then runs `herald bench` on them with --parse needed and --parse all.
# Usage: bench/german-pages.sh [REPEAT]   (needs ../shared/data/trafilatura-eval and python3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$root/../shared/data/trafilatura-eval"
repeat="${1:-3}"
work="$root/target/bench-german"
rm -rf "$work" && mkdir -p "$work"
python3 - "$data" "$work" <<'EOF'
import json, os, shutil, sys
data, work = sys.argv[1], sys.argv[2]
pages = json.load(open(os.path.join(data, "evaldata.json")))
news = ("spiegel", "zeit.de", "faz.net", "sueddeutsche", "tagesschau", "welt.de", "n-tv",
        "focus.de", "stern.de", "tagesspiegel", "taz.de", "handelsblatt", "deutschlandfunk",
        "mdr.de", "ndr.de", "br.de", "swr.de", "wdr.de", "rp-online", "merkur", "fr.de",
        "t-online", "heise")
german = [(u, v) for u, v in sorted(pages.items()) if v.get("region") == "DE"]
chosen = [v for u, v in german if any(n in u for n in news)]
chosen += [v for u, v in german if not any(n in u for n in news)]
copied = 0
for v in chosen:
    f = os.path.join(data, "html", v["file"] + ".gz")
    if copied < 40 and os.path.exists(f) and not os.path.exists(os.path.join(work, v["file"] + ".gz")):
        shutil.copy(f, work)
        copied += 1
print(f"{copied} German pages in {work}")
EOF
for parse in needed all; do
  echo "== --parse $parse"
  "$root/herald" bench --parse "$parse" --repeat "$repeat" "$work"
done
