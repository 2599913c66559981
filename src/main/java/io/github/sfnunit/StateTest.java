package io.github.sfnunit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link StateMachine#testState(String, StateTest)} runs one state with, as AWS's TestState API takes it: the
 * state's input, the variables in scope, a mocked result or error for a Task, Map or Parallel state, the retry
 * count, the Map iteration failures and the {@code $$} context object.
 *
 * <pre>{@code
 * StateTestResult result = machine.testState("ChargeCard", StateTest.builder()
 *         .input("{\"orderId\":\"o-1\"}")
 *         .mockError("Lambda.TooManyRequestsException", "throttled")
 *         .retrierRetryCount(1)
 *         .build());
 * assertThat(result.status()).isEqualTo(StateTestResult.Status.RETRIABLE);
 * }</pre>
 *
 * <p>Values given as {@code Object} are a JSON text, a {@link JsonNode} or any object Jackson maps.
 *
 * @param input the state's raw input ({@code {}} unless set)
 * @param variables the workflow variables in scope when the state is entered
 * @param context the {@code $$} object; {@code null}: built from the machine's options (only with a mock, as AWS)
 * @param mockResult the mocked result of a Task, Map or Parallel; {@code null}: none
 * @param mockError the mocked error; {@code null}: none
 * @param mockCause the mocked error's cause
 * @param fieldValidationMode how strictly {@code mockResult} is checked against what it stands for
 * @param retrierRetryCount how many retries the retrier matching the error already made ({@code $$.State.RetryCount})
 * @param errorCausedByState the state inside a mocked Map or Parallel where the mocked error came from
 * @param mapIterationFailureCount how many iterations of a mocked Map failed; {@code null}: not given
 * @param mapItemReaderData what a distributed Map's {@code ItemReader} would read, as stored (an object's text, a
 *     listing's JSON); required for, and only for, a Map with an {@code ItemReader}
 * @since 0.1.0
 */
public record StateTest(
        JsonNode input,
        Map<String, JsonNode> variables,
        JsonNode context,
        JsonNode mockResult,
        String mockError,
        String mockCause,
        FieldValidationMode fieldValidationMode,
        int retrierRetryCount,
        String errorCausedByState,
        Integer mapIterationFailureCount,
        String mapItemReaderData) {

    /**
     * AWS's {@code MockResponseValidationMode}: {@code STRICT} (the default) and {@code PRESENT} check a mocked
     * result's shape as far as sfn-unit knows it (see docs/api-endpoint.md), {@code NONE} checks nothing.
     *
     * @since 0.1.0
     */
    public enum FieldValidationMode {
        STRICT,
        PRESENT,
        NONE
    }

    public StateTest {
        Objects.requireNonNull(input, "input");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(fieldValidationMode, "fieldValidationMode");
        if (retrierRetryCount < 0) {
            throw new IllegalArgumentException("retrierRetryCount must not be negative, but was " + retrierRetryCount);
        }
        if (mapIterationFailureCount != null && mapIterationFailureCount < 0) {
            throw new IllegalArgumentException(
                    "mapIterationFailureCount must not be negative, but was " + mapIterationFailureCount);
        }
    }

    /** A test with input {@code {}}, no variables, no mock and retry count 0; set what you need. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link StateTest}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private JsonNode input = JsonInputs.read(null, "The input");
        private final Map<String, JsonNode> variables = new LinkedHashMap<>();
        private JsonNode context;
        private JsonNode mockResult;
        private String mockError;
        private String mockCause;
        private FieldValidationMode fieldValidationMode = FieldValidationMode.STRICT;
        private int retrierRetryCount;
        private String errorCausedByState;
        private Integer mapIterationFailureCount;
        private String mapItemReaderData;

        private Builder() {}

        /** The state's raw input: a JSON text, a {@link JsonNode} or an object Jackson maps. */
        public Builder input(Object value) {
            this.input = JsonInputs.readExecutionInput(value);
            return this;
        }

        /** A workflow variable in scope when the state is entered ({@code null}: JSON {@code null}). */
        public Builder variable(String name, Object value) {
            variables.put(
                    Objects.requireNonNull(name, "name"),
                    value == null
                            ? JsonNodeFactory.instance.nullNode()
                            : JsonInputs.read(value, "The variable " + name));
            return this;
        }

        /** The {@code $$} context object the state sees (a JSON object); AWS accepts it only with a mock. */
        public Builder context(Object value) {
            this.context = value == null ? null : JsonInputs.read(value, "The context object");
            return this;
        }

        /** The result of the Task, Map or Parallel state, as the service (or the iterations) would give it. */
        public Builder mockResult(Object value) {
            this.mockResult = JsonInputs.read(value, "The mocked result");
            return this;
        }

        /** The error (and cause, may be {@code null}) the Task, Map or Parallel state fails with. */
        public Builder mockError(String error, String cause) {
            this.mockError = Objects.requireNonNull(error, "error");
            this.mockCause = cause;
            return this;
        }

        public Builder fieldValidationMode(FieldValidationMode mode) {
            this.fieldValidationMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        public Builder retrierRetryCount(int count) {
            this.retrierRetryCount = count;
            return this;
        }

        public Builder errorCausedByState(String stateName) {
            this.errorCausedByState = stateName;
            return this;
        }

        public Builder mapIterationFailureCount(int count) {
            this.mapIterationFailureCount = count;
            return this;
        }

        public Builder mapItemReaderData(String data) {
            this.mapItemReaderData = data;
            return this;
        }

        public StateTest build() {
            return new StateTest(
                    input,
                    variables,
                    context,
                    mockResult,
                    mockError,
                    mockCause,
                    fieldValidationMode,
                    retrierRetryCount,
                    errorCausedByState,
                    mapIterationFailureCount,
                    mapItemReaderData);
        }
    }
}
