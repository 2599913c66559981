package io.github.sfnunit.api;

import static io.github.sfnunit.api.ExecutionApiTest.WAIT_A_DAY;
import static io.github.sfnunit.api.StateMachineApiTest.ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.mock.TaskMocks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** Many clients at once: every execution runs, and the listing names each exactly once. */
class EndpointLoadTest {

    private static final int THREADS = 16;
    private static final int EXECUTIONS = 1_000;

    @Test
    void should_run_a_thousand_executions_started_by_sixteen_threads_at_once_and_list_each_once() throws Exception {
        TaskMocks mocks = new TaskMocks();
        mocks.forLambda("charge").thenReturn("{\"chargeId\":\"ch-1\"}");
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try (StepFunctionsEndpoint endpoint =
                        StepFunctionsEndpoint.builder().taskHandler(mocks).start();
                SfnClient sfn = Sdk.client(endpoint.uri())) {
            String machineArn = sfn.createStateMachine(
                            b -> b.name("Orders").definition(WAIT_A_DAY).roleArn(ROLE))
                    .stateMachineArn();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> started = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<List<String>> client = () -> {
                    go.await();
                    List<String> arns = new ArrayList<>();
                    for (int n = thread; n < EXECUTIONS; n += THREADS) {
                        String name = "order-" + n;
                        String input = "{\"orderId\":" + n + "}";
                        arns.add(sfn.startExecution(b ->
                                        b.stateMachineArn(machineArn).name(name).input(input))
                                .executionArn());
                    }
                    return arns;
                };
                started.add(threads.submit(client));
            }
            go.countDown();
            List<String> startedArns = new ArrayList<>();
            for (Future<List<String>> future : started) {
                startedArns.addAll(future.get(2, TimeUnit.MINUTES));
            }

            List<ExecutionListItem> listed =
                    sfn
                            .listExecutionsPaginator(
                                    b -> b.stateMachineArn(machineArn).maxResults(100))
                            .executions()
                            .stream()
                            .toList();

            assertThat(startedArns).hasSize(EXECUTIONS).doesNotHaveDuplicates();
            Map<String, Integer> timesListed = new HashMap<>();
            listed.forEach(item -> timesListed.merge(item.executionArn(), 1, Integer::sum));
            assertThat(timesListed).hasSize(EXECUTIONS).containsOnlyKeys(startedArns);
            assertThat(timesListed.values()).containsOnly(1);
            assertThat(listed).extracting(ExecutionListItem::status).containsOnly(ExecutionStatus.SUCCEEDED);
            assertThat(mocks.invocations("Charge")).hasSize(EXECUTIONS);
            assertThat(endpoint.executions()).hasSize(EXECUTIONS);
        } finally {
            threads.shutdownNow();
        }
    }
}
