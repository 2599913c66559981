#!/usr/bin/env bash
# Side-by-side benchmark: the workloads of bench/workloads run in sfn-unit and in aws-local-stepfunctions
# (the npm package, pinned in bench/node/package-lock.json), each after a warm-up, one workload per process,
# one after the other on this machine. Each side's output is checked against the other's (or, for JSONata,
# against the expected output) before anything is timed. Prints a Markdown table for docs/performance.md.
#
#   bench/run.sh                      # all workloads, 10 s warm-up, 5 s measurement each (of CPU time)
#   WARMUP=2 MEASURE=3 bench/run.sh a c
#   SFNUNIT_BENCH_COVERAGE=1 bench/run.sh a b   # also sfn-unit with coverage recording off and on, in alternating batches
#
# The warm-up is 10 s because the JVM's compiler is still busy after 3 s: sfn-unit's process then burns about a
# third more CPU than wall time (compiler threads), and its figures are those of a JVM still warming up.
#
# Needs: Java 17, Maven (offline repository), npm. Node 22 comes from the npm package "node" (pinned), since
# aws-local-stepfunctions 3.0.0 needs Promise.withResolvers (node >= 22) for every Task state.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-10}
MEASURE=${MEASURE:-5}
IDS=${*:-a b c d e f g h i}
OUT=bench/target/side-by-side
JVM_OPTS=${JVM_OPTS:--Xms2g -Xmx2g -XX:+UseG1GC}

echo "== building (npm ci, mvn package)" >&2
(cd bench/node && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
${SKIP_BUILD:+:} mvn -B -o -q -f bench/reactor/pom.xml -DskipTests -Djacoco.skip=true -Denforcer.skip=true package
CP="bench/target/sfn-unit-bench-0.1.0.jar:$(cat bench/target/classpath.txt)"
NODE=bench/node/node_modules/.bin/node

rm -rf "$OUT" && mkdir -p "$OUT"
for id in $IDS; do
  echo "== workload $id: aws-local-stepfunctions" >&2
  "$NODE" --expose-gc bench/node/run-peer.mjs "$OUT/peer-$id.json" "$WARMUP" "$MEASURE" "$id"
  echo "== workload $id: sfn-unit" >&2
  # shellcheck disable=SC2086
  java $JVM_OPTS -cp "$CP" io.github.sfnunit.bench.SideBySide run bench/workloads "$OUT" "$WARMUP" "$MEASURE" "$id"
done

echo
echo "Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),"\
  "$(free -g | awk '/Mem:/ {print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end;"\
  "$(java -version 2>&1 | head -1); $("$NODE" --version) for the peer; JVM options: $JVM_OPTS;"\
  "warm-up ${WARMUP} s, measurement ${MEASURE} s per workload and side."
echo
java -cp "$CP" io.github.sfnunit.bench.SideBySide table bench/workloads "$OUT"
