#!/usr/bin/env bash
# Starts `sfn-unit serve` and drives it with the AWS CLI's own `aws stepfunctions ... --endpoint-url` commands and a
# boto3 script, as a Step Functions user would: create, update, describe, list and delete a state machine; start,
# describe, list and stop executions; a failed execution's TaskFailed/ExecutionFailed events; and
# validate-state-machine-definition and test-state (its 2025 mock form) where the CLI has them. Any unexpected answer fails the script.
#
#   scripts/aws-cli-smoke.sh            # uses `aws` and `python3` from PATH
#   AWS_CLI=/usr/bin/aws scripts/aws-cli-smoke.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
smoke="$root/scripts/smoke"
aws_cli="${AWS_CLI:-aws}"
python="${PYTHON:-python3}"
# TestState (like StartSyncExecution) carries the host prefix "sync-": "sync-127.0.0.1" does not resolve.
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 AWS_PAGER="" \
    AWS_DISABLE_HOST_PREFIX_INJECTION=true

log="$(mktemp)"
"$root/sfn-unit" serve --port 0 --mock-config "$smoke/MockConfigFile.json" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT

url=""
for _ in $(seq 1 600); do
    url="$(grep -m1 -o 'http://[0-9.:]*' "$log" || true)"
    [[ -n "$url" ]] && break
    kill -0 "$server" 2>/dev/null || { cat "$log" >&2; echo "sfn-unit serve did not start" >&2; exit 1; }
    sleep 0.5
done
[[ -n "$url" ]] || { cat "$log" >&2; echo "sfn-unit serve printed no URL" >&2; exit 1; }

sfn() {
    echo "\$ aws stepfunctions --endpoint-url $url $*" >&2
    "$aws_cli" stepfunctions --endpoint-url "$url" "$@"
}
expect() { # expect WHAT ACTUAL EXPECTED
    if [[ "$2" != "$3" ]]; then
        echo "FAILED: $1: expected '$3' but was '$2'" >&2
        exit 1
    fi
    echo "ok: $1 = $2" >&2
}

role=arn:aws:iam::123456789012:role/DummyRole
machine=$(sfn create-state-machine --name OrderFlow --role-arn "$role" \
    --definition "file://$smoke/order-flow.asl.json" --query stateMachineArn --output text)
expect "create-state-machine" "$machine" "arn:aws:states:us-east-1:123456789012:stateMachine:OrderFlow"

sfn update-state-machine --state-machine-arn "$machine" --definition "file://$smoke/order-flow.asl.json" \
    --role-arn "$role-2" >&2
expect "describe-state-machine roleArn" \
    "$(sfn describe-state-machine --state-machine-arn "$machine" --query roleArn --output text)" "$role-2"
expect "list-state-machines" "$(sfn list-state-machines --query 'stateMachines[].name' --output text)" "OrderFlow"

happy=$(sfn start-execution --state-machine-arn "$machine#HappyPath" --name happy --input '{"orderId":"o-1"}' \
    --query executionArn --output text)
expect "start-execution" "$happy" "arn:aws:states:us-east-1:123456789012:execution:OrderFlow:happy"
sfn describe-execution --execution-arn "$happy" >&2
expect "describe-execution status" \
    "$(sfn describe-execution --execution-arn "$happy" --query status --output text)" "SUCCEEDED"
expect "describe-execution output" \
    "$(sfn describe-execution --execution-arn "$happy" --query output --output text)" \
    '{"orderId":"o-1","charge":{"chargeId":"ch-1"}}'

declined=$(sfn start-execution --state-machine-arn "$machine#Declined" --name declined \
    --query executionArn --output text)
failures=$(sfn get-execution-history --execution-arn "$declined" \
    --query 'events[?type==`TaskFailed` || type==`ExecutionFailed`]' --output json)
