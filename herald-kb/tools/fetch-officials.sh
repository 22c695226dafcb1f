#!/usr/bin/env bash
# Exports the open-data sources of officials.tsv at the commits it was built from, for
# org.herald.kb.tools.OfficialsConverter. Only data files are taken, never a repository's code;
# the facts in them (names, Wikidata ids, positions, dates) come from Wikidata (CC0).
#
#   herald-kb/tools/fetch-officials.sh OUT_DIR [MIRROR_DIR]
#
# OUT_DIR receives leaders_history.csv and everypolitician/ALPHA3.csv (one file per country).
# MIRROR_DIR, if given, holds bare clones as MIRROR_DIR/OWNER+NAME/repo (as a local mirror lays
# them out); otherwise each repository is cloned (bare) from GitHub into OUT_DIR/.git-cache.
set -euo pipefail
out="${1:?usage: fetch-officials.sh OUT_DIR [MIRROR_DIR]}"
mirror="${2:-}"
mkdir -p "$out/everypolitician"

gitdir() { # OWNER/NAME -> a git directory holding it
  local repo="$1"
  if [ -n "$mirror" ] && [ -d "$mirror/${repo/\//+}/repo" ]; then
    echo "$mirror/${repo/\//+}/repo"
    return
  fi
  local cache="$out/.git-cache/${repo/\//+}.git"
  [ -d "$cache" ] || git clone -q --bare "https://github.com/$repo.git" "$cache"
  echo "$cache"
}

# Heads of state and of government of about 235 countries with Wikidata ids (repository without
# a licence file; only its Wikidata facts are used).
git --git-dir="$(gitdir cfmessias/geografia)" show \
  2e1e3b9cf6bff86186ae26376a2deafdbd9c67e3:data/leaders_history.csv > "$out/leaders_history.csv"

# Holders of national positions since 2000 from Wikidata (EveryPolitician scrapers, html/holders21.csv):
# country, repository, commit.
while read -r country repo commit; do
  git --git-dir="$(gitdir "$repo")" show "$commit:html/holders21.csv" \
    > "$out/everypolitician/$country.csv"
