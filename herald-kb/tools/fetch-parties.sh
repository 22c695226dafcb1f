#!/usr/bin/env bash
# Exports the Party Facts data files of parties.tsv at the commit it was built from, for
# org.herald.kb.tools.PartyConverter. Only data files are taken, never the repository's code.
# Party Facts (https://partyfacts.org), repository hdigital/partyfactsdata, MIT licence
# (Copyright (c) 2022 Party Facts authors; see NOTICE).
#
#   herald-kb/tools/fetch-parties.sh OUT_DIR [MIRROR_DIR]
#
# OUT_DIR receives partyfacts-core-parties.csv (the core parties: country, names, years, vote
# share) and wikidata.csv (their Wikidata ids and English Wikipedia names). MIRROR_DIR, if given,
# holds bare clones as MIRROR_DIR/OWNER+NAME/repo (as a local mirror lays them out); otherwise
# the repository is cloned (bare) from GitHub into OUT_DIR/.git-cache.
set -euo pipefail
out="${1:?usage: fetch-parties.sh OUT_DIR [MIRROR_DIR]}"
mirror="${2:-}"
repo=hdigital/partyfactsdata
commit=764de8978f84ba41a1c88752d6a00b9a4d05f599
mkdir -p "$out"
if [ -n "$mirror" ] && [ -d "$mirror/${repo/\//+}/repo" ]; then
  gitdir="$mirror/${repo/\//+}/repo"
else
  gitdir="$out/.git-cache/${repo/\//+}.git"
  [ -d "$gitdir" ] || git clone -q --bare "https://github.com/$repo.git" "$gitdir"
fi
git --git-dir="$gitdir" show "$commit:import/elecglob/partyfacts-core-parties.csv" \
  > "$out/partyfacts-core-parties.csv"
git --git-dir="$gitdir" show "$commit:import/wikipedia/wikidata.csv" > "$out/wikidata.csv"
git --git-dir="$gitdir" show "$commit:LICENSE.md" > "$out/LICENSE.md"
echo "exported to $out: $(ls "$out" | tr '\n' ' ')"
