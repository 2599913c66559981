#!/usr/bin/env bash
# Cold start: what a CI run pays first, each measurement in a fresh JVM (issue #19). Prints the median of RUNS
# runs (default 10) of:
#   - junit:   the first test of a @StateMachineTest class (the extension loads and compiles the ten-state
#              definition of workload (a), then the first execution), through the JUnit Platform launcher;
#   - library: loading and compiling the same definition, then the first execution, without JUnit;
#   - cli:     `./sfn-unit run examples/hello-world.asl.json --input ...` (the README's main job) from a built checkout,
#              wall and CPU time of the whole process, with the launcher's class-data sharing archive (the default);
#   - cli-nocds: the same with SFN_UNIT_CDS=0 (no archive), the "before" of the archive.
#
#   bench/cold-start.sh            # all four
#   RUNS=20 bench/cold-start.sh cli
#   BEFORE=../old-checkout RUNS=15 bench/cold-start.sh junit library
#                                  # junit/library of an older built checkout (its bench/target) and of this one,
#                                  # run by turns (old, new, old, ...) so that both see the same machine
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
WHAT=${*:-junit library cli-nocds cli}
HELLO_INPUT='{"name":"Ada","patient":true}'

${SKIP_BUILD:+:} mvn -B -o -q -f bench/reactor/pom.xml -DskipTests -Djacoco.skip=true -Denforcer.skip=true package
CP="bench/target/sfn-unit-bench-0.1.0.jar:$(cat bench/target/classpath.txt)"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for what in $WHAT; do
  case "$what" in
    junit|library)
      # The JUnit run writes its coverage report (as in a user's build) into a fresh folder, not into target/sfn-unit
      # of this checkout, whose data from other runs would be merged in; only the figures' line is kept.
      sides=(".")
      [[ -n "${BEFORE:-}" ]] && sides=("$BEFORE" ".")
      declare -A out=()
      for _ in $(seq "$RUNS"); do
        for side in "${sides[@]}"; do
          coverage=$(mktemp -d)
          line=$(cd "$side" && java -Dsfnunit.coverage.dir="$coverage" \
            -cp "bench/target/sfn-unit-bench-0.1.0.jar:$(cat bench/target/classpath.txt)" \
            io.github.sfnunit.bench.ColdStart "$what" | grep "^$what ")
          out[$side]+="$line"$'\n'
          rm -rf "$coverage"
        done
      done
      # every figure of the line, as the median over the runs
      for side in "${sides[@]}"; do
        label=$what; [[ -n "${BEFORE:-}" ]] && label="$what ($([[ "$side" == . ]] && echo "this checkout" || echo "$side"))"
        for key in $(echo "${out[$side]}" | head -1 | tr ' ' '\n' | grep = | cut -d= -f1); do
          printf '%s %s: %s ms (median of %s)\n' "$label" "$key" \
            "$(echo "${out[$side]}" | tr ' ' '\n' | grep "^$key=" | cut -d= -f2 | median)" "$RUNS"
        done
      done
      ;;
    cli|cli-nocds)
      # cli: as the launcher runs by default, with its class-data sharing archive (made by the untimed first run);
      # cli-nocds: the same with SFN_UNIT_CDS=0 (the JVM loads every class from the jar).
      cds=1; [[ "$what" == cli-nocds ]] && cds=0
      SFN_UNIT_CDS=$cds ./sfn-unit run examples/hello-world.asl.json --input "$HELLO_INPUT" >/dev/null 2>&1   # builds/archives on first use; not timed
      TIMEFORMAT='%R %U %S'
      out=$(for _ in $(seq "$RUNS"); do
        { time SFN_UNIT_CDS=$cds ./sfn-unit run examples/hello-world.asl.json --input "$HELLO_INPUT" >/dev/null; } 2>&1
      done)
      wall=$(echo "$out" | awk '{ printf "%d\n", $1 * 1000 }' | median)
      cpu=$(echo "$out" | awk '{ printf "%d\n", ($2 + $3) * 1000 }' | median)
      printf '%s run examples/hello-world.asl.json: %s ms wall, %s ms CPU (user+system, all threads) (median of %s)\n' \
        "$what" "$wall" "$cpu" "$RUNS"
      ;;
    *) echo "unknown: $what (junit, library, cli or cli-nocds)" >&2; exit 2 ;;
  esac
done
