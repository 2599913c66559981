package io.github.sfnunit.docs;

import static io.github.sfnunit.docs.DocsRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Map (inline) and Parallel state pages. */
class MapAndParallelPagesTest {

    private static String map(String fields) {
        return "{\"Type\": \"Map\"" + fields + ", \"ItemProcessor\": {\"StartAt\": \"P\", \"States\": {\"P\":"
                + " {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}";
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html")
    class InlineMapPage {

        private static final String SHIPMENT =
                "{\"ship-date\": \"2016-03-14T01:59:00Z\", \"detail\": {\"delivery-partner\":"
                        + " \"UQS\", \"shipped\": [{\"prod\": \"R31\", \"dest-code\": 9511, \"quantity\": 1344},"
                        + " {\"prod\": \"S39\", \"dest-code\": 9511, \"quantity\": 40}]}}";

        @Test
        void items_path_selects_the_array_and_each_item_is_processed() {
            assertThat(DocsRun.state(map(", \"ItemsPath\": \"$.detail.shipped\""), SHIPMENT)
                            .output())
                    .isEqualTo(json("[{\"prod\": \"R31\", \"dest-code\": 9511, \"quantity\": 1344},"
                            + " {\"prod\": \"S39\", \"dest-code\": 9511, \"quantity\": 40}]"));
        }

        @Test
        void item_selector_combines_the_item_with_the_state_input() {
            Execution run = DocsRun.state(
                    map(", \"ItemsPath\": \"$.detail.shipped\", \"ItemSelector\": {\"parcel.$\": \"$$.Map.Item.Value\","
                            + " \"courier.$\": \"$.detail.delivery-partner\"}"),
                    SHIPMENT);

            assertThat(run.output().get(1))
                    .isEqualTo(json("{\"parcel\": {\"prod\": \"S39\", \"dest-code\": 9511, \"quantity\": 40},"
                            + " \"courier\": \"UQS\"}"));
        }

        @Test
        void the_results_keep_the_order_of_the_items() {
            assertThat(DocsRun.state(map(", \"MaxConcurrency\": 1"), "[3, 1, 2]")
                            .output())
                    .isEqualTo(json("[3, 1, 2]"));
        }

        @Test
        void an_empty_array_gives_an_empty_result() {
            assertThat(DocsRun.state(map(""), "[]").output()).isEqualTo(json("[]"));
        }

        @Test
        void result_path_puts_the_results_into_the_input() {
            assertThat(DocsRun.state(map(", \"ItemsPath\": \"$.a\", \"ResultPath\": \"$.r\""), "{\"a\": [1]}")
                            .output())
                    .isEqualTo(json("{\"a\": [1], \"r\": [1]}"));
        }

        @Test
        void result_selector_applies_to_the_array_of_results() {
            assertThat(DocsRun.state(map(", \"ResultSelector\": {\"n.$\": \"States.ArrayLength($)\"}"), "[1, 2, 3]")
                            .output())
                    .isEqualTo(json("{\"n\": 3}"));
        }

        @Test
        void items_path_to_something_that_is_not_an_array_fails() {
            Execution run = DocsRun.state(map(", \"ItemsPath\": \"$.a\""), "{\"a\": 1}");

            assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(run.error()).isEqualTo("States.Runtime");
        }

        @Test
        void a_failing_iteration_fails_the_map_state() {
            Execution run = DocsRun.state(
                    "{\"Type\": \"Map\", \"ItemProcessor\": {\"StartAt\": \"F\", \"States\": {\"F\": {\"Type\": \"Fail\","
                            + " \"Error\": \"Boom\", \"Cause\": \"bad item\"}}}, \"End\": true}",
                    "[1]");

            assertThat(run.error()).isEqualTo("Boom");
        }

        @Test
        void the_legacy_iterator_and_parameters_fields_still_work() {
            assertThat(DocsRun.state(
                                    "{\"Type\": \"Map\", \"Parameters\": {\"v.$\": \"$$.Map.Item.Value\"}, \"Iterator\":"
                                            + " {\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}},"
                                            + " \"End\": true}",
                                    "[1]")
                            .output())
                    .isEqualTo(json("[{\"v\": 1}]"));
        }

        @Test
        void item_processor_states_cannot_target_states_outside() {
            assertThat(DocsRun.errors("{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"ItemProcessor\":"
                            + " {\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"Next\": \"Out\"}}},"
                            + " \"Next\": \"Out\"}, \"Out\": {\"Type\": \"Succeed\"}}}"))
                    .isNotEmpty();
        }
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html")
    class ParallelPage {

        private static String parallel(String branches, String fields) {
            return "{\"Type\": \"Parallel\", \"Branches\": [" + branches + "]" + fields + ", \"End\": true}";
        }

        private static String branch(String state) {
            return "{\"StartAt\": \"B\", \"States\": {\"B\": " + state + "}}";
        }

        @Test
        void the_output_is_an_array_of_branch_outputs_in_branch_order() {
            Execution run = DocsRun.state(
                    parallel(
                            branch("{\"Type\": \"Wait\", \"Seconds\": 5, \"Next\": \"X\"}, \"X\": {\"Type\": \"Pass\","
                                            + " \"Result\": \"first\", \"End\": true}")
                                    + ","
                                    + branch("{\"Type\": \"Pass\", \"Result\": \"second\", \"End\": true}"),
                            ""),
                    "{}");

            assertThat(run.output()).isEqualTo(json("[\"first\", \"second\"]"));
        }

        @Test
        void every_branch_gets_the_state_input() {
            Execution run = DocsRun.state(
                    parallel(
                            branch("{\"Type\": \"Pass\", \"End\": true}") + ","
                                    + branch("{\"Type\": \"Pass\", \"InputPath\": \"$.a\", \"End\": true}"),
                            ""),
                    "{\"a\": 1}");

            assertThat(run.output()).isEqualTo(json("[{\"a\": 1}, 1]"));
        }

        @Test
        void branches_run_concurrently_in_virtual_time() {
            Execution run = DocsRun.state(
                    parallel(
                            branch("{\"Type\": \"Wait\", \"Seconds\": 10, \"End\": true}") + ","
                                    + branch("{\"Type\": \"Wait\", \"Seconds\": 20, \"End\": true}"),
                            ""),
                    "{}");

            assertThat(run.virtualDuration()).isEqualTo(java.time.Duration.ofSeconds(20));
        }

        @Test
        void a_failing_branch_fails_the_parallel_state() {
            Execution run = DocsRun.state(
                    parallel(
                            branch("{\"Type\": \"Fail\", \"Error\": \"BranchError\", \"Cause\": \"c\"}") + ","
                                    + branch("{\"Type\": \"Wait\", \"Seconds\": 10, \"End\": true}"),
                            ""),
                    "{}");

            assertThat(run.error()).isEqualTo("BranchError");
        }

        @Test
        void catch_on_the_parallel_state_handles_a_branch_failure() {
            Execution run = DocsRun.run(
                    "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Parallel\", \"Branches\": ["
                            + branch("{\"Type\": \"Fail\", \"Error\": \"BranchError\", \"Cause\": \"c\"}")
                            + "], \"Catch\": [{\"ErrorEquals\": [\"BranchError\"], \"Next\": \"H\"}], \"End\": true},"
                            + " \"H\": {\"Type\": \"Pass\", \"End\": true}}}",
                    "{}");

            assertThat(run.statesEntered()).containsExactly("P", "B", "H");
        }

        @Test
        void result_selector_and_result_path_apply_to_the_array() {
            Execution run = DocsRun.state(
                    parallel(
                            branch("{\"Type\": \"Pass\", \"Result\": 1, \"End\": true}"),
                            ", \"ResultSelector\": {\"first.$\": \"$[0]\"}, \"ResultPath\": \"$.r\""),
                    "{\"a\": 0}");

            assertThat(run.output()).isEqualTo(json("{\"a\": 0, \"r\": {\"first\": 1}}"));
        }

        @Test
        void a_parallel_state_needs_at_least_one_branch() {
            assertThat(DocsRun.errors("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Parallel\","
                            + " \"Branches\": [], \"End\": true}}}"))
                    .isNotEmpty();
        }
    }
}
