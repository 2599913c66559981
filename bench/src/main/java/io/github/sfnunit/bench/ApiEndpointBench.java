package io.github.sfnunit.bench;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.api.StepFunctionsEndpoint;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.mock.MockConfigFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.auth.scheme.NoAuthAuthScheme;
import software.amazon.awssdk.http.auth.spi.scheme.AuthSchemeOption;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.SfnClientBuilder;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * The served API measured through the AWS SDK for Java v2 on loopback, with workload (g), the three-Lambda order
 * pipeline, answered by Step Functions Local's mock file convention ({@code arn#bench}):
 *
 * <ol>
 *   <li>StartSyncExecution round trips per second on an Express machine, from {@code threads} client threads, each
 *       answer checked against the same execution run in process, with the CPU time per round trip by side
 *       ({@link CpuMeter}); {@code -Dphases=clients} compares SDK client configurations the same way, round-robin;
 *   <li>the latency of StartExecution followed by DescribeExecution until SUCCEEDED (p50, p99), one client, beside
 *       the same execution in process ({@code StateMachine.start});
 *   <li>the live heap with {@code retained} finished executions kept for Describe and GetExecutionHistory.
 * </ol>
 *
 * Run with {@code bench/api.sh}; client and server share the machine's cores.
 */
public final class ApiEndpointBench {

