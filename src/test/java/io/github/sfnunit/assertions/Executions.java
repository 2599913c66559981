package io.github.sfnunit.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.StateVisit.Attempt;
import io.github.sfnunit.StateVisit.CaughtError;
import io.github.sfnunit.asl.StateType;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskInvocation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Executions built by hand, as the engine would report them, for the assertion tests. */
final class Executions {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final String LAMBDA = "arn:aws:states:::lambda:invoke";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<StateVisit> visits = new ArrayList<>();
    private final List<TaskInvocation> invocations = new ArrayList<>();
    private final List<HistoryEvent> history = new ArrayList<>();

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static Instant at(double seconds) {
        return START.plusMillis(Math.round(seconds * 1000));
    }

    static Attempt ok(int retryCount, double start, double end) {
        return new Attempt(retryCount, at(start), at(end), null, null, null, null);
    }

    static Attempt failedAttempt(
            int retryCount, double start, double end, String error, Integer retrier, Double delaySeconds) {
        return new Attempt(
                retryCount,
                at(start),
                at(end),
                error,
                "cause of " + error,
                retrier,
                delaySeconds == null ? null : Duration.ofMillis(Math.round(delaySeconds * 1000)));
    }

    Executions visit(
            String name,
            StateType type,
            double entered,
            double exited,
            String input,
            String output,
            List<Attempt> attempts,
            CaughtError caught,
            String error,
            String next) {
        visits.add(new StateVisit(
                name,
                name,
                type,
                visits.size(),
                at(entered),
                at(exited),
                json(input),
                output == null ? null : json(output),
                attempts,
                caught,
                error,
                error == null ? null : "cause of " + error,
                Map.of(),
                next,
                null,
                null));
        for (Attempt attempt : attempts) {
            int index = (int) invocations.stream()
                    .filter(call -> call.stateName().equals(name))
                    .count();
            invocations.add(new TaskInvocation(
                    name, name, LAMBDA, json(input), attempt.retryCount(), index, attempt.startedTime(), null, null));
        }
        return this;
    }

    Executions visit(StateVisit visit) {
        visits.add(visit);
        return this;
    }

    Executions event(String type) {
        history.add(new HistoryEvent(history.size() + 1, history.size(), START, type, null, null));
        return this;
    }

    Execution succeeded(double stop, String output) {
        return new Execution(
                "arn:aws:states:us-east-1:123456789012:execution:OrderFlow:test",
                ExecutionStatus.SUCCEEDED,
                json("{\"orderId\":\"o-1\"}"),
                json(output),
                null,
                null,
                START,
                at(stop),
                visits,
                invocations,
                history,
                List.of());
    }

    Execution ended(ExecutionStatus status, double stop, String error, String cause) {
        return new Execution(
                "arn:aws:states:us-east-1:123456789012:execution:OrderFlow:test",
                status,
                json("{\"orderId\":\"o-1\"}"),
                null,
                error,
                cause,
                START,
                at(stop),
                visits,
                invocations,
                history,
                List.of());
    }

    static final String ORDER = "{\"orderId\":\"o-1\"}";
    static final String CHARGED = "{\"orderId\":\"o-1\",\"charge\":{\"chargeId\":\"ch-1\",\"amount\":42}}";

    /** ValidateOrder, ChargeCard throttled twice (retried after 1s and 2s), then Notify: succeeded after 3s. */
    static Execution retriedThenSucceeded() {
        return new Executions()
                .visit(
                        "ValidateOrder",
                        StateType.TASK,
                        0,
                        0,
                        ORDER,
                        ORDER,
                        List.of(ok(0, 0, 0)),
                        null,
                        null,
                        "ChargeCard")
                .visit(
                        "ChargeCard",
                        StateType.TASK,
                        0,
                        3,
                        ORDER,
                        CHARGED,
                        List.of(
                                failedAttempt(0, 0, 0, "Lambda.TooManyRequestsException", 0, 1.0),
                                failedAttempt(1, 1, 1, "Lambda.TooManyRequestsException", 0, 2.0),
                                ok(2, 3, 3)),
                        null,
                        null,
                        "Notify")
                .visit("Notify", StateType.TASK, 3, 3, CHARGED, CHARGED, List.of(ok(0, 3, 3)), null, null, null)
                .event("ExecutionStarted")
                .event("ExecutionSucceeded")
                .succeeded(3, CHARGED);
    }

    /** ChargeCard fails with PaymentDeclined, caught by Catch[1] to NotifyDeclined, then the Fail state. */
    static Execution caughtThenFailed() {
        return new Executions()
                .visit(
                        "ValidateOrder",
                        StateType.TASK,
                        0,
                        0,
                        ORDER,
                        ORDER,
                        List.of(ok(0, 0, 0)),
                        null,
                        null,
                        "ChargeCard")
                .visit(
                        "ChargeCard",
                        StateType.TASK,
                        0,
                        0.5,
                        ORDER,
                        null,
                        List.of(failedAttempt(0, 0, 0.5, "PaymentDeclined", null, null)),
                        new CaughtError("PaymentDeclined", "card expired", 1, "NotifyDeclined"),
                        null,
                        "NotifyDeclined")
                .visit(
                        "NotifyDeclined",
                        StateType.TASK,
                        0.5,
                        0.5,
                        ORDER,
                        ORDER,
                        List.of(ok(0, 0.5, 0.5)),
                        null,
                        null,
                        "OrderFailed")
                .visit("OrderFailed", StateType.FAIL, 0.5, 0.5, ORDER, null, List.of(), null, "OrderFailed", null)
                .ended(ExecutionStatus.FAILED, 0.5, "OrderFailed", "payment declined");
    }
}
