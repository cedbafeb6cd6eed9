#!/usr/bin/env bash
# Prints the figures of one run of run-all.sh as Markdown tables, with the targets met or missed.
# Usage: src/bench/report.sh [DIR]   (DIR defaults to target/bench; reads jmh-*.json, machine.tsv, http/results.tsv)
set -euo pipefail
DIR=${1:-target/bench}
HTTP=$DIR/http/results.tsv

value() { # file, name -> value (empty when absent)
  [ -f "$1" ] && awk -F'\t' -v k="$2" '$1 == k {print $2; exit}' "$1" || true
}
http() { value "$HTTP" "$1"; }
machine() { value "$DIR/machine.tsv" "$1"; }
# median, p99 (microseconds) and allocation (KB per op) of one JMH benchmark and parameter set
jmh() { # file, benchmark (last part of its name), jq filter on params
  [ -f "$1" ] || return 0
  jq -r --arg b "$2" ".[] | select((.benchmark | endswith(\".\" + \$b)) and (.params // {} | $3))
    | [.primaryMetric.scorePercentiles[\"50.0\"], .primaryMetric.scorePercentiles[\"99.0\"], .primaryMetric.score,
       ((.secondaryMetrics[\"gc.alloc.rate.norm\"].score // 0) / 1024)] | map(. * 10 | round / 10) | @tsv" "$1"
}
verdict() { # awk condition on x, value
  [ -z "$2" ] && { echo "not measured"; return; }
  awk -v x="$2" "BEGIN {exit !($1)}" && echo "**met**" || echo "**missed**"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || b == 0) print ""; else printf "%.2f", a / b}'; }

echo "# Locus benchmarks, $(machine machine.date)"
echo
echo "Machine: $(machine machine.cores) cores, $(machine machine.cpu), $(machine machine.ram) GB RAM, $(machine machine.jdk);"
echo "commit $(machine machine.commit); whole run $(machine run.minutes) min. Load average (1, 5, 15 min) at the start"
echo "$(machine load.start), after each part:$(awk -F'\t' '$1 ~ /^load\./ && $1 != "load.start" {printf " %s %s;", substr($1, 6), $2}' "$DIR/machine.tsv")"
echo

if [ -f "$DIR/jmh-diagnosis.json" ]; then
  echo "## In process (JMH, one thread): one diagnosis of each library case"
  echo
  echo "| case | median µs | p99 µs | mean µs | allocated KB |"
  echo "|---|---|---|---|---|"
  jq -r '.[] | .params.caseId' "$DIR/jmh-diagnosis.json" | while read -r id; do
    echo "| $id | $(jmh "$DIR/jmh-diagnosis.json" diagnose ".caseId == \"$id\"" | tr '\t' '|' | sed 's/|/ | /g') |"
  done
  echo
  echo "What one diagnosis does, case by case:"
  echo
  grep -h '^# [a-z].*answers, ' "$DIR/jmh-diagnosis.log" | sort -u | sed 's/^# /- /'
  echo
  echo "The parts of one HTTP diagnosis, every case in turn (\`library\`):"
  echo
  echo "| part | median µs | p99 µs | mean µs | allocated KB |"
  echo "|---|---|---|---|---|"
  for part in readAnswers diagnose writeResult readDiagnoseWrite; do
    file=$DIR/jmh-diagnosis-parts.json
    [ "$part" = diagnose ] && file=$DIR/jmh-diagnosis.json
    echo "| $part | $(jmh "$file" "$part" '.caseId == "library"' | sed 's/\t/ | /g') |"
  done
  echo
fi

if [ -f "$DIR/jmh-load.json" ]; then
  echo "## Loading the rule base (questionnaire, catalogue, KieBase, checks)"
  echo
  echo "| load | ms (mean) | runs |"
  echo "|---|---|---|"
  jq -r '.[] | [(.benchmark | split(".") | last), (.primaryMetric.score | round), (.primaryMetric.rawData | flatten | length)] | @tsv' \
    "$DIR/jmh-load.json" | awk -F'\t' '{printf "| %s | %s | %s |\n", ($1 == "cold" ? "cold (first in a fresh JVM), compiled at build time" : $1 == "coldCompiled" ? "cold, compiled at load (another rules folder, a reload)" : "warm (JVM has loaded it before), compiled at build time"), $2, $3}'
  echo
fi

if [ -f "$DIR/jmh-scale.json" ]; then
  echo "## Scale: one diagnosis on a generated rule base, 1× and 10×"
  echo
  echo "| answers | questions asked | scale | median µs | p99 µs | mean µs | allocated KB | median vs 1× |"
  echo "|---|---|---|---|---|---|---|---|"
  jq -s add "$DIR"/jmh-scale*.json > "$DIR/scale-all.json"
  jq -r 'sort_by(.params.answering, .params.asked, (.params.scale | tonumber)) | .[] | .params
    | [.answering, .asked, .scale] | @tsv' "$DIR/scale-all.json" | while IFS=$'\t' read -r answering asked scale; do
    row=$(jmh "$DIR/scale-all.json" diagnose ".answering == \"$answering\" and .asked == \"$asked\" and .scale == \"$scale\"")
    base=$(jmh "$DIR/scale-all.json" diagnose ".answering == \"$answering\" and .asked == \"all\" and .scale == \"1\"" | cut -f1)
    echo "| $answering | $asked | $scale× | $(sed 's/\t/ | /g' <<< "$row") | $(ratio "$(cut -f1 <<< "$row")" "$base")× |"
  done
  echo
  echo "What one diagnosis does in each:"
  echo
  grep -h '^# scale' "$DIR"/jmh-scale*.log | sort -u | sed 's/^# /- /'
  echo
fi

if [ -f "$HTTP" ]; then
  echo "## HTTP (wrk on loopback, the packaged jar)"
  echo
  echo "Start-up, java -jar to the first successful diagnosis: runs$(awk -F'\t' '$1 ~ /^startup.first-diagnosis.run/ {printf " %s", $2}' "$HTTP") ms,"
  echo "median $(http startup.first-diagnosis.median) ms (Spring reports started in$(awk -F'\t' '$1 ~ /^startup.spring-started/ {printf " %s", $2}' "$HTTP") s)."
  echo
  echo "| clients | validate req/s | diagnose req/s | diagnose / validate | diagnose p50 ms | p90 ms | p99 ms | validate p50 ms | p99 ms |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for c in $(awk -F'\t' '$1 ~ /^load\.diagnose\.c[0-9]+\.rps$/ {split($1, p, "."); print substr(p[3], 2)}' "$HTTP"); do
    v=$(http "load.validate.c$c.rps"); d=$(http "load.diagnose.c$c.rps")
    echo "| $c | $v | $d | $(ratio "$d" "$v") | $(http "load.diagnose.c$c.p50_ms") | $(http "load.diagnose.c$c.p90_ms") | $(http "load.diagnose.c$c.p99_ms") | $(http "load.validate.c$c.p50_ms") | $(http "load.validate.c$c.p99_ms") |"
  done
  echo
  if grep -q '^load\.diagnose-\(light\|gzip\)\.' "$HTTP"; then
    echo "Lighter results: without traces (\`?traces=false\`) and gzip-compressed (\`Accept-Encoding: gzip\`):"
    echo
    echo "| clients | light req/s | light / validate | light p99 ms | gzip req/s | gzip / validate | gzip p99 ms |"
    echo "|---|---|---|---|---|---|---|"
    for c in $(awk -F'\t' '$1 ~ /^load\.diagnose\.c[0-9]+\.rps$/ {split($1, p, "."); print substr(p[3], 2)}' "$HTTP"); do
      v=$(http "load.validate.c$c.rps"); l=$(http "load.diagnose-light.c$c.rps"); g=$(http "load.diagnose-gzip.c$c.rps")
      echo "| $c | $l | $(ratio "$l" "$v") | $(http "load.diagnose-light.c$c.p99_ms") | $g | $(ratio "$g" "$v") | $(http "load.diagnose-gzip.c$c.p99_ms") |"
    done
    echo
  fi
  echo "| memory | MB |"
  echo "|---|---|"
  echo "| resident (RSS) after start-up | $(http memory.rss.after-startup) |"
  echo "| RSS, most under load | $(http memory.rss.max-under-load) |"
  echo "| RSS, peak of the whole run (VmHWM, batches included) | $(http memory.rss.peak) |"
  echo "| heap used under load, peak (before a collection) | $(http memory.load.heap.peak-used) |"
  echo "| heap used under load, most after a collection | $(http memory.load.heap.max-after-gc) |"
  echo "| heap committed under load, most | $(http memory.load.heap.max-committed) |"
  echo "| heap used during the batches, peak / most after a collection | $(http memory.batch.heap.peak-used) / $(http memory.batch.heap.max-after-gc) |"
  echo
  echo "| batch | format | seconds | regions/s | response MB |"
  echo "|---|---|---|---|---|"
  for n in $(awk -F'\t' '$1 ~ /^batch\.json\.n[0-9]+\.seconds$/ {split($1, p, "."); print substr(p[3], 2)}' "$HTTP"); do
    for f in json ndjson; do
      echo "| $n | $f | $(http "batch.$f.n$n.seconds") | $(http "batch.$f.n$n.regions-per-second") | $(http "batch.$f.n$n.response-mb") |"
    done
  done
  echo
fi

CLI=$DIR/cli/results.tsv
if [ -f "$CLI" ]; then
  echo "## Command line (whole process, wall time)"
  echo
  echo "| command | mean ms | min ms | max ms |"
  echo "|---|---|---|---|"
  awk -F'\t' '{printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4}' "$CLI"
  echo
fi

BATCH=$DIR/batch/results.tsv
if [ -f "$BATCH" ]; then
  echo "## locus batch: 10,000 generated regions from one CSV (whole process, src/bench/batch-bench.sh)"
  echo
  echo "| output | mean s | min s | max s | max RSS MB | regions/s | CPU s |"
  echo "|---|---|---|---|---|---|---|"
  awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7}' "$BATCH"
  echo
fi

echo "## Targets"
echo
library=$(jmh "$DIR/jmh-diagnosis.json" diagnose '.caseId == "library"' | cut -f1)
ratio32=$(ratio "$(http load.diagnose.c32.rps)" "$(http load.validate.c32.rps)")
p99=$(http load.diagnose.c32.p99_ms)
startup=$(http startup.first-diagnosis.median)
heap=$(http memory.load.heap.peak-used)
scale_ratio() { # answering, questions asked at 10×
  ratio "$(jmh "$DIR/scale-all.json" diagnose ".answering == \"$1\" and .asked == \"$2\" and .scale == \"10\"" | cut -f1)" \
        "$(jmh "$DIR/scale-all.json" diagnose ".answering == \"$1\" and .asked == \"all\" and .scale == \"1\"" | cut -f1)"
}
sparse=$(scale_ratio RANDOM all)
dense=$(scale_ratio MATCHING all)
same_region=$(scale_ratio MATCHING 60)
batch_json=$(http batch.json.n10000.regions-per-second)
batch_lines=$(http batch.ndjson.n10000.regions-per-second)
echo "| target | measured | |"
echo "|---|---|---|"
echo "| in-process diagnosis ≤ 1 ms median | ${library:-?} µs (every case in turn) | $(verdict 'x <= 1000' "$library") |"
echo "| HTTP diagnose ≥ 50% of the trivial endpoint's throughput at 32 clients | ${ratio32:-?} | $(verdict 'x >= 0.5' "$ratio32") |"
light32=$(ratio "$(http load.diagnose-light.c32.rps)" "$(http load.validate.c32.rps)")
echo "| the same, result without traces (?traces=false) | ${light32:-?} | $(verdict 'x >= 0.5' "$light32") |"
echo "| HTTP diagnose p99 ≤ 20 ms at 32 clients | ${p99:-?} ms | $(verdict 'x <= 20' "$p99") |"
echo "| start-up to first diagnosis ≤ 4 s | ${startup:-?} ms | $(verdict 'x <= 4000' "$startup") |"
cli_diagnose=$(value "$CLI" diagnose)
echo "| diagnose of one case from the command line ≤ 3 s wall | ${cli_diagnose:-?} ms | $(verdict 'x <= 3000' "$cli_diagnose") |"
batch_csv=$(value "$BATCH" csv)
echo "| locus batch of 10,000 regions from one CSV well under 60 s wall | ${batch_csv:-?} s | $(verdict 'x < 60' "$batch_csv") |"
echo "| heap ≤ 512 MB under load | ${heap:-?} MB peak used | $(verdict 'x <= 512' "$heap") |"
echo "| 10× rule base ≤ 3× per diagnosis: the same region (60 questions asked, matching answers) | ${same_region:-?}× | $(verdict 'x <= 3' "$same_region") |"
echo "| 10× rule base ≤ 3× per diagnosis: 10× the questions asked, random answers | ${sparse:-?}× | $(verdict 'x <= 3' "$sparse") |"
echo "| 10× rule base ≤ 3× per diagnosis: 10× the questions asked, matching answers (10× the work) | ${dense:-?}× | $(verdict 'x <= 3' "$dense") |"
echo "| batch of 10,000 ≥ 2,000 regions/s (JSON / JSON lines) | ${batch_json:-?} / ${batch_lines:-?} | $(verdict 'x >= 2000' "$batch_json") / $(verdict 'x >= 2000' "$batch_lines") |"