    private static final String MACHINE = "g-order-pipeline";
    private static final String ROLE = "arn:aws:iam::123456789012:role/bench";

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** The client configuration docs/api-endpoint.md recommends for a local endpoint (see {@link #client}). */
    private static final String DEFAULT_CLIENT = "apache/none/override";
    /** What {@code -Dphases=clients} compares unless {@code -Dcompare} says. */
    private static final String CLIENTS =
            "apache/sigv4/override,urlconnection/anonymous/override,apache/none/override,apache/none/provider,"
                    + "apache5/none/provider,urlconnection/none/provider,crt/none/provider";

    private static final AtomicInteger clientThreads = new AtomicInteger();

    private ApiEndpointBench() {}

    public static void main(String[] args) throws Exception {
        Path workloads = Path.of(System.getProperty("sfnunit.bench.workloads", "bench/workloads"));
        Duration warmup = Duration.ofSeconds(Long.getLong("warmup", 30));
        Duration measure = Duration.ofSeconds(Long.getLong("measure", 10));
        int threads = Integer.getInteger("threads", 4);
        int retained = Integer.getInteger("retained", 100_000);
        List<String> phases =
                List.of(System.getProperty("phases", "sync,latency,memory").split(","));
        String definition = Files.readString(workloads.resolve(MACHINE + ".asl.json"));
        String input = Files.readString(workloads.resolve(MACHINE + ".input.json"));
        MockConfigFile mocks = MockConfigFile.load(workloads.resolve("mocks.json"));
        String client = System.getProperty("client", DEFAULT_CLIENT);
        System.out.printf(
                Locale.ROOT,
                "workload (g) %s through the SDK v2 (client %s) on loopback; warm-up %ds, measure %ds, %d client"
                        + " threads%n",
                MACHINE,
                client,
                warmup.toSeconds(),
                measure.toSeconds(),
                threads);
        System.out.printf(Locale.ROOT, "load average before: %.2f%n", loadAverage());

        try (StepFunctionsEndpoint endpoint = StepFunctionsEndpoint.builder()
                        .mockConfig(mocks)
                        .retainedExecutions(1_000)
                        .start();
                SfnClient sfn = client(endpoint.uri(), client)) {
            if (phases.contains("sync")) {
                syncThroughput(sfn, definition, input, warmup, measure, threads);
            }
            if (phases.contains("clients")) {
                compareClients(
                        endpoint.uri(),
                        sfn,
                        definition,
                        input,
                        List.of(System.getProperty("compare", CLIENTS).split(",")),
                        Integer.getInteger("rounds", 3),
                        warmup,
                        measure,
                        threads);
            }
            if (phases.contains("latency")) {
                latency(sfn, definition, input, mocks, warmup, measure);
            }
        }
        if (phases.contains("memory")) {
            retainedMemory(definition, input, mocks, retained, threads);
        }
        System.out.printf(Locale.ROOT, "load average after: %.2f%n", loadAverage());
    }

    private static void syncThroughput(
            SfnClient sfn, String definition, String input, Duration warmup, Duration measure, int threads)
            throws Exception {
        String arn = createExpress(sfn, definition);
        Runnable call = syncCall(sfn, arn, input, expectedOutput(definition, input));
        warmUp(threads, warmup, call);
        Measured run = inParallel(threads, measure, call);
        System.out.printf(
                Locale.ROOT,
                "StartSyncExecution round trips: %,.0f/s (%,d in %ds, every output checked)%n",
                run.calls() / (double) measure.toSeconds(),
                run.calls(),
                measure.toSeconds());
        CpuMeter.Split split = run.cpu();
        System.out.printf(
                Locale.ROOT,
                "  CPU per round trip: %.1f us in all = server %.1f us (HTTP server and engine threads; %.1f of it"
                        + " in the kernel) + client %.1f us (SDK calling threads; %.1f in the kernel) + JVM %.1f us"
                        + " (GC, JIT, other threads); meanwhile the JIT compiled for %,d ms, GC paused for %,d ms and %,d"
                        + " classes loaded%n",
                run.perCall(split.process()),
                run.perCall(split.server()),
                run.perCall(split.serverKernel()),
                run.perCall(split.client()),
                run.perCall(split.clientKernel()),
                run.perCall(split.other()),
                split.jitMillis(),
                split.gcMillis(),
                split.classesLoaded());
        System.out.printf(
                Locale.ROOT,
                "  round trips per process CPU-second: %,.0f (x %d cores: %,.0f/s were the cores the benchmark's"
                        + " alone); server capacity: %,.0f requests per server CPU-second%n",
                1e6 / run.perCall(split.process()),
                CORES,
                1e6 / run.perCall(split.process()) * CORES,
                1e6 / run.perCall(split.server()));
        sfn.deleteStateMachine(b -> b.stateMachineArn(arn));
    }

    /**
     * The same StartSyncExecution load through differently configured clients against one endpoint, in one JVM,
     * round-robin ({@code rounds} times {@code measure} each), so that a loaded machine weighs on each alike: the
     * CPU time per round trip (median of the rounds) says which client configuration costs least.
     */
    private static void compareClients(
            URI endpoint,
            SfnClient admin,
            String definition,
            String input,
            List<String> specs,
            int rounds,
            Duration warmup,
            Duration measure,
            int threads)
            throws Exception {
        String arn = createExpress(admin, definition);
        String expected = expectedOutput(definition, input);
        List<SfnClient> sfns = new ArrayList<>();
        List<List<Measured>> runs = new ArrayList<>();
        try {
            for (String spec : specs) {
                SfnClient sfn = client(endpoint, spec);
                sfns.add(sfn);
                runs.add(new ArrayList<>());
                warmUp(threads, warmup, syncCall(sfn, arn, input, expected));
            }
            for (int round = 0; round < rounds; round++) {
                for (int c = 0; c < specs.size(); c++) {
                    runs.get(c).add(inParallel(threads, measure, syncCall(sfns.get(c), arn, input, expected)));
                }
            }
        } finally {
            sfns.forEach(SfnClient::close);
        }
        System.out.printf(
                Locale.ROOT,
                "client configurations, round-robin, %d x %ds each (median of the rounds; CPU us per round trip):%n",
                rounds,
                measure.toSeconds());
        for (int c = 0; c < specs.size(); c++) {
            List<Measured> measured = runs.get(c);
            System.out.printf(
                    Locale.ROOT,
                    "  %-32s %,6.0f/s  all %6.1f = server %6.1f + client %6.1f + JVM %6.1f  (%,.0f/s on %d cores of"
                            + " its own)%n",
                    specs.get(c),
                    median(measured, m -> m.calls() / (double) measure.toSeconds()),
                    median(measured, m -> m.perCall(m.cpu().process())),
                    median(measured, m -> m.perCall(m.cpu().server())),
                    median(measured, m -> m.perCall(m.cpu().client())),
                    median(measured, m -> m.perCall(m.cpu().other())),
                    1e6 / median(measured, m -> m.perCall(m.cpu().process())) * CORES,
                    CORES);
        }
        admin.deleteStateMachine(b -> b.stateMachineArn(arn));
    }

    private static double median(List<Measured> runs, ToDoubleFunction<Measured> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        return values[values.length / 2];
    }

    private static String createExpress(SfnClient sfn, String definition) {
        return sfn.createStateMachine(b -> b.name(MACHINE)
                        .type(StateMachineType.EXPRESS)
                        .definition(definition)
                        .roleArn(ROLE))
                .stateMachineArn();
    }

    /** The output of workload (g) run in process, with the same mocks: what every served answer must carry. */
    private static String expectedOutput(String definition, String input) throws Exception {
        MockConfigFile mocks =
                MockConfigFile.load(Path.of(System.getProperty("sfnunit.bench.workloads", "bench/workloads"))
                        .resolve("mocks.json"));
        return StateMachine.from(
                        new DefinitionParser().parse(definition),
                        ExecutionOptions.builder().stateMachineName(MACHINE).build())
                .withTaskHandler(mocks.testCase(MACHINE, "bench"))
                .start(input)
                .output()
                .toString();
    }

    /** One StartSyncExecution of workload (g), its answer checked: a real execution, a correct output. */
    private static Runnable syncCall(SfnClient sfn, String arn, String input, String expected) {
        return () -> {
            StartSyncExecutionResponse response = sfn.startSyncExecution(
                    b -> b.stateMachineArn(arn + "#bench").input(input));
            if (response.status() != SyncExecutionStatus.SUCCEEDED || !expected.equals(response.output())) {
                throw new IllegalStateException("A StartSyncExecution of workload (g) ended " + response.status()
                        + " with output " + response.output() + ", expected " + expected);
            }
        };
    }

    private static void latency(
            SfnClient sfn, String definition, String input, MockConfigFile mocks, Duration warmup, Duration measure) {
        String arn = sfn.createStateMachine(
                        b -> b.name(MACHINE).definition(definition).roleArn(ROLE))
                .stateMachineArn();
        LongSupplier served = () -> {
            long start = System.nanoTime();
            String execution = sfn.startExecution(
                            b -> b.stateMachineArn(arn + "#bench").input(input))
                    .executionArn();
            ExecutionStatus status;
            do {
                status = sfn.describeExecution(b -> b.executionArn(execution)).status();
            } while (status == ExecutionStatus.RUNNING);
            if (status != ExecutionStatus.SUCCEEDED) {
                throw new IllegalStateException("An execution of workload (g) ended " + status);
            }
            return System.nanoTime() - start;
        };
        StateMachine machine = StateMachine.from(
                new DefinitionParser().parse(definition),
                ExecutionOptions.builder().stateMachineName(MACHINE).build());
        LongSupplier inProcess = () -> {
            long start = System.nanoTime();
            Execution execution =
                    machine.withTaskHandler(mocks.testCase(MACHINE, "bench")).start(input);
            if (execution.status() != io.github.sfnunit.ExecutionStatus.SUCCEEDED) {
                throw new IllegalStateException("An in-process execution of workload (g) ended " + execution.status());
            }
            return System.nanoTime() - start;
        };
        report("StartExecution + DescribeExecution to SUCCEEDED", sample(served, warmup, measure));
        report("in process, StateMachine.start (same execution)", sample(inProcess, warmup, measure));
        sfn.deleteStateMachine(b -> b.stateMachineArn(arn));
    }

    private static void retainedMemory(String definition, String input, MockConfigFile mocks, int retained, int threads)
            throws Exception {
        try (StepFunctionsEndpoint endpoint = StepFunctionsEndpoint.builder()
                        .mockConfig(mocks)
                        .retainedExecutions(retained)
                        .start();
                SfnClient sfn = client(endpoint.uri(), System.getProperty("client", DEFAULT_CLIENT))) {
            String arn = sfn.createStateMachine(
                            b -> b.name(MACHINE).definition(definition).roleArn(ROLE))
                    .stateMachineArn();
            long before = MemoryProbe.liveHeap();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int first = t;
                    done.add(pool.submit(() -> {
                        for (int n = first; n < retained; n += threads) {
                            sfn.startExecution(
                                    b -> b.stateMachineArn(arn + "#bench").input(input));
                        }
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                pool.shutdownNow();
            }
            int kept = endpoint.executions().size();
            long after = MemoryProbe.liveHeap();
            System.out.printf(
                    Locale.ROOT,
                    "live heap with %,d finished executions retained (history on): %,.1f MB (%,d bytes each)%n",
                    kept,
                    (after - before) / 1e6,
                    (after - before) / Math.max(1, kept));
        }
    }

    /** How many calls completed, and the CPU time spent meanwhile. */
    private record Measured(long calls, CpuMeter.Split cpu) {
        double perCall(long nanos) {
            return nanos / 1e3 / calls;
        }
    }

    /**
     * Runs {@code call} for {@code warmup}, then on in 5 s slices while the JIT still compiled for more than a tenth of
     * the last slice, up to four times {@code warmup}: on a busy machine the compiler threads get little CPU, and a
     * measurement taken while they work measures the interpreter.
     */
    private static void warmUp(int threads, Duration warmup, Runnable call) throws Exception {
        inParallel(threads, warmup, call);
        Duration slice = Duration.ofSeconds(5);
        Duration spent = warmup;
        while (spent.compareTo(warmup.multipliedBy(4)) < 0) {
            Measured run = inParallel(threads, slice, call);
            spent = spent.plus(slice);
            if (run.cpu().jitMillis() < slice.toMillis() / 10) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "  (warmed up for %ds)%n", spent.toSeconds());
    }

    /** Runs {@code call} from {@code threads} threads for {@code budget}. */
    private static Measured inParallel(int threads, Duration budget, Runnable call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bench-client-" + clientThreads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            CpuMeter meter = CpuMeter.start();
            long deadline = System.nanoTime() + budget.toNanos();
            List<Future<Long>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<Long> loop = () -> {
                    long calls = 0;
                    while (System.nanoTime() < deadline) {
                        call.run();
                        calls++;
                    }
                    return calls;
                };
                counts.add(pool.submit(loop));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            // taken while the client threads live, so that their CPU time is still there to read
            return new Measured(total, meter.stop());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] sample(LongSupplier call, Duration warmup, Duration measure) {
        long warmEnd = System.nanoTime() + warmup.toNanos();
        while (System.nanoTime() < warmEnd) {
            call.getAsLong();
        }
        long[] samples = new long[1 << 20];
        int count = 0;
        long end = System.nanoTime() + measure.toNanos();
        while (System.nanoTime() < end && count < samples.length) {
            samples[count++] = call.getAsLong();
        }
        long[] taken = Arrays.copyOf(samples, count);
        Arrays.sort(taken);
        return taken;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(
                Locale.ROOT,
                "%s: p50 %.3f ms, p99 %.3f ms (%,d samples)%n",
                what,
                percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.99) / 1e6,
                sorted.length);
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * A client as a user configures one for a local endpoint: host prefix off (StartSyncExecution's "sync-"), no
     * retries, and {@code spec} = {@code http/auth/endpoint}, each an option of the SDK's public builder
     * (docs/api-endpoint.md): {@code http} {@code apache} (the SDK's default), {@code apache5}, {@code urlconnection}
     * or {@code crt}; {@code auth} {@code sigv4} (static credentials), {@code anonymous} (anonymous credentials) or
     * {@code none} (the SDK's no-auth scheme: requests unsigned, no signer runs); {@code endpoint} {@code override}
     * (endpointOverride through the SDK's endpoint rules) or {@code provider} (an endpoint provider answering the
     * endpoint's URI, no rules evaluated).
     */
    static SfnClient client(URI endpoint, String spec) {
        String[] parts = spec.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException(
                    "a client is http/auth/endpoint, e.g. apache/none/provider, not " + spec);
        }
        SfnClientBuilder builder = SfnClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .httpClient(httpClient(parts[0]))
                .overrideConfiguration(config -> config.retryStrategy(DefaultRetryStrategy.doNotRetry())
                        .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true));
        switch (parts[1]) {
            case "sigv4" ->
                builder.credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")));
            case "anonymous" -> builder.credentialsProvider(AnonymousCredentialsProvider.create());
            case "none" ->
                builder.credentialsProvider(AnonymousCredentialsProvider.create())
                        .authSchemeProvider(params -> List.of(AuthSchemeOption.builder()
                                .schemeId(NoAuthAuthScheme.SCHEME_ID)
                                .build()));
            default -> throw new IllegalArgumentException("auth is sigv4, anonymous or none, not " + parts[1]);
        }
        switch (parts[2]) {
            case "override" -> {}
            case "provider" -> {
                Endpoint fixed = Endpoint.builder().url(endpoint).build();
                builder.endpointProvider(params -> CompletableFuture.completedFuture(fixed));
            }
            default -> throw new IllegalArgumentException("endpoint is override or provider, not " + parts[2]);
        }
        return builder.build();
    }

    private static SdkHttpClient httpClient(String name) {
        return switch (name) {
            case "apache" -> ApacheHttpClient.builder().maxConnections(64).build();
            case "apache5" -> Apache5HttpClient.builder().maxConnections(64).build();
            case "urlconnection" -> UrlConnectionHttpClient.create();
            case "crt" -> AwsCrtHttpClient.builder().maxConcurrency(64).build();
            default -> throw new IllegalArgumentException("http is apache, apache5, urlconnection or crt, not " + name);
        };
    }
}
