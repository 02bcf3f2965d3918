#!/usr/bin/env bash
# Profile one library query on `grpo-kg serve` with Java Flight Recorder and print the hottest frames.
# Usage: bench/profile.sh DATA_DIR STORE_DIR QUERY.rq [REPEATS=20] [LIMIT]
#   e.g. bench/profile.sh target/bench/data-100000 target/bench/store-100000 queries/00-catalogue-overview.rq 20 100
# Runs the query REPEATS times over HTTP (with LIMIT added when given), then prints the 25 most frequent
# top frames and the 25 most frequent frames of ours (org.grpokg) or Jena's (org.apache.jena) anywhere
# on the sampled stacks. The recording stays in target/bench/profile.jfr for `jfr` or JDK Mission Control.
set -euo pipefail
cd "$(dirname "$0")/.."
data="$1"; store="$2"; query="$3"; repeats="${4:-20}"; limit="${5:-}"
jfr_file=target/bench/profile.jfr
mkdir -p target/bench
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -XX:StartFlightRecording=filename="$jfr_file",settings=profile -jar target/grpo-kg.jar serve --port "$port" \
     --data "$data" --store "$store" > target/bench/profile-serve.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/kg/sparql" --data-urlencode 'query=ASK {}' > /dev/null; do sleep 0.2; done
text=$(cat "$query")
[ -n "$limit" ] && text="$text LIMIT $limit"
for i in $(seq 1 "$repeats"); do
  /usr/bin/time -f "%e s" curl -sf "http://127.0.0.1:$port/kg/sparql" -H 'Accept: text/csv' \
       -H 'Content-Type: application/sparql-query' --data-binary "$text" > /dev/null
done 2>&1 | sort -n | awk '{ t[NR] = $1 } END { printf "p50 %.3f s over %d runs\n", t[int((NR + 1) / 2)], NR }'
jcmd "$pid" JFR.dump filename="$jfr_file" > /dev/null
kill "$pid"; wait "$pid" 2>/dev/null || true; trap - EXIT
echo "top frames (self time):"
jfr print --events jdk.ExecutionSample "$jfr_file" | awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print }' \
  | sort | uniq -c | sort -rn | head -25
echo "frames of ours or Jena's anywhere on the stack (inclusive):"
jfr print --events jdk.ExecutionSample "$jfr_file" | grep -E '^\s+(org\.grpokg|org\.apache\.jena)' | sed 's/^[ \t]*//; s/line:.*//' \
  | sort | uniq -c | sort -rn | head -25
