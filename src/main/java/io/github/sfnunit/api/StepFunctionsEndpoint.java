package io.github.sfnunit.api;

import com.sun.net.httpserver.HttpServer;
import io.github.sfnunit.Execution;
import io.github.sfnunit.VirtualClock;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.asl.internal.QuietSlf4j;
import io.github.sfnunit.mock.MockConfigFile;
import io.github.sfnunit.mock.TaskHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Step Functions API served over HTTP (AWS's JSON 1.0 protocol), on a virtual clock, with the test's mocks:
 * point an {@code SfnClient}, the AWS CLI or boto3 at {@link #uri()} and they drive sfn-unit as they drive AWS.
 *
 * <pre>{@code
 * try (StepFunctionsEndpoint endpoint = StepFunctionsEndpoint.builder().taskHandler(mocks).start()) {
 *     SfnClient sfn = SfnClient.builder().endpointOverride(endpoint.uri()) ... .build();
 *     String arn = sfn.createStateMachine(...).stateMachineArn();
 *     sfn.startExecution(b -> b.stateMachineArn(arn).input("{}"));
 *     assertThat(endpoint.executions().get(0)).succeeded();
 * }
 * }</pre>
 *
 * <p>It runs on the JDK's own HTTP server ({@code com.sun.net.httpserver}, module {@code jdk.httpserver}), so it
 * adds nothing to a test's classpath. It binds 127.0.0.1 and a free port unless told otherwise. See
 * docs/api-endpoint.md for the operations, errors and time modes.
 *
 * @since 0.1.0
 */
public final class StepFunctionsEndpoint implements AutoCloseable {

    static {
        // The JDK's server writes a response's headers and body apart; with Nagle's algorithm on, a client that
        // delays its ACKs (Linux does, up to 40 ms) holds every round trip for it. Read once, when the server's
        // configuration class loads: a value the user set wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // The application under test talks to this endpoint through the AWS SDK, which logs through SLF4J: its
        // clients start as quietly as sfn-unit's own use of json-path (see QuietSlf4j).
        QuietSlf4j.initialize();
    }

    /**
     * How the endpoint's virtual clock moves.
     *
     * @since 0.1.0
     */
    public enum TimeMode {
        /**
         * The default: an execution runs as far as it can at once: a Wait of a day ends at once in virtual time. A
         * callback or activity task holds it (time stands still for it) until SendTask* or a clock move.
         */
        RUN_TO_COMPLETION,
        /** Virtual time follows real time at {@link Builder#virtualSecondsPerSecond(double)}, for tools that poll. */
        SCALED,
        /** Virtual time moves only when asked: {@link #advanceClockBy(Duration)} or the control route. */
        MANUAL
    }

    private final EndpointSettings settings;
    private final ApiState state;
    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService ticker;
    private final URI uri;

    private StepFunctionsEndpoint(EndpointSettings settings, VirtualClock clock, TaskHandler mocks) {
        this.settings = settings;
        this.state = new ApiState(settings, clock, mocks);
        Map<String, Operation> operations = new HashMap<>();
        StateMachineOperations machines = new StateMachineOperations(state);
        machines.register(operations);
        new ExecutionOperations(state, machines).register(operations);
        new TaskOperations(state).register(operations);
        new ActivityOperations(state).register(operations);
        new TagOperations(state).register(operations);
        new TestStateOperation(state).register(operations);
        try {
            server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 128);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot serve the Step Functions API on " + settings.host() + ":" + settings.port() + ": "
                            + e.getMessage(),
                    e);
        }
        server.createContext("/", new AwsJsonHandler(Map.copyOf(operations), state));
        workers = Executors.newCachedThreadPool(daemonThreads("sfn-unit-api"));
        server.setExecutor(workers);
        server.start();
        InetSocketAddress bound = server.getAddress();
        uri = URI.create("http://" + hostText(settings.host()) + ":" + bound.getPort());
        ticker = settings.timeMode() == TimeMode.SCALED ? startTicker() : null;
    }

    private static String hostText(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The endpoint's address, e.g. {@code http://127.0.0.1:8083}: give it to {@code endpointOverride}. */
    public URI uri() {
        return uri;
    }

    /** The virtual clock the endpoint's executions run on. */
    public VirtualClock clock() {
        lockState();
        try {
            return state.clock();
        } finally {
            state.lock.unlock();
        }
    }

    /** Moves the clock forward, running every execution's timers due on the way; answers the new time. */
    public Instant advanceClockBy(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Virtual time only moves forward, but the duration was " + duration);
        }
        lockState();
        try {
            return state.advanceBy(duration);
        } finally {
            state.lock.unlock();
        }
    }

    /**
     * The executions started through the endpoint and still retained, oldest first, as {@link Execution}s that
     * {@code assertThat} accepts (a running one as it stands now).
     */
    public List<Execution> executions() {
        return state.executionSnapshots();
    }

    /**
     * The execution with this ARN, as it stands now.
     *
     * @throws IllegalArgumentException when the endpoint has no such execution
     */
    public Execution execution(String executionArn) {
        lockState();
        try {
            ExecutionRecord record = state.executions.get(executionArn);
            if (record == null) {
                throw new IllegalArgumentException("No execution '" + executionArn + "' was started through this"
                        + " endpoint (or it is no longer retained); started: "
                        + state.executions.keySet());
            }
            return record.snapshot();
        } finally {
            state.lock.unlock();
        }
    }

    /**
     * Creates (or, with the same definition, finds) a state machine, as CreateStateMachine does.
     *
     * @return its ARN
     * @throws IllegalArgumentException with AWS's error type and message when the definition or name is invalid
     */
    public String createStateMachine(String name, StateMachineType type, String definition) {
        Map<String, Operation> operations = new HashMap<>();
        new StateMachineOperations(state).register(operations);
        com.fasterxml.jackson.databind.node.ObjectNode body = Wire.object()
                .put("name", name)
                .put("definition", definition)
                .put("roleArn", "arn:aws:iam::" + settings.accountId() + ":role/sfn-unit")
                .put("type", type.name());
        Operation create = operations.get("CreateStateMachine");
        try {
            return create.handler()
                    .handle(new Request("CreateStateMachine", body, create.members()))
                    .get("stateMachineArn")
                    .textValue();
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.type() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Forgets every state machine, execution, activity and task token, and from now on runs on {@code clock} with
     * {@code taskHandler}: what the JUnit extension does between tests, so that no state crosses them.
     *
     * @param clock a shared clock ({@link VirtualClock#startingAt(Instant)})
     * @param taskHandler answers the Task states; {@code null} fails every task as unmocked
     */
    public StepFunctionsEndpoint reset(VirtualClock clock, TaskHandler taskHandler) {
        state.reset(Objects.requireNonNull(clock, "clock"), taskHandler);
        return this;
    }

    /** Stops serving: the port is free when this returns. Running executions are left where they are. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        server.stop(0);
        workers.shutdownNow();
    }

    @Override
    public String toString() {
        return "StepFunctionsEndpoint[" + uri + ", " + settings.timeMode() + "]";
    }

    private void lockState() {
        state.lock.lock();
    }

    private ScheduledExecutorService startTicker() {
        ScheduledExecutorService scheduler =
                Executors.newSingleThreadScheduledExecutor(daemonThreads("sfn-unit-api-clock"));
        long realStart = System.nanoTime();
        Instant virtualStart = state.now();
        double scale = settings.virtualSecondsPerSecond();
        scheduler.scheduleAtFixedRate(
                () -> {
                    long virtualNanos = (long) ((System.nanoTime() - realStart) * scale);
                    lockState();
                    try {
                        Instant target = virtualStart.plusNanos(virtualNanos);
                        if (target.isAfter(state.now())) {
                            state.advanceTo(target);
                        }
                    } catch (RuntimeException e) {
                        // the next tick tries again; a tick must not kill the ticker
                    } finally {
                        state.lock.unlock();
                    }
                },
                10,
                10,
                TimeUnit.MILLISECONDS);
        return scheduler;
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Configures and starts a {@link StepFunctionsEndpoint}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private TimeMode timeMode = TimeMode.RUN_TO_COMPLETION;
        private double virtualSecondsPerSecond = 60;
        private int retainedExecutions = 10_000;
        private Duration activityPollTimeout = Duration.ofSeconds(60);
        private MockConfigFile mockConfig;
        private URI lambdaEndpoint;
        private long seed;
        private VirtualClock clock;
        private TaskHandler taskHandler;

        private Builder() {}

        /** The address to bind: {@code 127.0.0.1} (loopback only) unless set. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port: {@code 0} (a free one) unless set; Step Functions Local's is 8083. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** The region of the ARNs: {@code us-east-1} unless set. */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /** The account of the ARNs: {@code 123456789012} (as Step Functions Local) unless set. */
        public Builder accountId(String accountId) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
            return this;
        }

        public Builder timeMode(TimeMode timeMode) {
            this.timeMode = Objects.requireNonNull(timeMode, "timeMode");
            return this;
        }

        /** For {@link TimeMode#SCALED}: virtual seconds per real second (60 unless set: a minute a second). */
        public Builder virtualSecondsPerSecond(double scale) {
            if (!(scale > 0)) {
                throw new IllegalArgumentException("virtualSecondsPerSecond must be > 0, was " + scale);
            }
            this.virtualSecondsPerSecond = scale;
            return this;
        }

        /**
         * How many finished executions (with their histories) are kept for Describe/List/GetExecutionHistory:
         * 10,000 unless set. Past it the oldest finished one is forgotten (ExecutionDoesNotExist).
         */
        public Builder retainedExecutions(int retainedExecutions) {
            if (retainedExecutions < 1) {
                throw new IllegalArgumentException("retainedExecutions must be at least 1, was " + retainedExecutions);
            }
            this.retainedExecutions = retainedExecutions;
            return this;
        }

        /** How long GetActivityTask waits for a task before answering with none: AWS's 60 seconds unless set. */
        public Builder activityPollTimeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("activityPollTimeout must be >= 0, was " + timeout);
            }
            this.activityPollTimeout = timeout;
            return this;
        }

        /**
         * A Step Functions Local mock file: StartExecution with {@code stateMachineArn#TestCaseName} answers that
         * execution's tasks from the test case.
         */
        public Builder mockConfig(MockConfigFile mockConfig) {
            this.mockConfig = mockConfig;
            return this;
        }

        /**
         * Where to call the Lambda functions that no mock answers, as Step Functions Local's {@code
         * LAMBDA_ENDPOINT}: an endpoint speaking Lambda's Invoke API, for example {@code http://127.0.0.1:3001}
         * from {@code sam local start-lambda}. Mocks answer first; {@code null} (the default) calls nothing.
         */
        public Builder lambdaEndpoint(URI lambdaEndpoint) {
            this.lambdaEndpoint = lambdaEndpoint;
            return this;
        }

        /** Seeds execution names, task tokens and jitter: same requests, same answers. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The shared virtual clock: a fresh one at {@link VirtualClock#DEFAULT_START} unless set. */
        public Builder clock(VirtualClock clock) {
            this.clock = clock;
            return this;
        }

        /** Answers the Task states of executions started without a mock test case (in JUnit: the test's mocks). */
        public Builder taskHandler(TaskHandler taskHandler) {
            this.taskHandler = taskHandler;
            return this;
        }

        /**
         * Binds and starts serving.
         *
         * @throws UncheckedIOException when the address cannot be bound (the port is taken, say)
         */
        public StepFunctionsEndpoint start() {
            EndpointSettings settings = new EndpointSettings(
                    host,
                    port,
                    region,
                    accountId,
                    timeMode,
                    virtualSecondsPerSecond,
                    retainedExecutions,
                    activityPollTimeout,
                    mockConfig,
                    lambdaEndpoint,
                    seed);
            return new StepFunctionsEndpoint(
                    settings, clock != null ? clock : VirtualClock.startingAt(VirtualClock.DEFAULT_START), taskHandler);
        }
    }
}
