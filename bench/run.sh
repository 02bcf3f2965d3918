#!/usr/bin/env bash
# Benchmark: grpo-kg's commands against Jena's own tools on the same data, in the same run.
# Usage: bench/run.sh [SIZES...]   (default: 1000 10000 synthetic entries; about 150 quads each)
# Prints a Markdown table of median wall-clock times (whole JVM runs, 3 repetitions) and ratios.
# Each pair does comparable work; see BENCHMARKS.md for what each pair measures.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000}")
[ $# -eq 0 ] && sizes=(1000 10000)
runs=3
mvn -q -B -Dstyle.color=never -DskipTests package >&2
mvn -q -B -Dstyle.color=never -Pbench test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
log="-Dlog4j2.configurationFile=classpath:grpo-kg-log4j2.properties"
work=target/bench
mkdir -p "$work"

# median wall time in ms of a command run $runs times; a "prep" command runs before each run, untimed
median() {
  local prep="$1"; shift
  local times=()
  for _ in $(seq 1 "$runs"); do
    eval "$prep"
    local t0 t1
    t0=$(date +%s%N)
    "$@" > /dev/null
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

ours() { java -jar target/grpo-kg.jar "$@"; }
jena() { java $log -cp "$cp" "$@"; }

echo "| entries | quads | task | grpo-kg (ms) | Jena tool (ms) | ratio |"
echo "|---:|---:|---|---:|---:|---:|"
for n in "${sizes[@]}"; do
  d="$work/data-$n"; s1="$work/store-$n"; s2="$work/jena-store-$n"
  rm -rf "$d" "$s1" "$s2"
  java -cp "$cp" org.grpokg.bench.SyntheticData "$d" "$n"
  ours build --data "$d" --store "$s1" > /dev/null
  ours export --format trig --store "$s1" -o "$work/graph-$n.trig"
  ours export --format turtle --store "$s1" -o "$work/graph-$n.ttl"
  quads=$(grep '^quads=' "$s1/grpo-kg-build.properties" | cut -d= -f2)
  triples=$(ours export --format ntriples --store "$s1" | wc -l)
  [ "$triples" -gt "$n" ] || { echo "bench: the export of $s1 has only $triples triples" >&2; exit 1; }

  row() { echo "| $n | $quads | $1 | $2 | $3 | $(awk -v a="$2" -v b="$3" 'BEGIN { printf "%.2f", a / b }') |"; }

  a=$(median "rm -rf $s1" ours build --data "$d" --store "$s1")
  b=$(median "rm -rf $s2" jena tdb2.tdbloader --loader=sequential --loc "$s2" "$work/graph-$n.trig")
  row "build: Markdown+YAML → validated TDB2 vs tdb2.tdbloader of the resulting TriG" "$a" "$b"

  a=$(median ":" ours validate --data "$d")
  b=$(median ":" jena shacl.shacl validate --shapes ontology/grpo-kg-shapes.ttl --data "$work/graph-$n.ttl")
  row "validate: data folder vs shacl validate of the built Turtle" "$a" "$b"

  a=$(median ":" ours export --format ntriples --store "$s1")
  b=$(median ":" jena tdb2.tdbdump --loc "$s1")
  row "export: N-Triples of the default graph vs tdb2.tdbdump (all quads)" "$a" "$b"

  a=$(median ":" ours export --store "$s1")
  b=$(median ":" jena riotcmd.riot --output=turtle "$work/graph-$n.ttl")
  row "export: pretty Turtle from the store vs riot re-writing the same Turtle" "$a" "$b"

  a=$(median ":" ours query queries/00-catalogue-overview.rq --format csv --store "$s1")
  b=$(median ":" jena tdb2.tdbquery --loc "$s1" --query queries/00-catalogue-overview.rq --results=csv)
  row "query: 00-catalogue-overview.rq as CSV vs tdb2.tdbquery" "$a" "$b"
done
