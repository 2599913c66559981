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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * The served API measured through the AWS SDK for Java v2 on loopback, with workload (g), the three-Lambda order
 * pipeline, answered by Step Functions Local's mock file convention ({@code arn#bench}):
 *
 * <ol>
 *   <li>StartSyncExecution round trips per second on an Express machine, from {@code threads} client threads;
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

    private ApiEndpointBench() {}

    public static void main(String[] args) throws Exception {
        Path workloads = Path.of(System.getProperty("sfnunit.bench.workloads", "bench/workloads"));
        Duration warmup = Duration.ofSeconds(Long.getLong("warmup", 10));
        Duration measure = Duration.ofSeconds(Long.getLong("measure", 10));
        int threads = Integer.getInteger("threads", 4);
        int retained = Integer.getInteger("retained", 100_000);
        List<String> phases =
                List.of(System.getProperty("phases", "sync,latency,memory").split(","));
        String definition = Files.readString(workloads.resolve(MACHINE + ".asl.json"));
        String input = Files.readString(workloads.resolve(MACHINE + ".input.json"));
        MockConfigFile mocks = MockConfigFile.load(workloads.resolve("mocks.json"));
        System.out.printf(
                Locale.ROOT,
                "workload (g) %s through the SDK v2 (%s HTTP client) on loopback; warm-up %ds, measure %ds, %d client threads%n",
                MACHINE,
                System.getProperty("http", "apache"),
                warmup.toSeconds(),
                measure.toSeconds(),
                threads);
        System.out.printf(Locale.ROOT, "load average before: %.2f%n", loadAverage());

        try (StepFunctionsEndpoint endpoint = StepFunctionsEndpoint.builder()
                        .mockConfig(mocks)
                        .retainedExecutions(1_000)
                        .start();
                SfnClient sfn = client(endpoint.uri())) {
            if (phases.contains("sync")) {
                syncThroughput(sfn, definition, input, warmup, measure, threads);
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
        String arn = sfn.createStateMachine(b -> b.name(MACHINE)
                        .type(StateMachineType.EXPRESS)
                        .definition(definition)
                        .roleArn(ROLE))
                .stateMachineArn();
        Runnable call = () -> {
            SyncExecutionStatus status = sfn.startSyncExecution(
                            b -> b.stateMachineArn(arn + "#bench").input(input))
                    .status();
            if (status != SyncExecutionStatus.SUCCEEDED) {
                throw new IllegalStateException("A StartSyncExecution of workload (g) ended " + status);
            }
        };
        inParallel(threads, warmup, call);
        long calls = inParallel(threads, measure, call);
        System.out.printf(
                Locale.ROOT,
                "StartSyncExecution round trips: %,.0f/s (%,d in %ds)%n",
                calls / (double) measure.toSeconds(),
                calls,
                measure.toSeconds());
        sfn.deleteStateMachine(b -> b.stateMachineArn(arn));
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
                SfnClient sfn = client(endpoint.uri())) {
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

    /** Runs {@code call} from {@code threads} threads for {@code budget}; answers how many calls completed. */
    private static long inParallel(int threads, Duration budget, Runnable call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
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
            return total;
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

    /** A client as a user configures one for a local endpoint (host prefix off: StartSyncExecution's "sync-"). */
    static SfnClient client(URI endpoint) {
        return SfnClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        Boolean.getBoolean("unsigned")
                                ? AnonymousCredentialsProvider.create()
                                : StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(
                        "urlconnection".equals(System.getProperty("http"))
                                ? UrlConnectionHttpClient.create()
                                : ApacheHttpClient.builder().maxConnections(64).build())
                .overrideConfiguration(config -> config.retryStrategy(DefaultRetryStrategy.doNotRetry())
                        .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
    }
}
