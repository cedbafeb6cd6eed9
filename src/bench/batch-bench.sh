#!/usr/bin/env bash
# locus batch on one generated CSV of many regions, the whole process (JVM start and rule loading included), as an
# analyst runs it: the packaged jar, RUNS times per output format after one warm-up run, each timed with
# /usr/bin/time for the wall time and the largest resident memory.
#
#   REGIONS  regions in the sheet (default 10000)      BAD      rows among them that must fail (default 10)
#   FORMATS  output formats (default "csv jsonl xlsx")  RUNS     runs per format (default 3)
#   HEAP     -Xmx for the runs (default 256m: a bounded heap shows the batch streams)
#   WARMUP   untimed runs first, per format (default 1: the file cache, not the JVM, is what warms)
#
# Results go to OUT: regions.csv, the last results of each format, results.tsv (format, wall s mean/min/max, max RSS
# MB, regions/s, CPU s mean: user + system, which a busy machine inflates less than the wall time) and each run's
# summary. JAVA_OPTS adds JVM options to every run. Run from anywhere; needs python3 (the generator) and the jar.
set -euo pipefail
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
cd "$(dirname "$0")/../.."

JAR=${JAR:-target/locus.jar}
REGIONS=${REGIONS:-10000}
BAD=${BAD:-10}
RUNS=${RUNS:-3}
FORMATS=${FORMATS:-csv jsonl xlsx}
HEAP=${HEAP:-256m}
WARMUP=${WARMUP:-1}
OUT=${OUT:-target/bench/batch}

[ -f "$JAR" ] || { echo "batch-bench: no $JAR: run 'mvn -DskipTests package' first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "batch-bench: needs /usr/bin/time (Debian: apt-get install -y time)" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT"
"$JAVA" -jar "$JAR" template --format csv > "$OUT/template.csv"
python3 src/bench/generate-regions.py "$OUT/template.csv" cases "$REGIONS" 20 "$BAD" > "$OUT/regions.csv"
echo "== $(($(wc -l < "$OUT/regions.csv") - 1)) regions, $(du -k "$OUT/regions.csv" | cut -f1) KB, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

: > "$OUT/results.tsv"
for format in $FORMATS; do
  run() {
    # exit 1 is expected: the BAD rows fail and the others are diagnosed
    /usr/bin/time -f '%e %M %U %S' -o "$OUT/time.txt" "$JAVA" -Xmx"$HEAP" ${JAVA_OPTS:-} -jar "$JAR" batch "$OUT/regions.csv" \
      --format "$format" --out "$OUT/results.$format" --progress never > "$OUT/summary-$format.txt" 2> "$OUT/err-$format.txt" \
      || [ $? -eq 1 ] || { cat "$OUT/err-$format.txt" >&2; exit 1; }
    tail -1 "$OUT/time.txt" # after "Command exited with non-zero status 1", when it did
  }
  for _ in $(seq 1 "$WARMUP"); do run > /dev/null; done
  for _ in $(seq 1 "$RUNS"); do run; done > "$OUT/times-$format.txt"
  awk -v f="$format" -v n="$REGIONS" '{s += $1; c += $3 + $4; if (NR == 1 || $1 < lo) lo = $1; if ($1 > hi) hi = $1; if ($2 > m) m = $2}
    END {printf "%s\t%.1f\t%.1f\t%.1f\t%d\t%d\t%.1f\n", f, s / NR, lo, hi, m / 1024, n / (s / NR), c / NR}' \
    "$OUT/times-$format.txt" >> "$OUT/results.tsv"
  tail -1 "$OUT/results.tsv" | awk -F'\t' '{printf "   %s: mean %s s (min %s, max %s), max RSS %s MB, %s regions/s, CPU %s s\n", $1, $2, $3, $4, $5, $6, $7}'
  head -1 "$OUT/summary-$format.txt" | sed 's/^/   /'
done
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== results in $OUT/results.tsv"