echo "$failures" >&2
expect "get-execution-history TaskFailed/ExecutionFailed" \
    "$(echo "$failures" | "$python" -c 'import json,sys; print(" ".join(e["type"] for e in json.load(sys.stdin)))')" \
    "TaskFailed ExecutionFailed"

activity=$(sfn create-activity --name approve --query activityArn --output text)
waiting=$(sfn create-state-machine --name Approval --role-arn "$role" --query stateMachineArn --output text \
    --definition "{\"StartAt\":\"Approve\",\"States\":{\"Approve\":{\"Type\":\"Task\",\"Resource\":\"$activity\",\"End\":true}}}")
running=$(sfn start-execution --state-machine-arn "$waiting" --name pending --query executionArn --output text)
expect "list-executions RUNNING" \
    "$(sfn list-executions --state-machine-arn "$waiting" --status-filter RUNNING --query 'executions[].name' --output text)" \
    "pending"
sfn stop-execution --execution-arn "$running" --error Cancelled --cause "by the smoke test" >&2
expect "stop-execution" \
    "$(sfn describe-execution --execution-arn "$running" --query status --output text)" "ABORTED"
expect "list-executions" \
    "$(sfn list-executions --state-machine-arn "$machine" --query 'executions[].name' --output text)" \
    "$(printf 'declined\thappy')"

if "$aws_cli" stepfunctions help 2>/dev/null | grep -q validate-state-machine-definition; then
    expect "validate-state-machine-definition" \
        "$(sfn validate-state-machine-definition --definition '{"StartAt":"A","States":{}}' --query result --output text)" \
        "FAIL"
else
    echo "skipped: this AWS CLI ($("$aws_cli" --version 2>&1)) has no validate-state-machine-definition" >&2
fi

# TestState as of November 2025 (mock, stateConfiguration): older CLIs have test-state without them.
if "$aws_cli" stepfunctions test-state help 2>/dev/null | grep -q -- '--state-configuration'; then
    expect "test-state (mocked result) status nextState output" \
        "$(sfn test-state --definition "file://$smoke/order-flow.asl.json" --state-name ChargeCard \
            --input '{"orderId":"o-1"}' --mock '{"result":"{\"Payload\":{\"chargeId\":\"ch-1\"}}"}' \
            --query '[status,nextState,output]' --output text)" \
        "$(printf 'SUCCEEDED\tWaitADay\t{"orderId":"o-1","charge":{"chargeId":"ch-1"}}')"
    expect "test-state (mocked error) status nextState retryBackoffIntervalSeconds" \
        "$(sfn test-state --input '{}' --inspection-level DEBUG \
            --definition '{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"Retry":[{"ErrorEquals":["States.TaskFailed"],"IntervalSeconds":3,"BackoffRate":2}],"End":true}' \
            --mock '{"errorOutput":{"error":"States.TaskFailed","cause":"boom"}}' \
            --state-configuration '{"retrierRetryCount":1}' \
            --query '[status,nextState,inspectionData.errorDetails.retryBackoffIntervalSeconds]' --output text)" \
        "$(printf 'RETRIABLE\tTestState\t6')"
else
    echo "skipped: this AWS CLI ($("$aws_cli" --version 2>&1)) has no test-state with --mock/--state-configuration" >&2
fi

if sfn describe-execution --execution-arn "$machine:nope" 2>"$log.err"; then
    echo "FAILED: describe-execution of a machine ARN succeeded" >&2
    exit 1
fi
expect "InvalidArn error" "$(grep -o 'InvalidArn' "$log.err" | head -1)" "InvalidArn"
rm -f "$log.err"

sfn delete-state-machine --state-machine-arn "$machine" >&2
expect "delete-state-machine" "$(sfn list-state-machines --query 'stateMachines[].name' --output text)" "Approval"

"$python" "$root/scripts/boto3-smoke.py" "$url"
echo "aws cli smoke: OK ($("$aws_cli" --version 2>&1))"
