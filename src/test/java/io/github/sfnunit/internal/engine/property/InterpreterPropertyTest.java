package io.github.sfnunit.internal.engine.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionLimitExceededException;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.RunningExecution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.internal.history.HistoryLimitExceededException;
import io.github.sfnunit.mock.UnmockedTaskException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs random valid definitions (seeded, so a failure replays) and checks properties every execution must have:
 * it ends with an end status or a documented sfn-unit exception, replays identically, records a well-formed
 * history, takes exactly the virtual time its parts add up to, gives the same results from several threads, and
 * never mutates its input or the mocks' answers.
 *
 * <p>{@code -Dsfnunit.fuzz.seed=N} explores other machines; a failure prints the seed, the case number, the
 * definition, the mocks and the input.
 */
class InterpreterPropertyTest {

    private static final long SEED = Long.getLong("sfnunit.fuzz.seed", 20261125L);
    private static final int MACHINES = Integer.getInteger("sfnunit.fuzz.machines", 250);
    private static final int MAX_TRANSITIONS = 400;
    private static final long RUN_TIMEOUT_SECONDS = 20;

    private final ExecutorService runner = Executors.newFixedThreadPool(4);
    private final DefinitionParser parser = new DefinitionParser();

    @AfterEach
    void stopRunner() {
        runner.shutdownNow();
    }

    /** One generated case: the machine compiled once, and the input it runs with. */
    private record Case(
            int number,
            GeneratedMachine generated,
            StateMachine machine,
            UnsupportedFeatureException unsupported,
            JsonNode input) {

        String describe() {
            return "case " + number + " (seed " + SEED + ")\ndefinition and mocks:\n" + generated + "\ninput: "
                    + abbreviate(input.toString());
        }

        private static String abbreviate(String text) {
            return text.length() <= 2000 ? text : text.substring(0, 2000) + "... (" + text.length() + " chars)";
        }
    }

    /** What a run gave: an execution, or one of the exceptions sfn-unit documents. */
    private record Outcome(Execution execution, RuntimeException documented) {

        /** The fingerprint without the history. */
        String summary() {
            return execution != null
                    ? ExecutionProperties.summary(execution)
                    : documented.getClass().getName() + ": " + documented.getMessage();
        }

        String fingerprint() {
            return execution != null
                    ? ExecutionProperties.fingerprint(execution)
                    : documented.getClass().getName() + ": " + documented.getMessage();
        }
    }

    @Test
    void random_valid_machines_end_cleanly_replay_identically_and_record_a_well_formed_history() {
        Random random = new Random(SEED);
        RandomMachines machines = new RandomMachines(random);
        RandomJson json = new RandomJson(random);
        Map<ExecutionStatus, Integer> statuses = new EnumMap<>(ExecutionStatus.class);
        Map<String, Integer> errors = new TreeMap<>();
        int documented = 0;
        int visits = 0;
        for (int i = 0; i < MACHINES; i++) {
            Case c = compile(i, machines.next(false), json.input());
            Outcome first = runChecked(c);
            Outcome second = runChecked(c);
            check(
                    c,
                    () -> assertThat(second.fingerprint())
                            .as("a replay of the same machine, input, mocks and seed")
                            .isEqualTo(first.fingerprint()));
            if (first.execution() == null) {
                documented++;
                errors.merge(first.documented().getClass().getSimpleName(), 1, Integer::sum);
            } else {
                statuses.merge(first.execution().status(), 1, Integer::sum);
                visits += first.execution().visits().size();
                if (first.execution().error() != null) {
                    errors.merge(first.execution().error(), 1, Integer::sum);
                }
            }
        }
        System.out.printf(
                "Interpreter properties: %d machines, statuses %s, %d documented exceptions, %d states entered;"
                        + " errors %s%n",
                MACHINES, statuses, documented, visits, errors);
        // A generator that only produced failing machines would check little: demand a mix.
        assertThat(statuses.getOrDefault(ExecutionStatus.SUCCEEDED, 0)).isGreaterThan(MACHINES / 10);
        assertThat(statuses.getOrDefault(ExecutionStatus.FAILED, 0)).isGreaterThan(MACHINES / 10);
    }

