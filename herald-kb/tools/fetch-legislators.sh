#!/usr/bin/env bash
# Exports the snapshots of the US Congress's members that legislators.tsv is built from, for
# org.herald.kb.tools.LegislatorsConverter: legislators-current.yaml of
# https://github.com/unitedstates/congress-legislators (CC0) as it stood at the end of each half
# year since December 2012 (its members who left are in legislators-historical.yaml, which the
# mirror lacks; the snapshots find them while they served). Only the data file is taken.
#
#   herald-kb/tools/fetch-legislators.sh OUT_DIR [MIRROR_DIR]
#
# OUT_DIR receives legislators/DAY.yaml, one file per snapshot. MIRROR_DIR, if given, holds bare
# clones as MIRROR_DIR/OWNER+NAME/repo (as a local mirror lays them out); otherwise the
# repository is cloned (bare) from GitHub into OUT_DIR/.git-cache.
#
# Then: mvn -q -o compile -pl herald-kb && java -cp "herald-kb/target/classes:$(mvn -B -q -o \
#   dependency:build-classpath -pl herald-kb -Dmdep.outputFile=/dev/stdout)" \
#   org.herald.kb.tools.LegislatorsConverter OUT_DIR
set -euo pipefail
out="${1:?usage: fetch-legislators.sh OUT_DIR [MIRROR_DIR]}"
mirror="${2:-}"
mkdir -p "$out/legislators"
repo=unitedstates/congress-legislators
if [ -n "$mirror" ] && [ -d "$mirror/${repo/\//+}/repo" ]; then
  gitdir="$mirror/${repo/\//+}/repo"
else
  gitdir="$out/.git-cache/${repo/\//+}.git"
  [ -d "$gitdir" ] || git clone -q --bare "https://github.com/$repo.git" "$gitdir"
fi
# day of the snapshot, commit (the last to change the file on or before that day)
while read -r day commit; do
  git --git-dir="$gitdir" show "$commit:legislators-current.yaml" > "$out/legislators/$day.yaml"
done <<'LIST'
2012-12-31 750a2f4ecfbe4f34b93fd7df374a8d782078d8b8
2013-01-31 ab1c76518d03d98d83c090e59cf4512025a4e9ad
2013-07-31 f10a8df0c9929892dc4a8c6de87ef3b3d44aa491
2014-01-31 0fb09e533934e760d29aa54bfcb0f41d5027d2b0
2014-07-31 39703483c9cf530e44bf5d6aebb0ae7bca288c29
2015-01-31 9d08532d67290d3ff6ffed32f8189453677e2568
2015-07-31 c3ead89c2eea1d7cc0c64a56f34825e2f9aa08cf
2016-01-31 6ee481de83f93af4da3b241acaea358fc865d581
2016-07-31 5bd2f85af1ca9dde4244f98e1262aa86e5254885
2017-01-31 0883edcaf1080acf9d4e576a11db2b7321626722
2017-07-31 80fb2f179074aeab340919c4a2dd0015ce372080
2018-01-31 4894b226c82c6f7752fb977af049a38838f3f467
2018-07-31 129ff9e3b63830fdd72f0a99ea51a38ee82e015f
2019-01-31 f3cf3cfa5fd3275b0f23ea613f14dbdb72196b7b
2019-07-31 61110cc0e876348771d76bde3c02ed0edcd5f890
2020-01-31 65d87cfbf4caa50d3420d95567adb45eef7aa2f4
2020-07-31 b475dba0594bd16cdd3b4f8d54b36bb6e79a636e
2021-01-31 c1af377f9fc647ea6d4107f86322caca1a336d33
2021-07-31 2d8ba61b982e8e463d6fbdcfd7df1f52596ef88e
2022-01-31 26114851b815bca6e0d27a7005b2bcf66f5542e9
2022-07-31 fa832fd37783b3e437ff2c3f0d585f40bb3218a6
2023-01-31 8eac1710e177cb64f2bf4c8afdccedd0d0343c97
2023-07-31 0dfec06c5afd4e0461e9b42a54eeee23bc345ba1
2024-01-31 5fed1a9da2a20778bfebafd97bbfb0dd5b215464
2024-07-31 efba198e58f2e313fb323cdff19962bda54b1cab
2025-01-31 46eea119750c28ae38258098f230aa8c9314cd9a
2025-07-31 2c12315dcc0377698e6d0a19147fd790ddacf512
2026-01-31 1a1d8d94296d10eb079541973b9cb7e730b12f77
2026-07-31 dfa9622263dd4c8d08636926e498f1845704d7eb
LIST
echo "exported to $out: $(ls "$out/legislators" | wc -l) snapshots of legislators-current.yaml"
