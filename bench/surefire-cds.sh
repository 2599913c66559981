#!/usr/bin/env bash
# Class-data sharing in a Maven Surefire test JVM (issue #19): what a user's argLine can and cannot do, measured on a
# copy of sample-tests/ (a project written as a user writes it), once per JDK that the fork runs on.
#
#   archive:  the application archive a user would reach for first (JDK 17: -XX:ArchiveClassesAtExit; JDK 19+:
#             -XX:+AutoCreateSharedArchive) in Surefire's argLine: does the build pass, is an archive made, and what
#             reaches the build output;
#   jdk-only: a static archive of the JDK's own classes that the test JVM loads (its class list taken from one test
#             run, then java -Xshare:dump), which does not depend on the class path: RUNS interleaved runs without
#             and with it, the median of the fork's wall and CPU time (user + sys, of the fork JVM alone) and of the
#             first test class's "Time elapsed".
#
#   bench/surefire-cds.sh                                   # both, on the java on PATH and on the newest JDK
#   RUNS=9 JDKS=/usr/lib/jvm/temurin-25-jdk-amd64 bench/surefire-cds.sh jdk-only
#
# Needs sfn-unit installed in the local repository (the script runs mvn install first, unless SKIP_BUILD=1).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
WHAT=${*:-archive jdk-only}
default_jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
newest_jdk="$(sed -n 's:.*<sfnunit.newest.jdk>\(.*\)</sfnunit.newest.jdk>.*:\1:p' pom.xml | head -n 1)"
JDKS=${JDKS:-$default_jdk $newest_jdk}
version="$(sed -n '/<artifactId>sfn-unit<\/artifactId>/,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)"

${SKIP_BUILD:+:} mvn -B -o -q install -DskipTests -Djacoco.skip=true -Dinvoker.skip=true -Denforcer.skip=true

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r sample-tests "$work/project"
rm -rf "$work/project/target"
project="$work/project"

# One `mvn test` of the copy, the fork run on $1 (a java executable) with the remaining arguments; its log in $work/log.
run_tests() {
  local jvm=$1
  shift
  (cd "$project" && mvn -B -o test -Dsfn-unit.version="$version" -Djvm="$jvm" "$@") > "$work/log" 2>&1 || true
}

# What a class-data sharing run left in the build output: the JVM's own lines and Surefire's complaints about them.
jvm_lines() {
  grep -E '\[(cds|aot)|CDS|[Ss]hared archive|Corrupted channel' "$work/log" | sed "s:$work/project:<project>:g" | cut -c1-160 || true
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for jdk in $JDKS; do
  feature=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  echo "== $jdk (Java $feature), load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
  for what in $WHAT; do
    case "$what" in
      archive)
        if (( feature >= 19 )); then
          flags="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$project/target/tests.jsa"
        else
          flags="-XX:ArchiveClassesAtExit=$project/target/tests.jsa"
        fi
        for quiet in "" " -Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:aot=off"; do
          [[ -n "$quiet" && "$feature" -lt 24 ]] && quiet=" -Xlog:cds=off -Xlog:cds+dynamic=off"
          run_tests "$jdk/bin/java" -DargLine="$flags$quiet"
          echo "archive: argLine '$flags$quiet'"
          echo "  $(grep -E -m1 'BUILD (SUCCESS|FAILURE)' "$work/log" | sed 's/\[INFO\] //'); archive made: $(
            [[ -s "$project/target/tests.jsa" ]] && echo yes || echo no)"
          jvm_lines | sed 's/^/  | /'
          grep -h -v -E '^(#|$)' "$project"/target/surefire-reports/*.dumpstream 2> /dev/null | cut -c1-160 | sed 's/^/  | dumpstream: /' || true
          rm -f "$project/target/tests.jsa" "$project"/target/surefire-reports/*.dumpstream
        done
        ;;
      jdk-only)
        # The class list of one test run; the lines of classes loaded from jars (`source:`) are left out: the
        # archive holds the JDK's classes only, so it matches any class path.
        run_tests "$jdk/bin/java" -DargLine="-XX:DumpLoadedClassList=$work/classes.lst"
        grep -v 'source:' "$work/classes.lst" > "$work/jdk-classes.lst"
        (cd "$work" && "$jdk/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/jdk-classes.lst" \
          -XX:SharedArchiveFile="$work/jdk.jsa") > "$work/dump.log" 2>&1
        # The fork JVM behind a wrapper that records its own wall and CPU time.
        mkdir -p "$work/timed/bin"
        printf '#!/bin/sh\nexec /usr/bin/time -a -o %s -f "%%e %%U %%S" %s "$@"\n' "$work/fork.time" "$jdk/bin/java" \
          > "$work/timed/bin/java"
        chmod +x "$work/timed/bin/java"
        : > "$work/none.txt"
        : > "$work/jsa.txt"
        for _ in $(seq "$RUNS"); do
          for variant in none jsa; do
            args=()
            [[ $variant == jsa ]] && args=(-DargLine="-XX:SharedArchiveFile=$work/jdk.jsa -Xlog:cds=off")
            rm -f "$work/fork.time"
            run_tests "$work/timed/bin/java" "${args[@]}"
            grep -q 'BUILD SUCCESS' "$work/log" || { echo "jdk-only: $variant run failed, see $work/log" >&2; exit 1; }
            first=$(grep -m1 'Time elapsed' "$work/log" | sed -E 's/.*Time elapsed: ([0-9.]+) s.*/\1/')
            shared=$(jvm_lines | wc -l)
            awk -v first="$first" -v lines="$shared" '{ printf "%.0f %.0f %.0f %d\n", $1 * 1000, ($2 + $3) * 1000, first * 1000, lines }' \
              "$work/fork.time" >> "$work/$variant.txt"
          done
        done
        for variant in none jsa; do
          printf 'jdk-only %-4s fork wall %s ms, fork CPU %s ms, first test class %s ms (medians of %s); CDS lines in the output: %s\n' \
            "$variant" "$(cut -d ' ' -f 1 "$work/$variant.txt" | median)" "$(cut -d ' ' -f 2 "$work/$variant.txt" | median)" \
            "$(cut -d ' ' -f 3 "$work/$variant.txt" | median)" "$RUNS" "$(cut -d ' ' -f 4 "$work/$variant.txt" | paste -sd+ | bc)"
        done
        echo "load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
        ;;
      *)
        echo "unknown measurement: $what (archive, jdk-only)" >&2
        exit 2
        ;;
    esac
  done
done
