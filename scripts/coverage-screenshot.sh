#!/usr/bin/env bash
# Renders sfn-unit coverage reports in headless Chromium and saves screenshots under docs/images/, to look at them
# as a person would (labels not overlapping, legible at 100% zoom, a 50+ state machine still readable).
#
#   mvn -B verify                      # leaves the sample-tests report in sample-tests/target/sfn-unit
#   scripts/coverage-screenshot.sh     # then this
#
# Screenshots: coverage-index.png (the sample-tests index), coverage-machine.png (ticket-triage: two of three rules
# taken), coverage-retries.png (payment-retries), coverage-large.png (examples/large-fulfilment.asl.json, 55 states,
# after three CLI runs) and coverage-execution.png (one execution's path, from `run --html`).
# shellcheck disable=SC2086 # SFN_UNIT is a command with arguments on purpose
# Needs: chromium (Debian package), Java 17, Maven. No network: the pages fetch nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

SAMPLE=${1:-sample-tests/target/sfn-unit}
OUT=docs/images
WORK=target/coverage-screenshots
WIDTH=${WIDTH:-1400}
# The command line to run (SFN_UNIT="java -cp ... io.github.sfnunit.cli.Main" uses an existing build instead).
SFN_UNIT=${SFN_UNIT:-./sfn-unit}

if [[ ! -f "$SAMPLE/index.html" ]]; then
  echo "No report in $SAMPLE: run 'mvn -B verify' (or 'cd sample-tests && mvn test') first." >&2
  exit 1
fi

shot() { # shot FILE.html OUT.png HEIGHT
  local profile
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --screenshot="$2" --window-size="$WIDTH,$3" "file://$(realpath "$1")" >/dev/null 2>&1
  rm -rf "$profile"
  echo "$2"
}

page() { # page DIR PATTERN: the machine page whose name matches
  find "$1" -maxdepth 1 -name "$2" | head -1
}

rm -rf "$WORK" && mkdir -p "$WORK" "$OUT"

# The large machine: three executions through the CLI (Europe express, Americas back-order, no region), then the report.
for input in '{"region":"Europe","inStock":true,"express":true,"paid":true}' \
             '{"region":"Americas","inStock":false,"express":false,"weight":40,"paid":false,"paidLater":true}' \
             '{"region":"Mars"}'; do
  $SFN_UNIT run examples/large-fulfilment.asl.json --input "$input" --coverage "$WORK/large" >/dev/null || true
done
$SFN_UNIT run examples/large-fulfilment.asl.json --input '{"region":"Europe","inStock":false,"express":false,"weight":3,"paid":false,"paidLater":false}' \
  --html "$WORK/execution.html" >/dev/null || true
$SFN_UNIT coverage report "$WORK/large" >/dev/null

shot "$SAMPLE/index.html" "$OUT/coverage-index.png" 700
shot "$(page "$SAMPLE" 'ticket-triage.asl.json-*.html')" "$OUT/coverage-machine.png" 1250
shot "$(page "$SAMPLE" 'payment-retries.asl.json-*.html')" "$OUT/coverage-retries.png" 1300
shot "$(page "$WORK/large" 'large-fulfilment.asl.json-*.html')" "$OUT/coverage-large.png" 2600
shot "$WORK/execution.html" "$OUT/coverage-execution.png" 2000