    @Test
    void a_linear_machine_takes_exactly_its_waits_task_durations_and_retry_delays() {
        Random random = new Random(SEED + 1);
        RandomMachines machines = new RandomMachines(random);
        RandomJson json = new RandomJson(random);
        int timed = 0;
        for (int i = 0; i < MACHINES; i++) {
            Case c = compile(i, machines.next(true), json.input());
            Outcome outcome = runChecked(c);
            if (outcome.execution() != null) {
                check(c, () -> {
                    ExecutionProperties.durationIsTheSumOfItsParts(outcome.execution(), c.generated());
                    ExecutionProperties.dataFlowsFromStateToState(outcome.execution());
                });
                timed += outcome.execution().virtualDuration().isZero() ? 0 : 1;
            }
        }
        System.out.printf("Interpreter virtual time: %d linear machines, %d took virtual time%n", MACHINES, timed);
        assertThat(timed).isGreaterThan(MACHINES / 4);
    }

    @Test
    void a_compiled_machine_gives_the_same_results_from_several_threads_as_one_after_the_other()
            throws InterruptedException {
        Random random = new Random(SEED + 2);
        RandomMachines machines = new RandomMachines(random);
        RandomJson json = new RandomJson(random);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            GeneratedMachine generated = machines.next(false);
            Case first = compile(i, generated, json.input());
            cases.add(first);
            for (int k = 1; k < 4; k++) {
                cases.add(new Case(i, generated, first.machine(), first.unsupported(), json.input()));
            }
        }
        List<String> sequential =
                cases.stream().map(c -> runChecked(c).fingerprint()).toList();

