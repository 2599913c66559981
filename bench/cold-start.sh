#!/usr/bin/env bash
# Cold start: what a CI run pays first, each measurement in a fresh JVM (issue #19). Prints the median of RUNS
# runs (default 10) of:
#   - junit:   the first test of a @StateMachineTest class (the extension loads and compiles the ten-state
#              definition of workload (a), then the first execution), through the JUnit Platform launcher;
#   - library: loading and compiling the same definition, then the first execution, without JUnit;
#   - cli:     `./sfn-unit run examples/hello-world.asl.json --input ...` (the README's main job) from a built checkout, wall time of the whole process.
#
#   bench/cold-start.sh            # all three
#   RUNS=20 bench/cold-start.sh cli
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
WHAT=${*:-junit library cli}
HELLO_INPUT='{"name":"Ada","patient":true}'

mvn -B -o -q -f bench/reactor/pom.xml -DskipTests -Djacoco.skip=true -Denforcer.skip=true package
CP="bench/target/sfn-unit-bench-0.1.0.jar:$(cat bench/target/classpath.txt)"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for what in $WHAT; do
  case "$what" in
    junit|library)
      out=$(for _ in $(seq "$RUNS"); do java -cp "$CP" io.github.sfnunit.bench.ColdStart "$what"; done)
      # every figure of the line, as the median over the runs
      for key in $(echo "$out" | head -1 | tr ' ' '\n' | grep = | cut -d= -f1); do
        printf '%s %s: %s ms (median of %s)\n' "$what" "$key" \
          "$(echo "$out" | tr ' ' '\n' | grep "^$key=" | cut -d= -f2 | median)" "$RUNS"
      done
      ;;
    cli)
      ./sfn-unit run examples/hello-world.asl.json --input "$HELLO_INPUT" >/dev/null 2>&1   # builds on first use; not timed
      ms=$(for _ in $(seq "$RUNS"); do
        start=$(date +%s%N)
        ./sfn-unit run examples/hello-world.asl.json --input "$HELLO_INPUT" >/dev/null
        echo $(( ($(date +%s%N) - start) / 1000000 ))
      done | median)
      printf 'cli run examples/hello-world.asl.json: %s ms wall (median of %s)\n' "$ms" "$RUNS"
      ;;
    *) echo "unknown: $what (junit, library or cli)" >&2; exit 2 ;;
  esac
done
