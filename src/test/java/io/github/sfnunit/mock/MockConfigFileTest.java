package io.github.sfnunit.mock;

import static io.github.sfnunit.mock.Invocations.call;
import static io.github.sfnunit.mock.Invocations.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockConfigFileTest {

    private static final String LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:charge";
    private static final String FILE = """
            {"StateMachines": {"OrderFlow": {"TestCases": {
               "HappyPath": {"Charge": "ChargeRetried", "Notify": "Sent"}}}},
             "MockedResponses": {
               "ChargeRetried": {
                 "0": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "slow down"}},
                 "1-2": {"Return": {"StatusCode": 200, "Payload": {"chargeId": "ch-1"}}}},
               "Sent": {"0": {"Return": {"MessageId": "m-1"}}}}}
            """;

    private final MockConfigTestCase happyPath =
            MockConfigFile.parse(FILE, "MockConfigFile.json").testCase("OrderFlow", "HappyPath");

    @Test
    void should_answer_by_invocation_index_with_ranges() {
        TaskOutcome first = happyPath.invoke(call("Charge", LAMBDA_ARN, "{}", 0));
        TaskOutcome third = happyPath.invoke(call("Charge", LAMBDA_ARN, "{}", 2));

        assertThat(first).isEqualTo(new TaskOutcome.Failed("Lambda.TooManyRequestsException", "slow down"));
        assertThat(third).isEqualTo(new TaskOutcome.Succeeded(json("{\"chargeId\":\"ch-1\"}")));
    }

    @Test
    void should_give_the_raw_response_for_service_integrations() {
        TaskOutcome outcome = happyPath.invoke(call("Notify", "arn:aws:states:::sns:publish", "{}"));

        assertThat(outcome).isEqualTo(new TaskOutcome.Succeeded(json("{\"MessageId\":\"m-1\"}")));
    }

    @Test
    void should_fail_clearly_when_the_invocation_has_no_numbered_response() {
        assertThatThrownBy(() -> happyPath.invoke(call("Charge", LAMBDA_ARN, "{}", 3)))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessage("MockConfigFile.json test case 'HappyPath' of 'OrderFlow': mocked response"
                        + " 'ChargeRetried' of Task state 'Charge' has no entry for invocation #3 (0-based, retries and"
                        + " Map iterations count); it defines [0, 1-2]");
    }

    @Test
    void should_name_the_pointer_of_an_undefined_response() {
        String broken =
                "{\"StateMachines\":{\"M\":{\"TestCases\":{\"T\":{\"S\":\"Missing\"}}}},\"MockedResponses\":{}}";

        assertThatThrownBy(() -> MockConfigFile.parse(broken, "mocks.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mocks.json /StateMachines/M/TestCases/T/S: mocked response 'Missing' is not defined in"
                        + " /MockedResponses (defined: [])");
    }

    @Test
    void should_reject_a_malformed_range() {
        String broken = "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"2-1\":{\"Return\":{}}}}}";

        assertThatThrownBy(() -> MockConfigFile.parse(broken, "mocks.json"))
                .hasMessage("mocks.json /MockedResponses/R/2-1: expected an invocation index \"0\" or a range \"1-2\""
                        + " (0-based, ascending), but was \"2-1\"");
    }

    @Test
    void should_reject_an_entry_with_both_return_and_throw() {
        String broken = "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"0\":{\"Return\":{},\"Throw\":{}}}}}";

        assertThatThrownBy(() -> MockConfigFile.parse(broken, "mocks.json"))
                .hasMessage(
                        "mocks.json /MockedResponses/R/0: expected exactly one of \"Return\" or \"Throw\", but found"
                                + " [Return, Throw]");
    }

    @Test
    void should_reject_overlapping_ranges() {
        String broken =
                "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"0-2\":{\"Return\":{}},\"2\":{\"Return\":{}}}}}";

        assertThatThrownBy(() -> MockConfigFile.parse(broken, "mocks.json"))
                .hasMessage("mocks.json /MockedResponses/R: invocation ranges \"0-2\" and \"2\" overlap");
    }

    @Test
    void should_name_the_test_cases_that_exist() {
        MockConfigFile file = MockConfigFile.parse(FILE, "MockConfigFile.json");

        assertThatThrownBy(() -> file.testCase("OrderFlow", "SadPath"))
                .hasMessage("MockConfigFile.json: state machine 'OrderFlow' has no test case 'SadPath' (it has"
                        + " [HappyPath])");
    }

    @Test
    void stubs_override_the_file_and_the_file_answers_the_rest(@TempDir Path dir) throws IOException {
        // GIVEN
        Path file = Files.writeString(dir.resolve("MockConfigFile.json"), FILE);
        TaskMocks mocks = TaskMocks.load(file, "OrderFlow", "HappyPath");
        mocks.forState("Notify").thenReturn("{\"MessageId\":\"stubbed\"}");

        // WHEN
        TaskOutcome charge = mocks.invoke(call("Charge", LAMBDA_ARN, "{}", 1));
        TaskOutcome notify = mocks.invoke(call("Notify", "arn:aws:states:::sns:publish", "{}"));

        // THEN
        assertThat(((TaskOutcome.Succeeded) charge).result()).isEqualTo(json("{\"chargeId\":\"ch-1\"}"));
        assertThat(((TaskOutcome.Succeeded) notify).result()).isEqualTo(json("{\"MessageId\":\"stubbed\"}"));
        assertThat(mocks.calls())
                .extracting(MockCall::answeredBy)
                .containsExactly(file + " test case 'HappyPath' of 'OrderFlow'", "forState(\"Notify\")");
    }
}
