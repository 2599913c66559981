#!/usr/bin/env bash
# One case of the shared conformance corpus through the CLI, as ../shared/conformance/README.md specifies.
# check.py calls it as: conformance-runner.sh {definition} {input} {mocks} {case}
set -euo pipefail
definition="$1" input="$2" mocks="$3" case_dir="$4"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The corpus's "activity_arn" stands for the activity ARN AWS saw (ConformanceCase.definitionJson says why).
if grep -q '"activity_arn"' "$definition"; then
    restored="$(mktemp)"
    trap 'rm -f "$restored"' EXIT
    sed 's/"activity_arn"/"arn:aws:states:us-east-1:111111111111:activity:activity_arn"/g' "$definition" >"$restored"
    definition="$restored"
fi
args=(run "$definition" --input "@$input" --format json)
if [[ -n "$mocks" ]]; then
    args+=(--mock-config "$mocks" --state-machine conformance --test-case default)
fi
# meta.json says when AWS's clock was frozen (sandboxNow) and whether the machine was STANDARD or EXPRESS.
read -r sandbox_now machine_type < <(python3 -c 'import json,sys
meta = json.load(open(sys.argv[1]))
print(meta.get("sandboxNow") or "-", meta.get("stateMachineType") or "-")' "$case_dir/meta.json")
if [[ "$sandbox_now" != "-" ]]; then
    args+=(--start-time "$sandbox_now")
fi
if [[ "$machine_type" != "-" ]]; then
    args+=(--type "$machine_type")
fi
"$root/sfn-unit" "${args[@]}"
