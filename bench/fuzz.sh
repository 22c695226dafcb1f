#!/usr/bin/env bash
# Fuzzes Herald's Jazzer targets (JUnit @FuzzTest) for MINUTES each (default 30), in runs of
# RUN_MINUTES (default 10; a test's own maxDuration, the short one .ci/run uses, is overridden
# through Jazzer's JUnit configuration); each run resumes from the corpus the earlier ones grew,
# in MODULE/.cifuzz-corpus.
# A crash stops that target: Jazzer writes its input to the target's ...Inputs/ directory under
# src/test/resources, where every test run replays it; fix it, keep the input. The pages of the
# bundled samples, and of ../shared/data when it is there, seed the extraction target.
# Prints, per target, the runs, executions and coverage libFuzzer reported, and any crash.
# Usage: bench/fuzz.sh [MINUTES] [TARGET-NAME-PART]
set -uo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-30}
RUN_MINUTES=${RUN_MINUTES:-10}
ONLY=${2:-}
SHARED=${HERALD_SHARED:-../shared/data}
TARGETS=(
  "herald-extract org.herald.extract.ExtractionFuzzTest anyBytesGiveADocumentOrAClearRefusal"
  "herald-coding org.herald.coding.time.TimeNormaliserFuzzTest anyTextGivesWellFormedTimes"
  "herald-feeds org.herald.feeds.FeedParserFuzzTest anyBytesGiveALinkListOrAReason"
  "herald-app org.herald.app.SidecarFuzzTest anySidecarGivesValidMetadataOrAReason"
  "herald-stream org.herald.stream.ArticleMessageFuzzTest anyMessageGivesADocumentOrAClearRefusal"
  "herald-app org.herald.app.ApiFuzzTest anyRequestGetsAnAnswerOrAProblem"
  "herald-app org.herald.app.CodingFuzzTest anyTextGivesAConsistentDocument"
)
# Coverage from Herald's code and the libraries that read what comes from outside (pages,
# feeds, JSON).
INCLUDES="org.herald.**:org.jsoup.**:com.rometools.**:crawlercommons.**:com.fasterxml.jackson.**"
LOG=target/fuzz
mkdir -p "$LOG"
status=0
for t in "${TARGETS[@]}"; do
  read -r module class method <<< "$t"
  [[ -n "$ONLY" && "$class" != *"$ONLY"* ]] && continue
  corpus="$module/.cifuzz-corpus/$class/$method"
  mkdir -p "$corpus"
  if [[ "$class" == *Extraction* ]]; then
    for s in herald-app/src/main/resources/org/herald/app/samples/*.html; do head -c 16000 "$s" > "$corpus/$(basename "$s")"; done
    if [[ -d "$SHARED/trafilatura-eval/html" ]]; then
      n=0
      while IFS= read -r -d '' f && (( n < 40 )); do
        zcat -- "$f" 2>/dev/null | head -c 16000 > "$corpus/seed-$n.html"
        n=$((n + 1))
      done < <(find "$SHARED/trafilatura-eval/html" -name '*.html.gz' -print0 | sort -z)
    fi
  fi
  budget=$((MINUTES * 60)); fuzzed=0
  runs=0; execs=0; cov=""; crash=""
  while (( fuzzed < budget )); do
    runs=$((runs + 1))
    out="$LOG/${class##*.}-$runs.log"
    # Fuzzing time, the start of each run (Maven, instrumentation, models) aside.
    left=$(( budget - fuzzed < RUN_MINUTES * 60 ? budget - fuzzed : RUN_MINUTES * 60 ))
    fuzzed=$((fuzzed + left))
    JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES="$INCLUDES" mvn -B -q -o -pl "$module" -am test -Dtest="${class##*.}" \
      -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.internal.arg.0=fake_argv0 \
      -Djazzer.internal.arg.1=-max_total_time=$left > "$out" 2>&1
    rc=$?
    done_line=$(grep -aE "^#[0-9]+[[:space:]]+DONE" "$out" | tail -1)
    n=$(sed -E 's/^#([0-9]+).*/\1/' <<< "$done_line")
    [[ -n "$n" ]] && execs=$((execs + n))
    c=$(grep -aoE "cov: [0-9]+ ft: [0-9]+" <<< "$done_line")
    [[ -n "$c" ]] && cov="$c"
    if (( rc != 0 )); then
      crash=$(grep -aE "== Java Exception|FuzzerSecurityIssue|Caused by|AssertionError" "$out" | head -3)
      status=1
      break
    fi
  done
  echo "$class: $runs runs, $((fuzzed / 60)) minutes, $execs executions, $cov${crash:+; CRASH (see $out): $crash}"
done
exit $status
