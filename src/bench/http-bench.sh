#!/usr/bin/env bash
# The packaged application over HTTP, on loopback only: start-up time and memory, load at rising concurrency, batches.
#
#   start-up  java -jar to the first successful POST /api/v1/diagnoses, START_RUNS fresh JVMs; RSS just after
#   load      wrk at each of LEVELS clients for LOAD_SECONDS against each of ENDPOINTS: validate is POST
#             /api/v1/answers/validate (reads and checks the JSON, runs no rules: the framework's floor), diagnose is
#             POST /api/v1/diagnoses with the same answers documents, so the engine's own cost shows as a ratio;
#             diagnose-light asks for the result without traces (?traces=false), diagnose-gzip accepts a compressed
#             one (Accept-Encoding: gzip); RSS and heap under load
#   batches   POST /api/v1/diagnoses/batch with BATCHES regions, as JSON and as JSON lines, median of 3 to 20
#             requests; the application is started with its batch limits raised so that 10,000 regions go in one
#             request
#
# The answers documents are the case library's (CASES folder). Every wait and every load is bounded, and the
# application is stopped when the script ends, however it ends. Results go to OUT: results.tsv (one measure a line)
# and summary.md (the tables). Needs wrk, jq and curl (Debian: apt-get install -y wrk jq curl).
set -euo pipefail
# the JDK of JAVA_HOME when one is set (Locus needs 25; the machine default may be older)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
cd "$(dirname "$0")/../.."

JAR=${JAR:-target/locus.jar}
CASES=${CASES:-cases}
PORT=${PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((PORT + 1))}
LEVELS=${LEVELS:-1 8 32 128}
ENDPOINTS=${ENDPOINTS:-validate diagnose diagnose-light diagnose-gzip}
# which parts run: start-up, load, batches (a start-up alone: PARTS=startup)
PARTS=${PARTS:-startup load batches}
LOAD_SECONDS=${LOAD_SECONDS:-10}
WARMUP_SECONDS=${WARMUP_SECONDS:-15}
BATCHES=${BATCHES:-1 100 10000}
START_RUNS=${START_RUNS:-3}
APP_JAVA_OPTS=${APP_JAVA_OPTS:-}
OUT=${OUT:-target/bench/http}

BASE=http://127.0.0.1:$PORT
APP_PID=
SAMPLER_PID=

fail() {
  echo "http-bench: $*" >&2
  exit 1
}

for tool in wrk jq curl; do
  command -v "$tool" >/dev/null || fail "needs $tool (Debian: apt-get install -y wrk jq curl)"
