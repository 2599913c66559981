"""Calls create_state_machine and start_execution as AWS's boto3 docs show, against `sfn-unit serve`.

Usage: python3 scripts/boto3-smoke.py http://127.0.0.1:8083
"""
import json
import sys

import boto3
from botocore.config import Config

endpoint = sys.argv[1]
sfn = boto3.client(
    "stepfunctions",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="test",
    aws_secret_access_key="test",
    # StartSyncExecution's "sync-" host prefix would not resolve on 127.0.0.1
    config=Config(inject_host_prefix=False),
)

definition = {
    "Comment": "A Hello World example of the Amazon States Language using a Pass state",
    "StartAt": "HelloWorld",
    "States": {"HelloWorld": {"Type": "Pass", "Result": "Hello World!", "End": True}},
}
created = sfn.create_state_machine(
    name="HelloWorld-boto3",
    definition=json.dumps(definition),
    roleArn="arn:aws:iam::123456789012:role/service-role/StepFunctions-HelloWorld",
)
print("create_state_machine:", created["stateMachineArn"], created["creationDate"].isoformat())

started = sfn.start_execution(
    stateMachineArn=created["stateMachineArn"], name="boto3-1", input=json.dumps({"IsHelloWorldExample": True})
)
print("start_execution:", started["executionArn"], started["startDate"].isoformat())

described = sfn.describe_execution(executionArn=started["executionArn"])
print("describe_execution:", described["status"], described["output"])
assert described["status"] == "SUCCEEDED", described
assert json.loads(described["output"]) == "Hello World!", described

try:
    sfn.describe_execution(executionArn=started["executionArn"] + "-nope")
    raise AssertionError("expected ExecutionDoesNotExist")
except sfn.exceptions.ExecutionDoesNotExist as e:
    print("ExecutionDoesNotExist:", e.response["Error"]["Message"])
print("boto3 smoke: OK")
