#!/usr/bin/env bash
# The whole pipeline on German news pages against plain CoreNLP: copies PAGES pages (default 200)
# of the trafilatura evaluation set whose region is DE (those of news sites first, then the
# others, each in URL order; the project's held-out pages left out) into target/bench-german,
# then runs `herald bench --baseline corenlp` on them: Herald's whole pipeline (HTML in, events
# out) and plain CoreNLP tokenize..depparse over the texts Herald extracted, both on 2 threads,
# and prints the ratio of the two times. With a third argument `all`, also --parse all.
# Usage: bench/german-pages.sh [PAGES] [REPEAT] [all]   (needs ../shared/data/trafilatura-eval)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$root/../shared/data/trafilatura-eval"
pages="${1:-200}"
repeat="${2:-1}"
work="$root/target/bench-german"
rm -rf "$work" && mkdir -p "$work"
python3 - "$data" "$work" "$pages" <<'EOF'
import json, os, shutil, sys
data, work, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3])
held_out = ("d42c68f1b0f4408b81cf8f00bbe1a631", "de.globalvoices.org.nicaragua", "kas.de-nordmazedonien")
pages = json.load(open(os.path.join(data, "evaldata.json")))
news = ("spiegel", "zeit.de", "faz.net", "sueddeutsche", "tagesschau", "welt.de", "n-tv",
        "focus.de", "stern.de", "tagesspiegel", "taz.de", "handelsblatt", "deutschlandfunk",
        "mdr.de", "ndr.de", "br.de", "swr.de", "wdr.de", "rp-online", "merkur", "fr.de",
        "t-online", "heise")
german = [(u, v) for u, v in sorted(pages.items())
          if v.get("region") == "DE" and not v["file"].startswith(held_out)]
chosen = [v for u, v in german if any(n in u for n in news)]
chosen += [v for u, v in german if not any(n in u for n in news)]
copied = 0
for v in chosen:
    f = os.path.join(data, "html", v["file"] + ".gz")
    if copied < wanted and os.path.exists(f) and not os.path.exists(os.path.join(work, v["file"] + ".gz")):
        shutil.copy(f, work)
        copied += 1
print(f"{copied} German pages in {work}")
EOF
heap="-Xmx3g -Xss4m -XX:+UseParallelGC"
echo "== Herald, --parse needed (the default), $heap"
HERALD_JAVA_OPTS="$heap" "$root/herald" bench --repeat "$repeat" "$work" | tee "$root/target/bench-german-herald.txt"
echo "== plain CoreNLP alone"
"$root/herald" bench --baseline corenlp-alone --repeat "$repeat" "$work" | tee "$root/target/bench-german-corenlp.txt"
awk '/^documents:/ { h = $4 } /^plain CoreNLP:/ { c = $6 }
  END { printf "ratio herald/corenlp %.2f (%s s / %s s)\n", h / c, h, c }' \
  "$root/target/bench-german-herald.txt" "$root/target/bench-german-corenlp.txt"
if [ "${3:-}" = all ]; then
  echo "== Herald, --parse all, $heap"
  HERALD_JAVA_OPTS="$heap" "$root/herald" bench --parse all --repeat "$repeat" "$work"
fi
