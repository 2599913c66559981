package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Function;

/** One answer of a {@link TaskStub}, with the virtual time it takes and the heartbeats the task sends meanwhile. */
sealed interface Answer {

    Duration duration();

    Heartbeats heartbeats();

    Answer timed(Duration duration, Heartbeats heartbeats);

    /** The task succeeds with {@code value} (for Lambda stubs: the function's payload, shaped by the resource). */
    record Return(JsonNode value, Duration duration, Heartbeats heartbeats) implements Answer {
        public Answer timed(Duration d, Heartbeats h) {
            return new Return(value, d, h);
        }
    }

    /** The task succeeds with the realistic default result of its resource. */
    record ReturnDefault(Duration duration, Heartbeats heartbeats) implements Answer {
        public Answer timed(Duration d, Heartbeats h) {
            return new ReturnDefault(d, h);
        }
    }

    /** The task fails with {@code error} and {@code cause}, as given. */
    record Fail(String error, String cause, Duration duration, Heartbeats heartbeats) implements Answer {
        public Answer timed(Duration d, Heartbeats h) {
            return new Fail(error, cause, d, h);
        }
    }

    /** The Lambda function raises {@code error}. */
    record FailFunction(FunctionError error, Duration duration, Heartbeats heartbeats) implements Answer {
        public Answer timed(Duration d, Heartbeats h) {
            return new FailFunction(error, d, h);
        }
    }

    /** The result is computed from the invocation. */
    record Compute(Function<TaskInvocation, ?> function, Duration duration, Heartbeats heartbeats) implements Answer {
        public Answer timed(Duration d, Heartbeats h) {
            return new Compute(function, d, h);
        }
    }

    /** The task waits for the test to send a callback (task success, failure or heartbeats). */
    record AwaitCallback(Duration duration, Heartbeats heartbeats) implements Answer {
        public Answer timed(Duration d, Heartbeats h) {
            return new AwaitCallback(d, h);
        }
    }
}
