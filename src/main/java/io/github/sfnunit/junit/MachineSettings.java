package io.github.sfnunit.junit;

import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a test class asked for, from {@link StateMachineTest} or {@link StateMachineExtension.Builder}.
 *
 * @param definition the class's definition, {@code null} when each test names its own
 * @param strictMocks whether unused stubs fail a test that otherwise passed
 * @param seed the random seed of every execution
 * @param startTime the virtual start instant, {@code null} for the engine's default
 * @param options applied last to each test's {@link ExecutionOptions.Builder}
 * @param httpEndpoints base URLs that each test's HTTP Tasks may call ({@link TaskMocks#allowHttp(String)})
 */
record MachineSettings(
        DefinitionSource definition,
        boolean strictMocks,
        long seed,
        Instant startTime,
        UnaryOperator<ExecutionOptions.Builder> options,
        List<String> httpEndpoints) {

    MachineSettings {
        Objects.requireNonNull(options, "options");
        httpEndpoints = List.copyOf(httpEndpoints);
    }

    /** The settings when no {@link StateMachineTest} is present: no definition, strict mocks, seed 0. */
    static MachineSettings defaults() {
        return new MachineSettings(null, true, 0, null, UnaryOperator.identity(), List.of());
    }

    static MachineSettings of(StateMachineTest annotation, Class<?> declaredOn) {
        String where = "@StateMachineTest on " + declaredOn.getName();
        return new MachineSettings(
                DefinitionSource.of(annotation, where),
                annotation.strictMocks(),
                seed(annotation, where),
                parseInstant(annotation.startTime(), where),
                UnaryOperator.identity(),
                List.of());
    }

    @SuppressWarnings("deprecation") // reads the jitterSeed alias
    private static long seed(StateMachineTest annotation, String where) {
        long seed = annotation.seed();
        long alias = annotation.jitterSeed();
        if (seed != 0 && alias != 0 && seed != alias) {
            throw new IllegalArgumentException(where + ": seed = " + seed + " and jitterSeed = " + alias
                    + " disagree; jitterSeed is the deprecated name of seed: set only seed");
        }
        return seed != 0 ? seed : alias;
    }

    private static Instant parseInstant(String text, String where) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    where + ": startTime \"" + text + "\" is not an ISO-8601 instant such as \"2025-03-01T09:00:00Z\"",
                    e);
        }
    }

    /** A test's mocks: nothing stubbed yet, and HTTP Tasks allowed to call {@link #httpEndpoints()}. */
    TaskMocks newMocks() {
        TaskMocks mocks = new TaskMocks();
        httpEndpoints.forEach(mocks::allowHttp);
        return mocks;
    }

    /** The options of one test's executions, answered by that test's mocks. */
    ExecutionOptions executionOptions(TaskHandler mocks) {
        ExecutionOptions.Builder builder = ExecutionOptions.builder().seed(seed).taskHandler(mocks);
        if (startTime != null) {
            builder.startTime(startTime);
        }
        return options.apply(builder).build();
    }
}
