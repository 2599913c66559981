// Runs the side-by-side workloads (../workloads/workloads.json) in aws-local-stepfunctions and writes, per
// workload, the output of one execution (for the equality check) and the executions per second measured after
// a warm-up (budgets in seconds of CPU time). Usage: node --expose-gc run-peer.mjs <out.json> [warmupSeconds] [measureSeconds] [workload ids...]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StateMachine } from 'aws-local-stepfunctions';

const here = dirname(fileURLToPath(import.meta.url));
const workloadDir = join(here, '..', 'workloads');
const readJson = (name) => JSON.parse(readFileSync(join(workloadDir, name), 'utf8'));

const [outFile, warmupArg = '3', measureArg = '5', ...only] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: node --expose-gc run-peer.mjs <out.json> [warmupSeconds] [measureSeconds] [ids...]');
  process.exit(2);
}
const warmupMs = Number(warmupArg) * 1000;
const measureMs = Number(measureArg) * 1000;
const manifest = readJson('workloads.json');
const mockConfig = readJson('mocks.json');

// The inputs of a workload, fed in turn: execution k takes input k mod n (as SideBySide.java).
function inputsOf(workload) {
  if (workload.generatedItems !== undefined) {
    return [{ items: Array.from({ length: workload.generatedItems }, (_, i) => ({ id: i, value: i % 10 })) }];
  }
  if (workload.generatedDigits !== undefined) {
    return [{ items: Array.from({ length: workload.generatedDigits }, (_, i) => i % 10) }];
  }
  return (workload.inputs ?? [workload.input]).map(readJson);
}

// The answer for one invocation: the response whose key is the index or a range "a-b" holding it; the last
// response repeats after the listed ones are used up.
function responseFor(responses, invocation) {
  let last;
  for (const [key, response] of Object.entries(responses)) {
    const [from, to = from] = key.split('-').map(Number);
    if (invocation >= from && invocation <= to) return response;
    last = response;
  }
  return last;
}

// Task overrides for one execution: each state counts its own invocations, as Step Functions Local does.
function taskOverrides(workload) {
  if (!workload.mockTestCase) return {};
  const testCase = mockConfig.StateMachines[workload.name].TestCases[workload.mockTestCase];
  const handlers = {};
  for (const [stateName, responseName] of Object.entries(testCase)) {
    const responses = mockConfig.MockedResponses[responseName];
    let invocations = 0;
    handlers[stateName] = async () => {
      const response = responseFor(responses, invocations++);
      if (response.Throw) {
        const error = new Error(response.Throw.Cause);
        error.name = response.Throw.Error;
        throw error;
      }
      return response.Return;
    };
  }
  return handlers;
}

// Every Retry pause is zero, so the peer spends no wall-clock time waiting (sfn-unit waits on a virtual clock).
function retryOverrides(definition, overrides = {}) {
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Retry) overrides[name] = 0;
    for (const branch of state.Branches ?? []) retryOverrides(branch, overrides);
    const processor = state.ItemProcessor ?? state.Iterator;
    if (processor) retryOverrides(processor, overrides);
  }
  return overrides;
}

async function runOnce(machine, workload, input, retryIntervalOverrides) {
  const execution = machine.run(input, {
    overrides: { taskResourceLocalHandlers: taskOverrides(workload), retryIntervalOverrides, waitTimeOverrides: {} },
  });
  return execution.result;
}

// The process's CPU time (all threads: V8's compiler and collector threads included), in microseconds.
function cpuMicros() {
  const { user, system } = process.cpuUsage();
  return user + system;
}

// Runs body until the process has used `ms` of CPU time (at least once). Budgets are CPU time, not wall time,
// so that both sides get the same warm-up and measurement work on a machine shared with other processes.
async function loopFor(ms, body) {
  let executions = 0;
  const start = process.hrtime.bigint();
  const cpuStart = cpuMicros();
  // The CPU clock is read between batches that double until a batch takes a millisecond (as Throughput.java).
  let batch = 1;
  let cpu = cpuStart;
  do {
    for (let i = 0; i < batch; i++) {
      await body();
    }
    executions += batch;
    const now = cpuMicros();
    if (now - cpu < 1000) batch *= 2;
    cpu = now;
  } while (cpu - cpuStart < ms * 1000);
  return {
    executions,
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    cpuSeconds: (cpu - cpuStart) / 1e6,
  };
}

function heapUsedAfterGc() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

const results = {};
for (const workload of manifest.workloads) {
  if (only.length > 0 && !only.includes(workload.id)) continue;
  if (workload.peer === false) {
    results[workload.id] = { supported: false };
    continue;
  }
  const definition = readJson(`${workload.name}.asl.json`);
  const inputs = inputsOf(workload);
  const machine = new StateMachine(definition);
  const retryIntervalOverrides = retryOverrides(definition);

  const baseline = heapUsedAfterGc();
  const outputs = [];
  for (const input of inputs) {
    outputs.push(await runOnce(machine, workload, input, retryIntervalOverrides));
  }
  const retainedBytes = heapUsedAfterGc() - baseline;

  let next = 0;
  const inTurn = () => {
    const input = inputs[next];
    next = (next + 1) % inputs.length;
    return runOnce(machine, workload, input, retryIntervalOverrides);
  };
  await loopFor(warmupMs, inTurn);
  const { executions, seconds, cpuSeconds } = await loopFor(measureMs, inTurn);
  results[workload.id] = {
    supported: true,
    outputs,
    executions,
    seconds,
    cpuSeconds,
    executionsPerSecond: executions / seconds,
    executionsPerCpuSecond: executions / cpuSeconds,
    retainedBytesWithOutput: retainedBytes,
  };
  console.error(
    `peer ${workload.id} ${workload.title}: ${(executions / seconds).toFixed(1)} executions/s,` +
      ` ${(executions / cpuSeconds).toFixed(1)} per CPU second`,
  );
}

writeFileSync(
  outFile,
  JSON.stringify({
    runtime: `node ${process.version}`,
    peer: `aws-local-stepfunctions ${JSON.parse(readFileSync(join(here, 'node_modules/aws-local-stepfunctions/package.json'), 'utf8')).version}`,
    warmupSeconds: warmupMs / 1000,
    measureSeconds: measureMs / 1000,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    results,
  }),
);
