#!/usr/bin/env bash
# The command line's wall time, whole process (JVM start included), as a user sees it: the packaged jar run RUNS
# times per command after one warm-up run (the file cache, not the JVM, is what warms), timed by hyperfine when it is
# installed (Debian: apt-get install -y hyperfine) and by the shell otherwise.
#
#   help         java -jar locus.jar --help (the JVM and picocli alone: the floor)
#   diagnose     diagnose of one case file (CASE), the packaged rules
#   explain      the same with --explain (the analyses)
#   empty        diagnose of an empty file: rejected before the rules are loaded
#   check        check of rules/ (the packaged rules: loaded as the build compiled them)
#   check-edited check of a copy of rules/ with a comment added: its hash differs, so it is compiled
#
# Results go to OUT: results.tsv (command, mean, min, max in ms) and, with hyperfine, its JSON. Run from anywhere.
set -euo pipefail
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
cd "$(dirname "$0")/../.."

JAR=${JAR:-target/locus.jar}
CASE=${CASE:-cases/castellon-ceramic-tiles.json}
RUNS=${RUNS:-5}
COMMANDS=${COMMANDS:-help diagnose explain empty check check-edited}
OUT=${OUT:-target/bench/cli}

[ -f "$JAR" ] || { echo "cli-bench: no $JAR: run 'mvn -DskipTests package' first" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT"
JAR=$(realpath "$JAR")
CASE=$(realpath "$CASE")
: > "$OUT/empty.json"
cp -r rules "$OUT/rules-edited"
first=$(ls "$OUT"/rules-edited/*.drl | head -1)
echo "// edited" >> "$first"

command_for() {
  case "$1" in
    help) echo "$JAVA -jar $JAR --help" ;;
    diagnose) echo "$JAVA -jar $JAR diagnose $CASE" ;;
    explain) echo "$JAVA -jar $JAR diagnose $CASE --explain" ;;
    empty) echo "$JAVA -jar $JAR diagnose $OUT/empty.json" ;;
    check) echo "$JAVA -jar $JAR check $(realpath rules)" ;;
    check-edited) echo "$JAVA -jar $JAR check $OUT/rules-edited" ;;
    *) echo "cli-bench: unknown command $1" >&2; exit 1 ;;
  esac
}

: > "$OUT/results.tsv"
for name in $COMMANDS; do
  cmd=$(command_for "$name")
  echo "== $name: $cmd"
  if command -v hyperfine >/dev/null; then
    # --ignore-failure: 'empty' exits 2 on purpose
    (cd "$OUT" && hyperfine -N --ignore-failure --warmup 1 --runs "$RUNS" --export-json "$name.json" "$cmd" > "$name.txt")
    jq -r --arg n "$name" '.results[0] | [$n, (.mean * 1000 | round), (.min * 1000 | round), (.max * 1000 | round)] | @tsv' \
      "$OUT/$name.json" >> "$OUT/results.tsv"
  else
    $cmd > /dev/null 2>&1 || true
    times=()
    for _ in $(seq 1 "$RUNS"); do
      start=$(date +%s%N)
      $cmd > /dev/null 2>&1 || true
      times+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | awk -v n="$name" '{s += $1; if (NR == 1 || $1 < lo) lo = $1; if ($1 > hi) hi = $1}
      END {printf "%s\t%d\t%d\t%d\n", n, s / NR, lo, hi}' >> "$OUT/results.tsv"
  fi
  tail -1 "$OUT/results.tsv" | awk -F'\t' '{printf "   mean %s ms (min %s, max %s)\n", $2, $3, $4}'
done
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== results in $OUT/results.tsv"
