#!/usr/bin/env bash
# Benchmarks: grpo-kg against Apache Jena's own tools and server on the same data, in the same run.
#
# Usage: bench/run.sh [--sizes 10000,100000] [--tool-sizes 10000] [--runs 3] [--pairs 3]
#                     [--clients 4] [--seconds 15] [--skip start,tools,server] [--reuse] [--no-append]
#   --sizes       entries of the generated data for the server against plain Fuseki (start, throughput,
#                 p50/p99, peak RSS, mixed load, each library query's p50/p95 and its growth)
#   --tool-sizes  entries for the command-line tools against Jena's (build, validate, export, query)
#   --runs        repetitions of each timed command (median); --pairs: server/Fuseki pairs (median of ratios)
#   --skip        parts to leave out; --no-append: write target/bench/report.md only, not BENCHMARKS.md
#   --budget      seconds spent on each library query alone (at least 3 timed runs after one warm-up; default 6)
#   --reuse       keep target/bench/data-N and store-N of an earlier run with the same jar (server part only)
#   --answer-cache passed to serve (decision 0025); 0: no kept answers, so the server part compares
#                 the query engines alone (by default repeated pages come from kept answers; plain Fuseki keeps none)
# Whole JVM runs, wall-clock ms, peak resident memory from GNU time. About 25 minutes with the defaults
# on 2 quiet cores. Every server runs on 127.0.0.1 and is stopped before the next one starts.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=10000,100000; tool_sizes=10000; runs=3; pairs=3; clients=4; seconds=15; skip=""; append=1; reuse=0; budget=6; answers=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --tool-sizes) tool_sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --pairs) pairs="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --skip) skip="$2"; shift 2 ;;
    --no-append) append=0; shift ;;
    --reuse) reuse=1; shift ;;
    --budget) budget="$2"; shift 2 ;;
    --answer-cache) answers=(--answer-cache "$2"); shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
skipped() { [[ ",$skip," == *",$1,"* ]]; }
command -v /usr/bin/time >/dev/null || { echo "bench: GNU time (/usr/bin/time) is needed for peak memory" >&2; exit 1; }

mvn -q -B -Dstyle.color=never -DskipTests package >&2
mvn -q -B -Dstyle.color=never -Pbench test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
log="-Dlog4j2.configurationFile=classpath:grpo-kg-log4j2.properties"
heap="${BENCH_BUILD_HEAP:--Xmx8g}"
work=target/bench
mkdir -p "$work"
report="$work/report.md"

