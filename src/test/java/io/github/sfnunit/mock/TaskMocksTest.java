package io.github.sfnunit.mock;

import static io.github.sfnunit.mock.Invocations.call;
import static io.github.sfnunit.mock.Invocations.json;
import static io.github.sfnunit.mock.Invocations.lambdaInvoke;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskMocksTest {

    private static final String SQS = "arn:aws:states:::sqs:sendMessage";

    private final TaskMocks mocks = new TaskMocks();

    @Test
    void should_answer_in_order_and_repeat_the_last_answer() {
        // GIVEN
        mocks.forState("Charge")
                .thenFail("Lambda.TooManyRequestsException", "throttled")
                .thenReturn("{\"id\":1}");

        // WHEN
        TaskOutcome first = mocks.invoke(call("Charge", SQS, "{}"));
        TaskOutcome second = mocks.invoke(call("Charge", SQS, "{}", 1));
        TaskOutcome third = mocks.invoke(call("Charge", SQS, "{}", 2));

        // THEN
        assertThat(first).isEqualTo(new TaskOutcome.Failed("Lambda.TooManyRequestsException", "throttled"));
        assertThat(second).isEqualTo(new TaskOutcome.Succeeded(json("{\"id\":1}")));
        assertThat(third).isEqualTo(second);
    }

    @Test
    void should_take_virtual_time_and_send_heartbeats_when_told() {
        // GIVEN
        mocks.forState("Slow")
                .thenReturn("{}")
                .after(Duration.ofSeconds(30))
                .withHeartbeats(Duration.ofSeconds(10), Duration.ofSeconds(20));

        // WHEN
        TaskOutcome outcome = mocks.invoke(call("Slow", SQS, "{}"));

        // THEN
        assertThat(outcome.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(outcome.heartbeats()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    @Test
    void should_convert_objects_with_jackson() {
        // GIVEN
        mocks.forState("Load").thenReturn(Map.of("count", 3));

        // WHEN
        TaskOutcome outcome = mocks.invoke(call("Load", SQS, "{}"));

        // THEN
        assertThat(((TaskOutcome.Succeeded) outcome).result()).isEqualTo(json("{\"count\":3}"));
    }

    @Test
    void should_compute_the_answer_from_the_invocation() {
        // GIVEN
        mocks.forState("Echo").thenAnswer(invocation -> invocation.input());

        // WHEN
        TaskOutcome outcome = mocks.invoke(call("Echo", SQS, "{\"a\":[1,2]}"));

        // THEN
        assertThat(((TaskOutcome.Succeeded) outcome).result()).isEqualTo(json("{\"a\":[1,2]}"));
    }

    @Test
    void should_wait_for_a_callback_when_told() {
        // GIVEN
        mocks.forState("Approve").thenWaitForCallback().withHeartbeats(Duration.ofMinutes(1));

        // WHEN
        TaskOutcome outcome = mocks.invoke(call("Approve", SQS + ".waitForTaskToken", "{}"));

        // THEN
        assertThat(outcome).isEqualTo(new TaskOutcome.Pending(List.of(Duration.ofMinutes(1))));
    }

    @Test
    void should_prefer_the_stub_whose_input_matches() {
        // GIVEN
        mocks.forState("Price").thenReturn("{\"price\":10}");
        mocks.forState("Price").withInput("{\"sku\":\"gold\"}").thenReturn("{\"price\":99}");

        // WHEN
        TaskOutcome gold = mocks.invoke(call("Price", SQS, "{\"sku\":\"gold\"}"));
        TaskOutcome other = mocks.invoke(call("Price", SQS, "{\"sku\":\"tin\"}"));

        // THEN
        assertThat(((TaskOutcome.Succeeded) gold).result()).isEqualTo(json("{\"price\":99}"));
        assertThat(((TaskOutcome.Succeeded) other).result()).isEqualTo(json("{\"price\":10}"));
    }

    @Test
    void should_prefer_a_state_stub_over_a_resource_stub() {
        // GIVEN
        mocks.forResource(SQS).thenReturn("{\"by\":\"resource\"}");
        mocks.forState("Send").thenReturn("{\"by\":\"state\"}");

        // WHEN
        TaskOutcome send = mocks.invoke(call("Send", SQS, "{}"));
        TaskOutcome other = mocks.invoke(call("Other", SQS, "{}"));

        // THEN
        assertThat(((TaskOutcome.Succeeded) send).result()).isEqualTo(json("{\"by\":\"state\"}"));
        assertThat(((TaskOutcome.Succeeded) other).result()).isEqualTo(json("{\"by\":\"resource\"}"));
    }

    @Test
    void should_ask_the_fallback_handler_when_no_stub_answers() {
        // GIVEN a Mockito mock as fallback
        TaskHandler handler = mock(TaskHandler.class);
        when(handler.invoke(any())).thenReturn(new TaskOutcome.Succeeded(json("{\"from\":\"mockito\"}")));
        mocks.fallback(handler);

        // WHEN
        TaskOutcome outcome = mocks.invoke(call("Anything", SQS, "{}"));

        // THEN
        assertThat(((TaskOutcome.Succeeded) outcome).result()).isEqualTo(json("{\"from\":\"mockito\"}"));
        assertThat(mocks.calls()).extracting(MockCall::answeredBy).containsExactly("fallback");
    }

    @Test
    void should_name_state_resource_and_closest_stubs_when_a_task_is_unmocked() {
        // GIVEN
        mocks.forState("Notify").thenReturn("{}");
        mocks.forState("ChargeCard").thenReturn("{}");

        // WHEN / THEN
        assertThatThrownBy(() -> mocks.invoke(lambdaInvoke("ChargCard", "charge", "{}")))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessageStartingWith("No mock answers Task state 'ChargCard' (resource "
                        + "arn:aws:states:::lambda:invoke, function 'charge', invocation #0).\n"
                        + "Stubs that exist, closest first:\n"
                        + "  forState(\"ChargeCard\")  registered at TaskMocksTest.java:")
                .hasMessageContaining("Did you mean \"ChargeCard\"?")
                .hasMessageEndingWith("To mock it: mocks.forState(\"ChargCard\").thenReturn(\"{...}\")");
    }

    @Test
    void should_say_which_stub_refused_the_input() {
        // GIVEN
        mocks.forState("Price")
                .when("sku is gold", call -> call.input().path("sku").asText().equals("gold"))
                .thenReturn("{}");

        // WHEN / THEN
        assertThatThrownBy(() -> mocks.invoke(call("Price", SQS, "{\"sku\":\"tin\"}")))
                .hasMessageContaining("forState(\"Price\").when(sku is gold) (registered at TaskMocksTest.java:")
                .hasMessageContaining("did not accept the input {\"sku\":\"tin\"}");
    }

    @Test
    void should_report_unused_stubs_with_the_line_that_registered_them() {
        // GIVEN
        mocks.forState("Used").thenReturn("{}");
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        mocks.forState("Refund").thenReturn("{}");
        mocks.invoke(call("Used", SQS, "{}"));

        // WHEN
        List<UnusedStub> unused = mocks.unusedStubs();

        // THEN
        assertThat(unused).containsExactly(new UnusedStub("forState(\"Refund\")", "TaskMocksTest.java:" + line));
    }

    @Test
    void should_verify_call_counts_and_list_the_calls_when_they_differ() {
        // GIVEN
        mocks.forState("Charge").thenReturn("{}");
        mocks.invoke(call("Charge", SQS, "{\"n\":1}"));

        // WHEN / THEN
        mocks.verify("Charge", 1);
        assertThatThrownBy(() -> mocks.verify("Charge", 2))
                .isInstanceOf(AssertionError.class)
                .hasMessage(String.join(
                        System.lineSeparator(),
                        "",
                        "Expecting task state \"Charge\" to have been called:",
                        "  2 times",
                        "but was called:",
                        "  1 time",
                        "  #0 at 2025-01-01T00:00:00Z (retry 0) with {\"n\":1}",
                        "",
                        "Task mocks:\n  Charge: 1 time, answered by forState(\"Charge\") x1\n"));
    }

    @Test
    void verify_fails_in_the_layout_of_the_invoked_assertion_when_a_state_was_never_called() {
        // GIVEN no call at all
        // WHEN / THEN
        assertThatThrownBy(() -> mocks.verify("Charge", 1))
                .isInstanceOf(AssertionError.class)
                .hasMessage(String.join(
                        System.lineSeparator(),
                        "",
                        "Expecting task state \"Charge\" to have been called:",
                        "  1 time",
                        "but was called:",
                        "  0 times",
                        "",
                        "Task mocks:\n  no task calls\n"));
    }

    @Test
    void an_unmocked_task_names_the_call_the_stubs_closest_first_and_the_hint_by_exact_text() {
        // GIVEN
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        mocks.forState("Notify").thenReturn("{}");
        mocks.forState("ChargeCard").thenReturn("{}");

        // WHEN / THEN
        assertThatThrownBy(() -> mocks.invoke(lambdaInvoke("ChargCard", "charge", "{}")))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessage("No mock answers Task state 'ChargCard' (resource arn:aws:states:::lambda:invoke,"
                        + " function 'charge', invocation #0).\n"
                        + "Stubs that exist, closest first:\n"
                        + "  forState(\"ChargeCard\")  registered at TaskMocksTest.java:" + (line + 1) + "\n"
                        + "  forState(\"Notify\")  registered at TaskMocksTest.java:" + line + "\n"
                        + "Did you mean \"ChargeCard\"?\n"
                        + "To mock it: mocks.forState(\"ChargCard\").thenReturn(\"{...}\")");
    }

    @Test
    void should_summarize_calls_per_state_and_unused_stubs() {
        // GIVEN
        mocks.forState("Charge").thenReturn("{}");
        mocks.forState("Refund").thenReturn("{}");
        mocks.invoke(call("Charge", SQS, "{}"));
        mocks.invoke(call("Charge", SQS, "{}", 1));

        // WHEN
        String summary = mocks.summary();

        // THEN
        assertThat(summary)
                .startsWith("Task mocks:\n  Charge: 2 times, answered by forState(\"Charge\") x2\n"
                        + "Stubs never used:\n  forState(\"Refund\") registered at TaskMocksTest.java:");
    }

    @Test
    void should_reject_a_return_value_that_is_not_json() {
        assertThatThrownBy(() -> mocks.forState("A").thenReturn("ok"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("forState(\"A\").thenReturn(..) expects JSON text, but got 'ok'");
    }

    @Test
    void should_reject_a_return_value_with_text_after_the_json() {
        // Jackson's readTree would keep {"id": 1} and drop the rest: nothing the user wrote is silently lost
        assertThatThrownBy(() -> mocks.forState("A").thenReturn("{\"id\": 1} {\"id\": 2}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("forState(\"A\").thenReturn(..) expects JSON text")
                .hasRootCauseMessage("Trailing token (of type START_OBJECT) found after the JSON value\n"
                        + " at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled);"
                        + " line: 1, column: 12]");
    }
}
