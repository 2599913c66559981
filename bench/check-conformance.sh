#!/usr/bin/env bash
# Scores sfn-unit on the AWS-recorded conformance corpus with the corpus's own checker, one CLI process per case.
# Usage: bench/check-conformance.sh [check.py options, e.g. --tags map --show-failures 20 --report out.json]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SFNUNIT_SHARED_DIR:-$root/../shared}"
if [[ ! -f "$shared/conformance/check.py" ]]; then
    echo "check-conformance: no corpus at $shared/conformance (set SFNUNIT_SHARED_DIR)" >&2
    exit 2
fi
"$root/sfn-unit" --version >/dev/null # build the command line once, before the parallel runs
exec python3 "$shared/conformance/check.py" --cases "$shared/conformance/cases" \
    --runner "bash '$root/bench/conformance-runner.sh' {definition} {input} {mocks} {case}" \
    --jobs "${JOBS:-2}" --timeout 120 "$@"
