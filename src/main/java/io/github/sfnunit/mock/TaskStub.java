package io.github.sfnunit.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Answers for the calls a {@link TaskMocks} key selects, in order; the last answer repeats.
 *
 * <pre>{@code
 * mocks.forState("ChargeCard")
 *      .thenFail("Lambda.TooManyRequestsException", "throttled")
 *      .thenReturn("{\"chargeId\":\"ch-1\"}").after(Duration.ofSeconds(2));
 * mocks.forLambda("notify").withInput("{\"kind\":\"email\"}").thenReturn("{\"sent\":true}");
 * }</pre>
 *
 * <p>{@link #after(Duration)}, {@link #withHeartbeats(Duration...)} and {@link #withHeartbeatsEvery(Duration)} apply
 * to the answer added just before; used
 * before any answer, they apply to every answer added afterwards.
 *
 * @since 0.1.0
 */
public final class TaskStub {

    private final StubKey key;
    /** The test line that registered this stub; rendered only when a message needs it. */
    private final RegistrationSite registeredAt;
    /**
     * The {@link TaskMocks} that made this stub: its monitor guards this stub's state too, so that answering a call
     * (under the mocks' lock) takes no second lock per stub.
     */
    private final Object lock;

    private final JsonTexts json;
    private final List<Answer> answers = new ArrayList<>();
    private Predicate<TaskInvocation> condition = invocation -> true;
    private String conditionText;
    private Duration defaultDuration = Duration.ZERO;
    private Heartbeats defaultHeartbeats = Heartbeats.NONE;
    private int calls;

    TaskStub(StubKey key, RegistrationSite registeredAt, JsonTexts json, Object lock) {
        this.key = key;
        this.registeredAt = registeredAt;
        this.json = json;
        this.lock = lock;
    }

    /** Answers only calls that satisfy {@code condition}; other calls look for another stub. */
    public TaskStub when(Predicate<TaskInvocation> condition) {
        return when("a condition", condition);
    }

    /** As {@link #when(Predicate)}, with a description for messages, e.g. {@code "amount > 100"}. */
    public TaskStub when(String description, Predicate<TaskInvocation> condition) {
        synchronized (lock) {
            this.condition = Objects.requireNonNull(condition, "condition");
            this.conditionText = description;
            return this;
        }
    }

    /**
     * Answers only calls whose input equals {@code json} (JSON equality: key order and number spelling aside). For
     * {@code forLambda} stubs the input is what the function receives: the {@code Payload} of a {@code lambda:invoke}
     * call, the whole input of a bare function ARN.
     */
    public TaskStub withInput(String json) {
        return withInput(parse(json, "withInput"));
    }

    /** Answers only calls whose input equals {@code expected} (for {@code forLambda}: the function's payload). */
    public TaskStub withInput(JsonNode expected) {
        synchronized (lock) {
            JsonNode comparable = normalizeNumbers(expected);
            return when(
                    "input " + JsonCodec.write(expected),
                    call -> comparable.equals(normalizeNumbers(comparedInput(call))));
        }
    }

    private JsonNode comparedInput(TaskInvocation call) {
        return key.kind() == StubKey.Kind.LAMBDA ? LambdaResponses.functionPayload(call) : call.input();
    }

    /** The task succeeds with this JSON text, e.g. {@code "{\"id\":1}"}, or {@code "\"text\""} for a string. */
    public TaskStub thenReturn(String json) {
        return add(new Answer.Return(parse(json, "thenReturn"), defaultDuration, defaultHeartbeats));
    }

    /** The task succeeds with this value. */
    public TaskStub thenReturn(JsonNode value) {
        return add(
                new Answer.Return(value == null ? NullNode.getInstance() : value, defaultDuration, defaultHeartbeats));
    }

    /** The task succeeds with this object, converted to JSON by the {@link TaskMocks}' Jackson mapper. */
    public TaskStub thenReturn(Object value) {
        return thenReturn(toJson(value, "thenReturn"));
    }

    /** The task succeeds with its resource's realistic default result ({@link ServiceResponses}). */
    public TaskStub thenReturnDefault() {
        return add(new Answer.ReturnDefault(defaultDuration, defaultHeartbeats));
    }

    /** The task fails with this error and cause (as given: for Lambda stubs a service error, not the function's). */
    public TaskStub thenFail(String error, String cause) {
        return add(new Answer.Fail(error, cause, defaultDuration, defaultHeartbeats));
    }

    /**
     * The Lambda function raises an error: the Task fails with {@code errorType} and the runtime's JSON cause
     * ({@link FunctionError#python}).
     */
    public TaskStub thenFailFunction(String errorType, String errorMessage) {
        return thenFailFunction(FunctionError.python(errorType, errorMessage));
    }

    /** The Lambda function raises {@code error}. */
    public TaskStub thenFailFunction(FunctionError error) {
        return add(new Answer.FailFunction(Objects.requireNonNull(error, "error"), defaultDuration, defaultHeartbeats));
    }

    /**
     * The result is computed from the call: the function may return a {@link TaskOutcome} (used as is), a {@link
     * JsonNode}, JSON text, or any object Jackson converts. Lambda stubs shape a value as {@link #thenReturn} does.
     */
    public TaskStub thenAnswer(Function<TaskInvocation, ?> answer) {
        return add(new Answer.Compute(Objects.requireNonNull(answer, "answer"), defaultDuration, defaultHeartbeats));
    }

    /**
     * The task waits until the test sends task success, failure or heartbeats for its token (for {@code
     * .waitForTaskToken} tasks and activities), or until it times out.
     */
    public TaskStub thenWaitForCallback() {
        return add(new Answer.AwaitCallback(defaultDuration, defaultHeartbeats));
    }

    /** The callback arrives with task success and this output (after {@link #after} when given). */
    public TaskStub thenCallback(String json) {
        return add(new Answer.Return(parse(json, "thenCallback"), defaultDuration, defaultHeartbeats));
    }

    /** The callback arrives with task failure. */
    public TaskStub thenCallbackFailure(String error, String cause) {
        return thenFail(error, cause);
    }

    /** The previous answer takes this much virtual time (before any answer: every later answer does). */
    public TaskStub after(Duration duration) {
        synchronized (lock) {
            if (duration == null || duration.isNegative()) {
                throw new IllegalArgumentException(
                        key.describe() + ".after(..) needs a duration >= 0, but was " + duration);
            }
            if (answers.isEmpty()) {
                defaultDuration = duration;
            } else {
                Answer last = answers.remove(answers.size() - 1);
                answers.add(last.timed(duration, last.heartbeats()));
            }
            return this;
        }
    }

    /** The previous answer's task sends heartbeats at these offsets from its start. */
    public TaskStub withHeartbeats(Duration... offsets) {
        synchronized (lock) {
            List<Duration> beats = List.copyOf(Arrays.asList(offsets));
            for (Duration beat : beats) {
                if (beat.isNegative()) {
                    throw new IllegalArgumentException(key.describe() + ".withHeartbeats(..) needs offsets >= 0");
                }
            }
            return heartbeats(h -> h.withOffsets(beats));
        }
    }

    /**
     * The previous answer's task sends a heartbeat every {@code period} from its start, as a worker calling {@code
     * SendTaskHeartbeat} on a schedule does: until the answer's {@link #after(Duration) duration} ends, or, for
     * {@link #thenWaitForCallback()}, until the test sends the callback or the task times out. Adds to the offsets of
     * {@link #withHeartbeats(Duration...)}.
     *
     * <pre>{@code
     * mocks.forState("ShipOrder").thenReturn("{}").after(Duration.ofMinutes(10))
     *      .withHeartbeatsEvery(Duration.ofSeconds(30)); // HeartbeatSeconds 60: never missed
     * }</pre>
     *
     * @since 0.1.0
     */
    public TaskStub withHeartbeatsEvery(Duration period) {
        synchronized (lock) {
            if (period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException(
                        key.describe() + ".withHeartbeatsEvery(..) needs a period > 0, but was " + period);
            }
            return heartbeats(h -> h.withEvery(period));
        }
    }

    private TaskStub heartbeats(UnaryOperator<Heartbeats> change) {
        if (answers.isEmpty()) {
            defaultHeartbeats = change.apply(defaultHeartbeats);
        } else {
            Answer last = answers.remove(answers.size() - 1);
            answers.add(last.timed(last.duration(), change.apply(last.heartbeats())));
        }
        return this;
    }

    // ---- used by TaskMocks

    StubKey key() {
        return key;
    }

    /** Where the test registered this stub, e.g. {@code OrderFlowTest.java:42}. */
    String registeredAt() {
        return registeredAt.render();
    }

    // The methods below run for TaskMocks with its lock held, which is this stub's lock too.

    int calls() {
        return calls;
    }

    boolean accepts(TaskInvocation invocation) {
        return key.matches(invocation) && condition.test(invocation);
    }

    boolean keyMatchesButConditionRefuses(TaskInvocation invocation) {
        return key.matches(invocation) && !condition.test(invocation);
    }

    /** The stub as written, e.g. {@code forState("A").when(input {...})}. */
    String describe() {
        return conditionText == null ? key.describe() : key.describe() + ".when(" + conditionText + ")";
    }

    TaskOutcome answer(TaskInvocation invocation) {
        if (answers.isEmpty()) {
            throw new UnmockedTaskException(
                    describe() + " (registered at " + registeredAt() + ") has no answer for Task" + " state '"
                            + invocation.stateName() + "': add thenReturn(..), thenFail(..) or thenAnswer(..)");
        }
        Answer answer = answers.get(Math.min(calls, answers.size() - 1));
        calls++;
        return StubAnswers.outcome(answer, key.kind(), invocation, this::toJson);
    }

    private TaskStub add(Answer answer) {
        synchronized (lock) {
            answers.add(answer);
        }
        return this;
    }

    private JsonNode toJson(Object value, String verb) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof String text) {
            return parse(text, verb);
        }
        return json.bind(value);
    }

    private JsonNode toJson(Object value) {
        return toJson(value, "thenAnswer");
    }

    private JsonNode parse(String json, String verb) {
        try {
            return this.json.parse(json);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    key.describe() + "." + verb + "(..) expects JSON text, but got '" + json
                            + "'. For a string result write \"\\\"" + json + "\\\"\"",
                    e);
        }
    }

    private JsonNode normalizeNumbers(JsonNode node) {
        // re-reading the text gives the same node classes on both sides (an int built in code vs one parsed)
        try {
            return node == null ? NullNode.getInstance() : json.reparse(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JsonNode's own text is always JSON", e);
        }
    }
}
