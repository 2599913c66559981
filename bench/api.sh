#!/usr/bin/env bash
# The served Step Functions API, measured through the AWS SDK for Java v2 on loopback (ApiEndpointBench):
# StartSyncExecution round trips per second (every answer checked) with the CPU time per round trip split between
# server and client, StartExecution + DescribeExecution latency beside the in-process figure, and the live heap with
# 100,000 finished executions retained. System properties tune it:
#
#   bench/api.sh                                   # 30 s warm-up, 10 s per measurement, 4 client threads
#                                                  # (the sync line says how long the JIT still compiled meanwhile)
#   JAVA_OPTS="-Dthreads=2 -Dretained=10000" bench/api.sh
#   JAVA_OPTS="-Dphases=sync" bench/api.sh         # only some of sync,latency,memory,clients
#   JAVA_OPTS="-Dclient=apache/sigv4/override" bench/api.sh   # http/auth/endpoint; default apache/none/override
#   JAVA_OPTS="-Dphases=clients -Dwarmup=15 -Dmeasure=5 -Drounds=3" bench/api.sh
#                                                  # client configurations round-robin in one JVM (-Dcompare=a,b,...)
#   SKIP_BUILD=1 bench/api.sh                      # reuse the last build
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn -B -o -q -f bench/reactor/pom.xml -DskipTests -Djacoco.skip=true -Denforcer.skip=true -Dinvoker.skip=true package
fi
CP="bench/target/sfn-unit-bench-0.1.0.jar:$(cat bench/target/classpath.txt)"
# HttpURLConnection (client urlconnection/...) keeps 5 idle connections per host unless told; each thread keeps one.
exec java -Xmx2g -Dhttp.maxConnections=64 ${JAVA_OPTS:-} -cp "$CP" \
  -Dsfnunit.bench.workloads=bench/workloads io.github.sfnunit.bench.ApiEndpointBench
