#!/usr/bin/env bash
# Every benchmark of docs/performance.md in one run (about nine minutes on two cores): packages the jar when it is
# missing or older than the sources, runs the JMH benchmarks (in-process diagnosis of every library case, rule base
# load cold and warm, rule base scale), src/bench/http-bench.sh (start-up, memory, HTTP load, batches) and
# src/bench/cli-bench.sh (the command line's wall time) and src/bench/batch-bench.sh (10,000 regions from one CSV
# through locus batch; SKIP_BATCH=1 leaves it out), then
# prints the figures against the targets (also written to target/bench/summary.md).
#
#   src/bench/run-all.sh                     everything
#   SKIP_JMH=1 SKIP_CLI=1 src/bench/run-all.sh   only the HTTP part (likewise SKIP_HTTP=1)
#   MVN="mvn -o -q" src/bench/run-all.sh     Maven offline
#
# The environment variables of http-bench.sh (LEVELS, LOAD_SECONDS, BATCHES, APP_JAVA_OPTS, ...) pass through.
set -euo pipefail
# the JDK of JAVA_HOME when one is set (Locus needs 25; the machine default may be older)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
cd "$(dirname "$0")/../.."

MVN=${MVN:-mvn -q}
OUT=${OUT:-target/bench}
JMH_QUICK=${JMH_QUICK:--wi 2 -w 1 -i 3 -r 1}
# the 10x rule base has ten times the generated code for the JIT to compile before its figures settle
JMH_SCALE=${JMH_SCALE:--wi 3 -w 2 -i 3 -r 2}

need_tools() {
  local missing=()
  for tool in wrk jq curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing ${missing[*]} (Debian packages)"
    apt-get install -y "${missing[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${missing[@]}" >/dev/null; }
  else
    echo "run-all: needs ${missing[*]}; on Debian: sudo apt-get install -y wrk jq curl" >&2
    exit 1
  fi
}

machine() {
  {
    printf 'machine.cores\t%s\t\n' "$(nproc)"
    printf 'machine.cpu\t%s\t\n' "$(awk -F': ' '/^model name/ {m = $2} /^cpu MHz/ {f = $2} /^cache size/ {c = $2}
      END {printf "%s at %.1f GHz, %s cache", m, f / 1000, c}' /proc/cpuinfo)"
    printf 'machine.ram\t%s\tGB\n' "$(awk '/^MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)"
    printf 'machine.jdk\t%s\t\n' "$("$JAVA" -version 2>&1 | head -1 | tr -d '"')"
    printf 'machine.date\t%s\t\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf 'machine.commit\t%s\t\n' "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  } > "$OUT/machine.tsv"
}
load_average() { # label
  printf 'load.%s\t%s\t\n' "$1" "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.tsv"
}

need_tools
mkdir -p "$OUT"
machine
load_average start
started=$(date +%s)

if [ ! -f target/locus.jar ] || [ -n "$(find pom.xml rules cases src/main/java src/main/resources -newer target/locus.jar -type f | head -1)" ]; then
  echo "== packaging target/locus.jar"
  $MVN -DskipTests package
fi

if [ -z "${SKIP_JMH:-}" ]; then
  echo "== compiling the JMH benchmarks"
  $MVN -Pbenchmarks test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
  # the same as 'mvn -Pbenchmarks exec:exec@run-benchmarks -Djmh.args=...', without starting Maven for every run
  jmh() { # name, JMH arguments...
    local name=$1
    shift
    echo "== JMH: $name"
    "$JAVA" -cp "target/test-classes:target/classes:$(cat "$OUT/classpath.txt")" org.openjdk.jmh.Main -foe true \
      -rf json -rff "$OUT/jmh-$name.json" "$@" > "$OUT/jmh-$name.log" 2>&1 \
      || { tail -30 "$OUT/jmh-$name.log" >&2; echo "run-all: JMH $name failed; see $OUT/jmh-$name.log" >&2; exit 1; }
    load_average "jmh-$name"
  }
  cases=$(for f in cases/*.json; do jq -r .id "$f"; done | paste -sd, -)
  # shellcheck disable=SC2086
  jmh diagnosis 'DiagnosisBenchmark\.diagnose$' -p caseId="library,$cases" -prof gc $JMH_QUICK
  # shellcheck disable=SC2086
  jmh diagnosis-parts 'DiagnosisBenchmark\.(readAnswers|writeResult|readDiagnoseWrite)$' -p caseId=library -prof gc $JMH_QUICK
  jmh load 'RuleBaseLoadBenchmark'
  # shellcheck disable=SC2086
  jmh scale 'RuleBaseScaleBenchmark\.diagnose$' -prof gc $JMH_SCALE
  # shellcheck disable=SC2086
  jmh scale-same-region 'RuleBaseScaleBenchmark\.diagnose$' -p scale=10 -p answering=MATCHING -p asked=60 -prof gc $JMH_SCALE
fi

if [ -z "${SKIP_HTTP:-}" ]; then
  OUT="$OUT/http" src/bench/http-bench.sh
  load_average http
fi

if [ -z "${SKIP_CLI:-}" ]; then
  OUT="$OUT/cli" src/bench/cli-bench.sh
  load_average cli
fi

if [ -z "${SKIP_BATCH:-}" ]; then
  OUT="$OUT/batch" RUNS="${BATCH_RUNS:-1}" WARMUP=0 src/bench/batch-bench.sh
  load_average batch
fi

printf 'run.minutes\t%s\t\n' "$(( ($(date +%s) - started + 30) / 60 ))" >> "$OUT/machine.tsv"
src/bench/report.sh "$OUT" | tee "$OUT/summary.md"