done
[ -f "$JAR" ] || fail "no $JAR: run 'mvn -DskipTests package' first"
ls "$CASES"/*.json >/dev/null 2>&1 || fail "no case files in $CASES"
if curl -s -o /dev/null --max-time 2 "$BASE/"; then
  fail "something already listens on port $PORT; set PORT to a free one"
fi

stop_app() {
  if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; fi
  SAMPLER_PID=
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

rm -rf "$OUT"
mkdir -p "$OUT"
RESULTS=$OUT/results.tsv
: > "$RESULTS"
record() { # name value [unit]
  printf '%s\t%s\t%s\n' "$1" "$2" "${3:-}" >> "$RESULTS"
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status"; }
median() { sort -n | awk '{v[NR] = $1} END {if (NR == 0) print "NaN"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# one answers document per line, {"answers": {...}}, from the case files
BODIES=$OUT/bodies.ndjson
for f in "$CASES"/*.json; do jq -c '{answers}' "$f"; done > "$BODIES"
head -1 "$BODIES" > "$OUT/first.json"

start_app() { # run number
  "$JAVA" $APP_JAVA_OPTS "-Xlog:gc:file=$OUT/gc-$1.log" -jar "$JAR" serve --server.address=127.0.0.1 --server.port="$PORT" \
    --management.server.port="$MANAGEMENT_PORT" \
    --locus.api.max-batch-size=10000 --locus.api.max-batch-body-size=64MB > "$OUT/app-$1.log" 2>&1 &
  APP_PID=$!
}

diagnose_once() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H 'Content-Type: application/json' \
    --data-binary "@$OUT/first.json" "$BASE/api/v1/diagnoses" || true
}

# --- start-up -------------------------------------------------------------------------------------------------------
echo "== start-up: $START_RUNS fresh JVMs, java -jar to the first successful diagnosis"
for run in $(seq 1 "$START_RUNS"); do
  [ "$run" -gt 1 ] && stop_app
  started=$(now_ms)
  start_app "$run"
  ready=
  for _ in $(seq 1 1200); do # at most two minutes
    kill -0 "$APP_PID" 2>/dev/null || fail "the application stopped; see $OUT/app-$run.log"
    if [ "$(diagnose_once)" = 200 ]; then ready=$(now_ms); break; fi
    sleep 0.1
  done
  [ -n "$ready" ] || fail "no successful diagnosis within two minutes; see $OUT/app-$run.log"
  record "startup.first-diagnosis.run$run" $((ready - started)) ms
  spring=$(grep -o 'Started LocusApplication in [0-9.]* seconds' "$OUT/app-$run.log" | grep -o '[0-9.]*' | head -1 || true)
  record "startup.spring-started.run$run" "${spring:-NaN}" s
  echo "   run $run: $((ready - started)) ms to the first diagnosis (Spring: started in ${spring:-?} s)"
done
record startup.first-diagnosis.median "$(grep '^startup.first-diagnosis.run' "$RESULTS" | cut -f2 | median)" ms
sleep 2
record memory.rss.after-startup $(( $(rss_kb) / 1024 )) MB
GC_LOG=$OUT/gc-$START_RUNS.log

# G1's log lines read "... 150M->30M(256M) 4.1ms": used before the collection, used after it, committed
heap_stats() { # prefix, first gc log line to read
  tail -n +"$2" "$GC_LOG" | grep -o '[0-9]*M->[0-9]*M([0-9]*M)' | tr -- '->()M' '    ' | awk -v p="$1" '
    {if ($1 > before) before = $1; if ($2 > after) after = $2; if ($3 > committed) committed = $3; n++}
    END {printf "%s.heap.peak-used\t%d\tMB\n%s.heap.max-after-gc\t%d\tMB\n%s.heap.max-committed\t%d\tMB\n%s.gc.collections\t%d\t\n",
         p, before, p, after, p, committed, p, n}' >> "$RESULTS"
}

has_part() { [[ " $PARTS " == *" $1 "* ]]; }

# --- load -----------------------------------------------------------------------------------------------------------
if has_part load; then
wrk_run() { # clients path seconds [gzip] -> prints the RESULT line
  local threads=2
  [ "$1" -lt 2 ] && threads=1
  wrk -t"$threads" -c"$1" -d"$3"s --timeout 10s -s src/bench/post.lua "$BASE$2" -- "$BODIES" ${4:-} | grep '^RESULT' \
    || fail "wrk gave no result for $2 at $1 clients"
}
field() { # RESULT line, key
  tr ' ' '\n' <<< "$1" | awk -F= -v k="$2" '$1 == k {print $2}'
}

echo "== warm-up: ${WARMUP_SECONDS} s of diagnoses and of validations at 8 clients"
wrk_run 8 /api/v1/diagnoses "$WARMUP_SECONDS" > /dev/null
wrk_run 8 /api/v1/answers/validate $(( (WARMUP_SECONDS + 1) / 2 )) > /dev/null

echo "== load: $LEVELS clients, $LOAD_SECONDS s each: $ENDPOINTS"
gc_lines_before_load=$(wc -l < "$GC_LOG")
(while kill -0 "$APP_PID" 2>/dev/null; do rss_kb >> "$OUT/rss-load.txt" || true; sleep 1; done) &
SAMPLER_PID=$!
for clients in $LEVELS; do
  for endpoint in $ENDPOINTS; do
    gzip=
    case "$endpoint" in
      validate) path=/api/v1/answers/validate ;;
      diagnose) path=/api/v1/diagnoses ;;
      diagnose-light) path="/api/v1/diagnoses?traces=false" ;;
      diagnose-gzip) path=/api/v1/diagnoses; gzip=gzip ;;
      *) fail "unknown endpoint $endpoint (validate, diagnose, diagnose-light, diagnose-gzip)" ;;
    esac
    line=$(wrk_run "$clients" "$path" "$LOAD_SECONDS" $gzip)
    for key in rps p50_ms p90_ms p99_ms max_ms errors; do
      record "load.$endpoint.c$clients.$key" "$(field "$line" "$key")"
    done
    echo "   $clients clients, $endpoint: $line"
    [ "$(field "$line" errors)" = 0 ] || fail "errors under load: $line"
  done
done
kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=
record memory.rss.max-under-load $(( $(sort -n "$OUT/rss-load.txt" | tail -1) / 1024 )) MB
record memory.rss.peak-so-far $(( $(awk '/^VmHWM/ {print $2}' "/proc/$APP_PID/status") / 1024 )) MB

heap_stats memory.load $((gc_lines_before_load + 1))
fi

# --- batches --------------------------------------------------------------------------------------------------------
if has_part batches; then
gc_lines_before_batch=$(wc -l < "$GC_LOG")
echo "== batches: $BATCHES regions, JSON and JSON lines (limits raised to 10,000 regions and 64MB per request)"
for regions in $BATCHES; do
  body=$OUT/batch-$regions.json
  jq -sc --argjson n "$regions" \
    '{items: [range(0; $n) as $i | {id: "region-\($i)", answers: .[$i % length].answers}]}' "$BODIES" > "$body"
  repeats=$(( 2000 / regions ))
  [ "$repeats" -lt 3 ] && repeats=3
  [ "$repeats" -gt 20 ] && repeats=20
  for format in json ndjson; do
    accept=application/json
    [ "$format" = ndjson ] && accept=application/x-ndjson
    : > "$OUT/batch-times.txt"
    for _ in $(seq 1 "$repeats"); do
      timing=$(curl -s -o "$OUT/batch-response" -w '%{http_code} %{time_total} %{size_download}' \
        --max-time 600 -H 'Expect:' -H 'Content-Type: application/json' -H "Accept: $accept" --data-binary "@$body" \
        "$BASE/api/v1/diagnoses/batch")
      read -r code total size <<< "$timing"
      [ "$code" = 200 ] || fail "batch of $regions as $format: HTTP $code"
      problems=$({ grep -o '"problem":' "$OUT/batch-response" || true; } | wc -l)
      [ "$problems" = 0 ] || fail "batch of $regions as $format: $problems items failed"
      if [ "$format" = ndjson ]; then
        lines=$(wc -l < "$OUT/batch-response")
        [ "$lines" = "$regions" ] || fail "batch of $regions as JSON lines: $lines lines"
      fi
      echo "$total $size" >> "$OUT/batch-times.txt"
    done
    seconds=$(cut -d' ' -f1 "$OUT/batch-times.txt" | median)
    record "batch.$format.n$regions.seconds" "$seconds" s
    record "batch.$format.n$regions.regions-per-second" "$(awk -v n="$regions" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}')"
    record "batch.$format.n$regions.response-mb" "$(tail -1 "$OUT/batch-times.txt" | awk '{printf "%.1f", $2 / 1048576}')" MB
    echo "   $regions regions as $format: median $seconds s over $repeats requests"
  done
  rm -f "$OUT/batch-response" "$body"
done
heap_stats memory.batch $((gc_lines_before_batch + 1))
fi
record memory.rss.peak $(( $(awk '/^VmHWM/ {print $2}' "/proc/$APP_PID/status") / 1024 )) MB
stop_app
echo "== results in $RESULTS"
