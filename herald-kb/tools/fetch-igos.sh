#!/usr/bin/env bash
# Exports the SupraVerden data file of igos.tsv at the commit it was built from, for
# org.herald.kb.tools.IgoConverter. Only data files are taken, never the repository's code.
# SupraVerden (https://www.supraverden.com), repository confirmordeny/supraverden, CC BY-SA 4.0
# (Copyright © Confirmordeny 2025–2026; see NOTICE).
#
#   herald-kb/tools/fetch-igos.sh OUT_DIR [MIRROR_DIR]
#
# OUT_DIR receives general_list.yaml (the international organisations: names in many
# languages, abbreviations, Wikidata ids, family, type) and the licence. MIRROR_DIR, if given,
# holds bare clones as MIRROR_DIR/OWNER+NAME/repo (as a local mirror lays them out); otherwise
# the repository is cloned (bare) from GitHub into OUT_DIR/.git-cache.
set -euo pipefail
out="${1:?usage: fetch-igos.sh OUT_DIR [MIRROR_DIR]}"
mirror="${2:-}"
repo=confirmordeny/supraverden
commit=59ab4fa0f92f3c75bb45e230908e612f15e8dbdf
mkdir -p "$out"
if [ -n "$mirror" ] && [ -d "$mirror/${repo/\//+}/repo" ]; then
  gitdir="$mirror/${repo/\//+}/repo"
else
  gitdir="$out/.git-cache/${repo/\//+}.git"
  [ -d "$gitdir" ] || git clone -q --bare "https://github.com/$repo.git" "$gitdir"
fi
git --git-dir="$gitdir" show "$commit:data/general_list.yaml" > "$out/general_list.yaml"
git --git-dir="$gitdir" show "$commit:LICENSE.md" > "$out/LICENSE.md"
echo "exported to $out: $(ls "$out" | tr '\n' ' ')"
