#!/usr/bin/env bash
# JMH benchmarks of the hot layers (bench/src/main/java/io/github/sfnunit/bench/jmh). Arguments go to JMH:
#
#   bench/jmh.sh                                # everything (about 10 minutes)
#   bench/jmh.sh TransitionBenchmarks -prof gc  # one class, with allocation rates
#   bench/jmh.sh -l                             # list the benchmarks
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q -f bench/reactor/pom.xml -DskipTests -Djacoco.skip=true -Denforcer.skip=true package
CP="bench/target/sfn-unit-bench-0.1.0.jar:$(cat bench/target/classpath.txt)"
exec java -cp "$CP" -Dsfnunit.bench.workloads=bench/workloads org.openjdk.jmh.Main "$@"
