package io.github.sfnunit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A distributed Map's ItemReader and ResultWriter calls are found together, in the mocks as in the execution. */
class DistributedMapCallsTest {

    private static final String DEFINITION = """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
              "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                "ReaderConfig": {"InputType": "JSON"}, "Parameters": {"Bucket": "in", "Key": "items.json"}},
              "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                "Parameters": {"Bucket": "out", "Prefix": "results"}},
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                "StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "End": true}}}}}}
            """;

    @Test
    void the_mocks_list_the_reader_and_writer_calls_of_a_map_as_the_execution_does() {
        // GIVEN
        TaskMocks mocks = new TaskMocks();
        mocks.forState("M").thenReturn("[1, 2]");
        StateMachine machine =
                StateMachine.from(new DefinitionParser().parse(DEFINITION)).withTaskHandler(mocks);
        // WHEN
        Execution run = machine.start("{}");
        // THEN
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        List<String> resources =
                mocks.invocations("M").stream().map(TaskInvocation::resource).toList();
        assertThat(resources).first().isEqualTo("arn:aws:states:::s3:getObject");
        assertThat(resources.subList(1, resources.size())).isNotEmpty().containsOnly("arn:aws:states:::s3:putObject");
        assertThat(mocks.invocations("M")).isEqualTo(run.invocations());
        assertThat(mocks.calls().get(1).answeredBy()).isEqualTo("ResultWriter (kept by sfn-unit, not mocked)");
        assertThat(mocks.invocations("M").get(1).statePath()).isEqualTo("M/ResultWriter");
    }
}
