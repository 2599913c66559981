package io.github.sfnunit.cli;

import io.github.sfnunit.api.StepFunctionsEndpoint;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.mock.MockConfigFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sfn-unit serve}: serves the Step Functions API (AWS JSON 1.0) on the virtual clock, as a drop-in for Step
 * Functions Local: same port, same mock file, same {@code stateMachineArn#TestCaseName} convention. Prints the
 * endpoint's URL on one line when ready; stops cleanly on SIGINT/SIGTERM.
 *
 * <pre>
 * sfn-unit serve --mock-config MockConfigFile.json --definitions statemachines/
 * aws stepfunctions --endpoint-url http://127.0.0.1:8083 list-state-machines
 * </pre>
 *
 * @since 0.1.0
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Serve the Step Functions API over HTTP on the virtual clock (a drop-in for Step Functions Local).")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "The address to bind (default: 127.0.0.1).")
    String host = "127.0.0.1";

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "The port (default: 8083, Step Functions Local's; 0 for a free one).")
    int port = 8083;

    @Option(
            names = "--mock-config",
            paramLabel = "FILE",
            defaultValue = "${env:SFN_MOCK_CONFIG}",
            description = "A Step Functions Local MockConfigFile.json (default: $SFN_MOCK_CONFIG); start executions"
                    + " with stateMachineArn#TestCaseName.")
    Path mockConfig;

    @Option(
            names = "--lambda-endpoint",
            paramLabel = "URL",
            defaultValue = "${env:LAMBDA_ENDPOINT}",
            description = "Call the Lambda functions no mock answers on this Lambda Invoke API endpoint, e.g."
                    + " http://127.0.0.1:3001 from 'sam local start-lambda' (default: $LAMBDA_ENDPOINT).")
    URI lambdaEndpoint;

    @Option(
            names = "--definitions",
            paramLabel = "DIR",
            description = "Create a state machine for each definition file in DIR, named after the file.")
    Path definitions;

    @Option(
            names = "--time",
            paramLabel = "MODE",
            description = "run-to-completion (default), scaled or manual; see docs/api-endpoint.md.")
    String time = "run-to-completion";

    @Option(
            names = "--virtual-seconds-per-second",
            paramLabel = "N",
            description = "For --time scaled: virtual seconds per real second (default: 60).")
    double scale = 60;

    @Option(
            names = "--retain",
            paramLabel = "N",
            description = "How many finished executions to keep (default: 10000).")
    int retain = 10_000;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StepFunctionsEndpoint.Builder builder = StepFunctionsEndpoint.builder()
                .host(host)
                .port(port)
                .timeMode(timeMode())
                .virtualSecondsPerSecond(scale)
                .retainedExecutions(retain)
                .lambdaEndpoint(lambdaEndpoint);
        if (mockConfig != null) {
            builder.mockConfig(MockConfigFile.load(mockConfig));
        }
        StepFunctionsEndpoint endpoint = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    endpoint.close();
                    stopped.countDown();
                },
                "sfn-unit-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (definitions != null && !createMachines(endpoint, err)) {
                return 1;
            }
            out.println(endpoint.uri());
            out.flush();
            stopped.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            endpoint.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it stops the endpoint itself
            }
        }
    }

    private StepFunctionsEndpoint.TimeMode timeMode() {
        return switch (time) {
            case "run-to-completion" -> StepFunctionsEndpoint.TimeMode.RUN_TO_COMPLETION;
            case "scaled" -> StepFunctionsEndpoint.TimeMode.SCALED;
            case "manual" -> StepFunctionsEndpoint.TimeMode.MANUAL;
            default ->
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--time must be run-to-completion, scaled or manual, not '" + time + "'");
        };
    }

    /** One machine per {@code *.json}, {@code *.yaml} or {@code *.yml} file, named after the file. */
    private boolean createMachines(StepFunctionsEndpoint endpoint, PrintWriter err) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(definitions)) {
            files = listed.filter(file -> file.getFileName().toString().matches(".*\\.(json|ya?ml)"))
                    .sorted()
                    .toList();
        }
        boolean allCreated = true;
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("(\\.asl)?\\.(json|ya?ml)$", "");
            try {
                endpoint.createStateMachine(
                        name, StateMachineType.STANDARD, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                err.println(file + ": " + e.getMessage());
                allCreated = false;
            }
        }
        err.flush();
        return allCreated;
    }
}
