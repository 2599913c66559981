package io.github.sfnunit.internal.engine.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.asl.StateType;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.history.HistoryJson;
import io.github.sfnunit.internal.engine.property.GeneratedMachine.MockAnswer;
import io.github.sfnunit.mock.TaskInvocation;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The properties every finished execution must have, checked with AssertJ (callers add what was run). */
final class ExecutionProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<ExecutionStatus> ENDED =
            Set.of(ExecutionStatus.SUCCEEDED, ExecutionStatus.FAILED, ExecutionStatus.TIMED_OUT);

    private ExecutionProperties() {}

    /** Everything an execution is compared on when it is replayed: the same run must give the same text. */
    static String fingerprint(Execution execution) {
        return summary(execution) + "\n" + HistoryJson.write(execution.history());
    }

    /** The fingerprint without the history. */
    static String summary(Execution execution) {
        return String.join(
                "\n",
                String.valueOf(execution.status()),
                String.valueOf(execution.output()),
                String.valueOf(execution.error()),
                String.valueOf(execution.cause()),
                String.valueOf(execution.stopTime()),
                execution.visits().toString(),
                execution.invocations().toString());
    }

    /** A running execution's history so far: ids 1..n, linked backwards, in time order, not after now. */
    static void partialHistoryIsWellFormed(Execution snapshot, Instant now) {
        List<HistoryEvent> events = snapshot.history();
        assertThat(events).as("history so far").isNotEmpty();
        assertThat(events.get(0).type()).isEqualTo("ExecutionStarted");
        Instant previous = snapshot.startTime();
        for (int i = 0; i < events.size(); i++) {
            HistoryEvent event = events.get(i);
            assertThat(event.id()).as("id of event %d", i).isEqualTo(i + 1L);
            assertThat(event.previousEventId()).isGreaterThanOrEqualTo(0).isLessThan(event.id());
            assertThat(event.timestamp()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(now);
            previous = event.timestamp();
        }
    }

    /** Visits are numbered in entry order and never leave before they enter. */
    static void visitsAreConsistent(Execution execution) {
        List<StateVisit> visits = execution.visits();
        for (int i = 0; i < visits.size(); i++) {
            StateVisit visit = visits.get(i);
            assertThat(visit.sequence()).as("sequence of visit %d", i).isEqualTo(i);
            if (i > 0) {
                assertThat(visit.enteredTime())
                        .isAfterOrEqualTo(visits.get(i - 1).enteredTime());
            }
            if (visit.exitedTime() != null) {
                assertThat(visit.exitedTime())
                        .as("exit of %s", visit.statePath())
                        .isAfterOrEqualTo(visit.enteredTime());
            }
            assertThat(visit.enteredTime()).isBetween(execution.startTime(), execution.stopTime());
        }
    }

    /**
     * In a linear machine each state's output is the next state's input, and the visits follow the {@code next}
     * each one names; the last visit's output is the execution's.
     */
    static void dataFlowsFromStateToState(Execution execution) {
        List<StateVisit> visits = execution.visits();
        for (int i = 0; i + 1 < visits.size(); i++) {
            StateVisit visit = visits.get(i);
            StateVisit following = visits.get(i + 1);
            assertThat(visit.next()).as("next of %s", visit.stateName()).isEqualTo(following.stateName());
            if (visit.caught() == null) {
                assertThat(following.input())
                        .as("input of %s, output of %s", following.stateName(), visit.stateName())
                        .isEqualTo(visit.output());
            }
        }
        if (execution.status() == ExecutionStatus.SUCCEEDED && !visits.isEmpty()) {
            assertThat(execution.output())
                    .isEqualTo(visits.get(visits.size() - 1).output());
        }
    }

    /** The status is an end status and agrees with output, error and the history's last event. */
    static void endedCleanly(Execution execution) {
        assertThat(execution.status()).isIn(ENDED);
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            assertThat(execution.output()).as("output of a succeeded run").isNotNull();
            assertThat(execution.error()).as("error of a succeeded run").isNull();
        } else {
            assertThat(execution.error())
                    .as("error of a run that did not succeed")
                    .isNotNull();
            assertThat(execution.output())
                    .as("output of a run that did not succeed")
                    .isNull();
        }
        assertThat(execution.stopTime()).isAfterOrEqualTo(execution.startTime());
    }

    /** Ids 1..n, links backwards, starts and ends as AWS's histories do, time never goes back. */
    static void historyIsWellFormed(Execution execution) {
        List<HistoryEvent> events = execution.history();
        assertThat(events).as("history").isNotEmpty();
        Instant previous = execution.startTime();
        for (int i = 0; i < events.size(); i++) {
            HistoryEvent event = events.get(i);
            assertThat(event.id()).as("id of event %d", i).isEqualTo(i + 1L);
            assertThat(event.previousEventId())
                    .as("previousEventId of event %d (%s)", event.id(), event.type())
                    .isGreaterThanOrEqualTo(0)
                    .isLessThan(event.id());
            assertThat(event.timestamp())
                    .as("timestamp of event %d (%s)", event.id(), event.type())
                    .isAfterOrEqualTo(previous);
            previous = event.timestamp();
        }
        assertThat(events.get(0).type()).isEqualTo("ExecutionStarted");
        assertThat(events.get(0).previousEventId()).isZero();
        assertThat(events.get(0).timestamp()).isEqualTo(execution.startTime());
        HistoryEvent last = events.get(events.size() - 1);
        String expected = switch (execution.status()) {
            case SUCCEEDED -> "ExecutionSucceeded";
            case FAILED -> "ExecutionFailed";
            case TIMED_OUT -> "ExecutionTimedOut";
            default -> "an end event";
        };
        assertThat(last.type()).as("last event").isEqualTo(expected);
        assertThat(last.timestamp()).as("last event's time").isEqualTo(execution.stopTime());
        long ends = events.stream()
                .filter(event ->
                        event.type().startsWith("Execution") && !event.type().equals("ExecutionStarted"))
                .count();
        assertThat(ends).as("execution end events").isEqualTo(1);
    }

    /** The output written as JSON text and read back is the same value. */
    static void outputSurvivesJson(Execution execution) throws JsonProcessingException {
        if (execution.output() != null) {
            JsonNode reread = MAPPER.readTree(MAPPER.writeValueAsString(execution.output()));
            assertThat(reread).as("output read back from its JSON").isEqualTo(execution.output());
        }
    }

    /**
     * For a linear machine (nothing concurrent, no random time): the virtual duration is the sum of the Wait
     * seconds, the task attempts (each as long as its mock answer, cut by TimeoutSeconds) and the retry delays
     * (IntervalSeconds * BackoffRate^(n-1), capped by MaxDelaySeconds) of the states visited.
     */
    static void durationIsTheSumOfItsParts(Execution execution, GeneratedMachine machine) {
        JsonNode states = machine.definition().get("States");
        Duration expected = Duration.ZERO;
        for (StateVisit visit : execution.visits()) {
            JsonNode state = states.get(visit.stateName());
            if (visit.type() == StateType.WAIT) {
                expected = expected.plusSeconds(state.get("Seconds").asLong());
            } else if (visit.type() == StateType.TASK) {
                List<TaskInvocation> calls = execution.invocations().stream()
                        .filter(call -> call.stateName().equals(visit.stateName()))
                        .toList();
                expected = expected.plus(taskTime(visit, state, machine.answersOf(visit.stateName()), calls));
            }
        }
        assertThat(execution.virtualDuration()).as("virtual duration").isEqualTo(expected);
    }

    private static Duration taskTime(
            StateVisit visit, JsonNode state, List<MockAnswer> answers, List<TaskInvocation> calls) {
        Duration total = Duration.ZERO;
        Map<Integer, Integer> retriesPerRetrier = new HashMap<>();
        List<StateVisit.Attempt> attempts = visit.attempts();
        for (int i = 0; i < attempts.size(); i++) {
            StateVisit.Attempt attempt = attempts.get(i);
            int retryCount = attempt.retryCount();
            // An attempt whose parameters failed never called the task: it takes no time.
            Duration answered = calls.stream()
                    .filter(call -> call.retryCount() == retryCount)
                    .findFirst()
                    .map(call -> answers.get(Math.min(call.invocationIndex(), answers.size() - 1))
                            .duration())
                    .orElse(Duration.ZERO);
            if (state.has("TimeoutSeconds")) {
                Duration timeout =
                        Duration.ofSeconds(state.get("TimeoutSeconds").asLong());
                answered = answered.compareTo(timeout) > 0 ? timeout : answered;
            }
            assertThat(Duration.between(attempt.startedTime(), attempt.endedTime()))
                    .as("attempt %d of %s", i, visit.stateName())
                    .isEqualTo(answered);
            total = total.plus(answered);
            if (i < attempts.size() - 1) {
                int retrier = attempt.retrierIndex();
                int retry = retriesPerRetrier.merge(retrier, 1, Integer::sum);
                Duration delay = retryDelay(state.get("Retry").get(retrier), retry);
                assertThat(attempt.retryDelay())
                        .as("delay after attempt %d of %s", i, visit.stateName())
                        .isEqualTo(delay);
                total = total.plus(delay);
            }
        }
        return total;
    }

    private static Duration retryDelay(JsonNode retrier, int retry) {
        double seconds = retrier.path("IntervalSeconds").asDouble(1)
                * Math.pow(retrier.path("BackoffRate").asDouble(2.0), retry - 1);
        if (retrier.has("MaxDelaySeconds")) {
            seconds = Math.min(seconds, retrier.get("MaxDelaySeconds").asDouble());
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