# the live generation of a store folder (decision 0016: gen-NNNNNN named by the file 'current')
live() { echo "$1/$(cat "$1/current")"; }
# "ms rss_MB" of one run of a command (output discarded)
once() {
  local t0 t1 rss
  t0=$(date +%s%N)
  if ! /usr/bin/time -o "$work/time.txt" -f '%M' "$@" > /dev/null; then
    echo "bench: failed: $*" >&2
    echo "failed -"
    return
  fi
  t1=$(date +%s%N)
  rss=$(tail -1 "$work/time.txt")
  echo "$(( (t1 - t0) / 1000000 )) $(( rss / 1024 ))"
}
# "median_ms median_rss_MB" of $runs runs; a "prep" command runs untimed before each
median() {
  local prep="$1"; shift
  local out=()
  for _ in $(seq 1 "$runs"); do eval "$prep"; out+=("$(once "$@")"); done
  local ms rss
  ms=$(printf '%s\n' "${out[@]}" | cut -d' ' -f1 | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  rss=$(printf '%s\n' "${out[@]}" | cut -d' ' -f2 | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$ms $rss"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f", a / b; else printf "-" }'; }

# arrays, not functions: GNU time runs programs, not shell functions
ours=(java -jar target/grpo-kg.jar)
jena=(java $log -cp "$cp")

{
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  busy=$(ps -eo pcpu=,comm= | awk '$1 > 20 { n++ } END { print n + 0 }')
  echo
  echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC') (bench/run.sh --sizes $sizes --tool-sizes $tool_sizes --runs $runs --pairs $pairs --clients $clients --seconds $seconds${skip:+ --skip $skip})"
  echo
  echo "Machine: $(nproc) cores ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/^Mem:/ { print $2 }') GiB,"
  echo "$(java -version 2>&1 | head -1 | tr -d '"'), Apache Jena 5.6.0, $(uname -sr). Load average at the start: $load;"
  echo "$busy other processes above 20% CPU at the start$( [ "$busy" -gt 0 ] && echo ' (other processes were running: read ratios, not milliseconds)')."
} > "$report"

# ---- CLI start to first answer on the real catalogue
if ! skipped start; then
  ./grpo-kg query -e 'ASK {}' > /dev/null               # the store is fresh and the launcher's archive exists
  ./grpo-kg query -e 'ASK {}' > /dev/null
  jsa=$(ls target/cds/*.jsa 2>/dev/null | head -1)
  {
    echo
    echo "### CLI: \`./grpo-kg query -e 'ASK {}'\` on the real catalogue, start to answer (median of $runs; target ≤ 1,000 ms)"
    echo
    echo "| how Java starts | wall (ms) | peak RSS (MB) |"
    echo "|---|---:|---:|"
    read -r ms rss < <(median ":" env GRPO_KG_NO_CDS=1 GRPO_KG_JAVA_OPTS= ./grpo-kg query -e 'ASK {}')
    echo "| launcher, plain JVM (GRPO_KG_NO_CDS=1) | $ms | $rss |"
    read -r ms rss < <(median ":" env GRPO_KG_NO_CDS=1 GRPO_KG_JAVA_OPTS=-XX:TieredStopAtLevel=1 ./grpo-kg query -e 'ASK {}')
    echo "| C1 only (-XX:TieredStopAtLevel=1) | $ms | $rss |"
    if [ -n "$jsa" ]; then
      read -r ms rss < <(median ":" env GRPO_KG_NO_CDS=1 GRPO_KG_JAVA_OPTS="-XX:SharedArchiveFile=$jsa -Xlog:cds=off" ./grpo-kg query -e 'ASK {}')
      echo "| class-data sharing archive only | $ms | $rss |"
    fi
    read -r ms rss < <(median ":" ./grpo-kg query -e 'ASK {}')
    echo "| **the launcher as shipped** (archive + C1 for short commands) | $ms | $rss |"
  } >> "$report"
fi

# ---- command-line tools against Jena's
if ! skipped tools; then
  {
    echo
    echo "### Commands against Jena's tools (median of $runs whole JVM runs; ratio = grpo-kg / Jena, lower is better)"
    echo
    echo "| entries | quads | task | grpo-kg (ms) | Jena tool (ms) | ratio | peak RSS grpo-kg / Jena (MB) |"
    echo "|---:|---:|---|---:|---:|---:|---:|"
  } >> "$report"
  for n in ${tool_sizes//,/ }; do
    d="$work/data-$n"; s1="$work/store-$n"; s2="$work/jena-store-$n"
    rm -rf "$d" "$s1" "$s2"
    "${ours[@]}" generate --entries "$n" -o "$d" > /dev/null
    java $heap -jar target/grpo-kg.jar build --data "$d" --store "$s1" > /dev/null
    "${ours[@]}" export --format trig --store "$s1" -o "$work/graph-$n.trig"
    "${ours[@]}" export --format turtle --store "$s1" -o "$work/graph-$n.ttl"
    quads=$(grep '^quads=' "$(live "$s1")/grpo-kg-build.properties" | cut -d= -f2)
    row() { echo "| $n | $quads | $1 | $2 | $4 | $(ratio "$2" "$4") | $3 / $5 |" >> "$report"; }
    read -r a ar < <(median "rm -rf $s1" java $heap -jar target/grpo-kg.jar build --data "$d" --store "$s1")
    read -r b br < <(median "rm -rf $s2" "${jena[@]}" tdb2.tdbloader --loader=sequential --loc "$s2" "$work/graph-$n.trig")
    row "build: Markdown+YAML → validated TDB2 vs tdb2.tdbloader of the resulting TriG" "$a" "$ar" "$b" "$br"
    read -r a ar < <(median ":" "${ours[@]}" validate --data "$d")
    read -r b br < <(median ":" "${jena[@]}" shacl.shacl validate --shapes ontology/grpo-kg-shapes.ttl --data "$work/graph-$n.ttl")
    row "validate: data folder vs shacl validate of the built Turtle" "$a" "$ar" "$b" "$br"
    read -r a ar < <(median ":" "${ours[@]}" export --format ntriples --store "$s1")
    read -r b br < <(median ":" "${jena[@]}" tdb2.tdbdump --loc "$(live "$s1")")
    row "export: sorted N-Triples of the default graph vs tdb2.tdbdump (all quads)" "$a" "$ar" "$b" "$br"
    read -r a ar < <(median ":" "${ours[@]}" query queries/00-catalogue-overview.rq --format csv --store "$s1")
    read -r b br < <(median ":" "${jena[@]}" tdb2.tdbquery --loc "$(live "$s1")" --query queries/00-catalogue-overview.rq --results=csv)
    row "query: 00-catalogue-overview.rq as CSV vs tdb2.tdbquery" "$a" "$ar" "$b" "$br"
    rm -rf "$s2"
  done
fi

# ---- the server against plain Fuseki, at each size
if ! skipped server; then
  {
    echo
    echo "### The server against plain Fuseki (Jena's FusekiMainCmd from the same jar, TDB2 store of the same build)"
    echo
    echo "Generated data (\`grpo-kg generate --entries N\`, seed 42), built once per size:"
    echo
    echo "| entries | quads | generate (ms / MB) | build (ms / MB) |"
    echo "|---:|---:|---:|---:|"
  } >> "$report"
  sizes_list=(${sizes//,/ })
  for n in "${sizes_list[@]}"; do
    d="$work/data-$n"; s="$work/store-$n"
    if [ "$reuse" = 1 ] && [ -f "$s/current" ] && [ -f "$d/catalogue.md" ]; then
      g="(reused)"; gr="-"; b="(reused)"; br="-"
    else
      rm -rf "$d" "$s"
      read -r g gr < <(once java -jar target/grpo-kg.jar generate --entries "$n" -o "$d")
      read -r b br < <(once java $heap -jar target/grpo-kg.jar build --data "$d" --store "$s")
    fi
    quads=$(grep '^quads=' "$(live "$s")/grpo-kg-build.properties" | cut -d= -f2)
    echo "| $n | $quads | $g / $gr | $b / $br |" >> "$report"
  done
  for n in "${sizes_list[@]}"; do
    java -cp "$cp" org.grpokg.bench.ServerBench --jar target/grpo-kg.jar --data "$work/data-$n" --store "$work/store-$n" \
      --entries "$n" --work "$work" --pairs "$pairs" --clients "$clients" --seconds "$seconds" --budget "$budget" --requests 1000000 ${answers[@]+"${answers[@]}"} >> "$report"
  done
  if [ "${#sizes_list[@]}" -gt 1 ]; then
    lo="${sizes_list[0]}"; hi="${sizes_list[-1]}"
    {
      echo
      echo "How each library query grows from $lo to $hi entries (p50 over HTTP, one client; target at 100 k: < 100 ms for a"
      echo "query about one entity or facet, and for the overview's first page):"
      echo
      echo "| query | rows at $lo | p50 at $lo (ms) | rows at $hi | p50 at $hi (ms) | p95 at $hi (ms) | growth |"
      echo "|---|---:|---:|---:|---:|---:|---:|"
      LC_ALL=C join -t $'\t' <(LC_ALL=C sort "$work/query-latency-$lo.tsv") <(LC_ALL=C sort "$work/query-latency-$hi.tsv") \
        | awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %.1f× |\n", $1, $2, $3, $5, $6, $7, ($3 > 0 ? $6 / $3 : 0) }'
    } >> "$report"
  fi
fi

cat "$report"
if [ "$append" = 1 ]; then
  cat "$report" >> BENCHMARKS.md
  echo "bench: appended to BENCHMARKS.md" >&2
fi