done <<'LIST'
AGO every-politician-scrapers/angola 3e46a94f1c478495da9e44762ad61981f5f5bf68
ARG every-politician-scrapers/argentina-ministers 98105f511ea6ad6c9730e979190909cf34d9343b
AUS every-politician-scrapers/australia-cabinet 4c35a6ef087d076eb343b6177814574b2d6e43b8
AUT every-politician-scrapers/austria-cabinet d8d29777ec6abe3e2adfb82f5c308e944fb8f8a9
BEL every-politician-scrapers/belgium-cabinet a1420fcaec8b2c2966eebb13f352b95725d3785b
BFA every-politician-scrapers/burkina-faso 497b82ab5ecdb13852b80433607c9c880687b4db
BGD every-politician-scrapers/bangladesh-ministers 9bf8dcec085888ba0a57f9073a0d504b74c33441
BGR every-politician-scrapers/bulgaria-cabinet 2068236a3e5af84bd30f347afe86bcc089d6fd5d
BOL every-politician-scrapers/bolivia-ministers 9ecab9a992ff42c39561834734b028ac65c3ed2f
BRA every-politician-scrapers/brazil-ministers de58065b42edc0c0f310185ffda9174540e9af5f
CAN every-politician-scrapers/canada-cabinet 3b3f0da86ca64c7e3ce6d0f073ed66612885d06f
CHL every-politician-scrapers/chile-ministers 412eb050c5f72daf9c0f31b6482c61180501c83a
CHN every-politician-scrapers/china-ministers 300341654d57cd10776238bae41c89b6ea315276
CIV every-politician-scrapers/ivory-coast 44222480d31935982732e89a451ff590841f834f
CMR every-politician-scrapers/cameroon 647bbdf2093fd92077f35c7b7a93bef37aa33919
COD every-politician-scrapers/congo-kinshasa-ministers fb78ee2e1afcd31cb21afcb2c18c01e01608b18d
CUB every-politician-scrapers/cuba 5f8fa4ee8913ea123ef6727fbf0c8b3453fbbb86
CYP every-politician-scrapers/cyprus-cabinet 5fcbf4d37e23e62f820666403beb77e72c2f9916
CZE every-politician-scrapers/czech-ministers 1e53f23f9405feacef64241294c342ab8eca0319
DNK every-politician-scrapers/denmark-cabinet 1599847eacdd27202c9b84387407cef25458f309
DOM every-politician-scrapers/dominican-republic fd81a6770c656bf099ea70b518ef51062836a5ed
DZA every-politician-scrapers/algeria-cabinet a23de8549333fc55f861cc856d499acb9cd255de
ECU every-politician-scrapers/ecuador-ministers b5360d52c89e2c9742019d3ea9c37972a737e243
EGY every-politician-scrapers/egypt-ministers f3820a30ce92a8557e3503202fed731e9d91275c
ESP every-politician-scrapers/spain-ministers 1e1550ca85af4c39b71e6a462fead133849fe078
EST every-politician-scrapers/estonia 27ed68480fd69b680a523eab604b6ccf26ed4332
ETH every-politician-scrapers/ethiopia-ministers e025c9ca8d02cc7f3a5522afd30d49350e64c5cf
FIN every-politician-scrapers/finland-cabinet 56412ba38703d3181b5dd5675b8410b95f6a5487
FRA every-politician-scrapers/france-cabinet 7ff37baf3297a83711c90ac84b1d3b2ecb50a541
GBR every-politician-scrapers/united-kingdom-cabinet 3a5ec686630cbefc0fe4b96da38a2a50b52d2556
GHA every-politician-scrapers/ghana-ministers 6301043ab47efa25fa0c944b6a4b523ea5a2eebe
GRC every-politician-scrapers/greece-cabinet 34bf1d17b4c2afa95e6063f93742e53f3d4c7454
GTM every-politician-scrapers/guatemala-ministers 573ce9cfca81ffa8bdcbb90dd74abf789899a4be
HRV every-politician-scrapers/croatia-ministers 6e44b5186fd289ec77c7a5d1378d86e4a1ad37a3
HUN every-politician-scrapers/hungary-cabinet aee95092e592403fee7a5d87f0d6b8eeeda1e9ca
IDN every-politician-scrapers/indonesia-ministers 66eaaf57191eff7e9d28eea926358bf83d443114
IND every-politician-scrapers/india-ministers 66f344bbf207d35eaa3225edf5584ae0bb164fe8
IRL every-politician-scrapers/ireland-ministers 562aee81a3802e59acc4cf21c8fce6a8ca35f76e
IRN every-politician-scrapers/iran-ministers a8e7c2fb16372b8b77a09303ae27d46a9ea21e67
IRQ every-politician-scrapers/iraq-ministers ab7f90c8298be91e36248b2ca5d7f268cee0b173
ITA every-politician-scrapers/italy-ministers 4f9e038f62f3c71f737fd7e30a4e35df1686f4eb
JPN every-politician-scrapers/japan-ministers 8ba3cb1992bee87f5b8dc566da87db2be8550a1a
KAZ every-politician-scrapers/kazakhstan-cabinet caf651f97dc0efed4955887c17fd6fadcdf7b111
KEN every-politician-scrapers/kenya 845fa144b1aa18652748624528d836b81e51b7d0
KOR every-politician-scrapers/south-korea-ministers 6f17960017c672790f0997885e5b2ff5937305de
LKA every-politician-scrapers/sri-lanka-cabinet a90dbcf77133b1b9dcb94abe2c51b7ba2d9c5bee
LTU every-politician-scrapers/lithuania 2743892fbc8f4eca6fc0b2ead37936dc8d5229d9
LUX every-politician-scrapers/luxembourg-cabinet 7b920a2e507deea1887539f7ebb4fea0db43e7da
LVA every-politician-scrapers/latvia-cabinet 5f141542ec29a0fa0dc91c29ee2b3d695b7d1e45
MAR every-politician-scrapers/morocco-ministers b5246271b46859298b816869fd8c3ae7f658afd8
MEX every-politician-scrapers/mexico-ministers 87f5ae7dc992a800173a7c9de53ccbe25661dc61
MLT every-politician-scrapers/malta-ministers 4cba0680d5436b0befc248615f230087fbd45be4
MMR every-politician-scrapers/myanmar-ministers 473d687f0dcb621d8c313ef32923d73094de21a5
MOZ every-politician-scrapers/mozambique 4800218ca8ce02cb4d1bb3a665189fc245e27d99
MWI every-politician-scrapers/malawi-ministers 34b3699bdd5c240cb4c228b361cdf5192a14d993
MYS every-politician-scrapers/malaysia-ministers bab25025f0c68e7c1c623e0ee7e4888032550e16
NER every-politician-scrapers/niger-ministers 3b495ae4c954686d0cbbab4cc21063ded6ec4b6f
NGA every-politician-scrapers/nigeria 1f5d4aad9ba42a810e353d0d7b4378fedc4429e6
NLD every-politician-scrapers/netherlands-cabinet a542323a663b1a7232e6f8e4843eda1f019a8705
NPL every-politician-scrapers/nepal-ministers 14d843634275aae72439958fd190e33ad048df17
PAK every-politician-scrapers/pakistan-ministers 065accdb5d8d693e89c0bc559862c10f66d443d1
PHL every-politician-scrapers/philippines-ministers 1f396f9a8c2e3397cfe392fca350c8943aa1d5f5
POL every-politician-scrapers/poland-cabinet c6b228df3eed6e9ba89f02bf424f870a66ea47a6
PRK every-politician-scrapers/north-korea 7fd4f86187b511ff8bd0b95f1fcd1c5a21e881b5
PRT every-politician-scrapers/portugal-cabinet 49dd0287a8d715a217ba067c04d574b2632864af
ROU every-politician-scrapers/romania-cabinet 63e9c5d352fa9a477e708ecc2ac4523af9534cfe
RUS every-politician-scrapers/russia-cabinet 3871831d9846a16c5017acc229e003ab706202ab
RWA every-politician-scrapers/rwanda-ministers aa6c19c3d4087e54df8d38f6b245da15f7f0922f
SAU every-politician-scrapers/saudi-ministers 566c58806bee4d91167f3dcbd19abbb596e65497
SDN every-politician-scrapers/sudan bd56d436414d49f53c21baf0601962478a431ac2
SEN every-politician-scrapers/senegal-ministers 780217b3c6b59c29a8e18d88727f9200fb1a4953
SOM every-politician-scrapers/somalia-cabinet 7b5980d7c4b80241f31b9ceb82b601906656559b
SVK every-politician-scrapers/slovakia-cabinet db4bf5310f557452cd6140a61739d4103c35debf
SVN every-politician-scrapers/slovenia-cabinet 7a1dca9809cba7fb945c7a21154edf494d043879
SWE every-politician-scrapers/sweden-cabinet 6756a7c9de57d94b64628365d3715a344c3ad9a7
SYR every-politician-scrapers/syria 08fddba7b3f3beef8ac10a7201ef1ff1cc7318af
TUN every-politician-scrapers/tunisia-ministers 6e35fc4e7f3d8c1f0bbb453d3b522177a7820dfe
TUR every-politician-scrapers/turkey-ministers 288fbd45ee3fa59f8a226437bf43d726c9845f4f
TWN every-politician-scrapers/taiwan 45c981ac5a15e4bdacfda83f77a64d275156ca4b
TZA every-politician-scrapers/tanzania-ministers 08687f4096fe6f1952764a24a09134ab45d370c8
UGA every-politician-scrapers/uganda-ministers ed6c7e0721c8c38e177b8c9b6fdb308b2b26ce95
UKR every-politician-scrapers/ukraine-cabinet 4fc6ab0f4d90d6170b674172a115f1bc98478e4b
USA every-politician-scrapers/us-cabinet 0d5e73cb24ba9f78bc36f6cd0fbe9839e6cd8600
UZB every-politician-scrapers/uzbekistan-ministers b7cd8a1eaca2bb365d5ade7bdc9870d1ed31bde9
VEN every-politician-scrapers/venezuela 468bc47dfe82a6912833f85ccb15888baa132a6c
VNM every-politician-scrapers/vietnam 906e493fe5ae307bf6184baa4fa9e48d75f9866d
YEM every-politician-scrapers/yemen 993e1a6176b9082c7053cd67ff59dc52ee71f71b
ZAF every-politician-scrapers/south-africa-cabinet 0558a872c69856bba752bd3b8b3604e4e4479252
ZMB every-politician-scrapers/zambia-ministers e5aaa198749da6ee572efc2522908a2e697ad463
ZWE every-politician-scrapers/zimbabwe f991ac9839ca9297ec838f7420994fbb1c854c00
LIST
echo "exported to $out: leaders_history.csv and $(ls "$out/everypolitician" | wc -l) country files"