        List<Future<Outcome>> futures = new ArrayList<>();
        for (Case c : cases) {
            futures.add(runner.submit(() -> run(c)));
        }
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Outcome concurrent = await(c, futures.get(i));
            String expected = sequential.get(i);
            check(
                    c,
                    () -> assertThat(concurrent.fingerprint())
                            .as("the run on a shared compiled machine among other threads")
                            .isEqualTo(expected));
        }
    }

    @Test
    void stepping_through_an_execution_ends_exactly_as_running_it_at_once() {
        Random random = new Random(SEED + 4);
        RandomMachines machines = new RandomMachines(random);
        RandomJson json = new RandomJson(random);
        for (int i = 0; i < MACHINES / 2; i++) {
            Case c = compile(i, machines.next(false), json.input());
            Outcome atOnce = runChecked(c);
            long stepSeed = random.nextLong();
            Outcome stepped = await(c, runner.submit(() -> runStepwise(c, new Random(stepSeed))));
            check(
                    c,
                    () -> assertThat(stepped.fingerprint())
                            .as("the run stepped with advanceBy/advanceToNextTimer/snapshot (step seed %d)", stepSeed)
                            .isEqualTo(atOnce.fingerprint()));
        }
    }

    @Test
    void a_run_without_history_takes_the_same_path_to_the_same_end() {
        Random random = new Random(SEED + 5);
        RandomMachines machines = new RandomMachines(random);
        RandomJson json = new RandomJson(random);
        for (int i = 0; i < MACHINES / 2; i++) {
            Case c = compile(i, machines.next(false), json.input());
            Outcome recorded = runChecked(c);
            Case unrecorded = c.machine() == null
                    ? c
                    : new Case(
                            i,
                            c.generated(),
                            c.machine()
                                    .withOptions(c.machine().options().toBuilder()
                                            .historyEnabled(false)
                                            .build()),
                            null,
                            c.input());
            Outcome plain = await(c, runner.submit(() -> run(unrecorded)));
            check(c, () -> {
                assertThat(plain.summary()).isEqualTo(recorded.summary());
                if (plain.execution() != null) {
                    assertThat(plain.execution().history()).isEmpty();
                }
            });
        }
    }

    @Test
    void odd_inputs_keep_every_property() {
        Random random = new Random(SEED + 3);
        RandomMachines machines = new RandomMachines(random);
        RandomJson json = new RandomJson(random);
        for (int i = 0; i < MACHINES; i++) {
            GeneratedMachine generated = machines.next(false);
            Case c = compile(i, generated, json.mutate(json.input()));
            Outcome first = runChecked(c);
            Outcome second = runChecked(c);
            check(c, () -> assertThat(second.fingerprint()).isEqualTo(first.fingerprint()));
        }
    }

    private Case compile(int number, GeneratedMachine generated, JsonNode input) {
        try {
            StateMachine machine = StateMachine.from(
                    parser.parse(generated.definition()),
                    ExecutionOptions.builder()
                            .seed(SEED + number)
                            .maxStateTransitions(MAX_TRANSITIONS)
                            .build());
            return new Case(number, generated, machine, null, input);
        } catch (UnsupportedFeatureException e) {
            // Documented: a feature sfn-unit does not run yet (e.g. Map or Parallel while they are built).
            return new Case(number, generated, null, e, input);
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "A generated valid definition was refused: " + e + "\ncase " + number + " (seed " + SEED + ")\n"
                            + generated,
                    e);
        }
    }

    /** Runs on the runner (so a hang fails with the case), then checks the per-run properties. */
    private Outcome runChecked(Case c) {
        Outcome outcome = await(c, runner.submit(() -> run(c)));
        if (outcome.execution() != null) {
            check(c, () -> {
                ExecutionProperties.endedCleanly(outcome.execution());
                ExecutionProperties.historyIsWellFormed(outcome.execution());
                ExecutionProperties.outputSurvivesJson(outcome.execution());
                ExecutionProperties.visitsAreConsistent(outcome.execution());
            });
        }
        return outcome;
    }

    private static Outcome run(Case c) {
        JsonNode before = c.input().deepCopy();
        String mocksBefore = c.generated().scripts().toString();
        if (c.unsupported() != null) {
            return new Outcome(null, c.unsupported());
        }
        Outcome outcome;
        try {
            outcome = new Outcome(
                    c.machine().withTaskHandler(c.generated().mocks()).start(c.input()), null);
        } catch (UnmockedTaskException
                | UnsupportedFeatureException
                | ExecutionLimitExceededException
                | HistoryLimitExceededException e) {
            outcome = new Outcome(null, e);
        }
        if (!c.input().equals(before)) {
            throw new AssertionError("The execution mutated its input; before: " + before);
        }
        if (!c.generated().scripts().toString().equals(mocksBefore)) {
            throw new AssertionError("The execution mutated the mocks' answers; before: " + mocksBefore);
        }
        return outcome;
    }

    /** Runs with begin(..), random clock moves and snapshots, then finish(); snapshots must be consistent. */
    private static Outcome runStepwise(Case c, Random steps) {
        if (c.unsupported() != null) {
            return new Outcome(null, c.unsupported());
        }
        try {
            RunningExecution running =
                    c.machine().withTaskHandler(c.generated().mocks()).begin(c.input());
            for (int step = 0; step < 50 && running.isRunning(); step++) {
                switch (steps.nextInt(3)) {
                    case 0 -> running.advanceBy(Duration.ofMillis(steps.nextInt(40_000)));
                    case 1 -> running.advanceToNextTimer();
                    default -> {
                        Execution snapshot = running.snapshot();
                        assertThat(snapshot.status()).isEqualTo(ExecutionStatus.RUNNING);
                        ExecutionProperties.partialHistoryIsWellFormed(
                                snapshot, running.clock().now());
                    }
                }
            }
            return new Outcome(running.finish(), null);
        } catch (UnmockedTaskException
                | UnsupportedFeatureException
                | ExecutionLimitExceededException
                | HistoryLimitExceededException e) {
            return new Outcome(null, e);
        }
    }

    private static Outcome await(Case c, Future<Outcome> future) {
        try {
            return future.get(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return fail("The run did not end within %d s (a hang?)%n%s", RUN_TIMEOUT_SECONDS, c.describe());
        } catch (ExecutionException e) {
            return fail("The run threw %s%n%s", e.getCause(), c.describe(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("Interrupted", e);
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    private static void check(Case c, Check check) {
        try {
            check.run();
        } catch (AssertionError | Exception e) {
            fail(e.getMessage() + "\n" + c.describe(), e);
        }
    }
}
