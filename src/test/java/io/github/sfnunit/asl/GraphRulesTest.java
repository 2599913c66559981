package io.github.sfnunit.asl;

import static io.github.sfnunit.asl.ValidationAssertions.assertErrors;
import static io.github.sfnunit.asl.ValidationAssertions.single;

import org.junit.jupiter.api.Test;

class GraphRulesTest {

    @Test
    void should_suggest_the_closest_state_when_next_names_a_missing_state() {
        assertErrors("""
                        {"StartAt": "Charge", "States": {
                          "Charge": {"Type": "Pass", "Next": "Notfy"},
                          "Notify": {"Type": "Succeed"}}}
                        """)
                .containsExactly(
                        "/States/Charge/Next: state \"Notfy\" does not exist; did you mean \"Notify\"?",
                        "/States/Notify: state \"Notify\" is not reachable: StartAt is \"Charge\" and no reachable"
                                + " state transitions to it");
    }

    @Test
    void should_reject_a_start_at_that_names_no_state() {
        assertErrors("{\"StartAt\": \"Begin\", \"States\": {\"Start\": {\"Type\": \"Succeed\"}}}")
                .containsExactly("/StartAt: state \"Begin\" does not exist");
    }

    @Test
    void should_report_missing_states_field() {
        assertErrors("{\"Comment\": \"BASE_INVALID_DER\", \"StartAt\": \"State_1\"}")
                .containsExactly("/: missing required field \"States\" (an object of state names to states)");
    }

    @Test
    void should_reject_unreachable_states() {
        assertErrors("""
                        {"StartAt": "A", "States": {
                          "A": {"Type": "Succeed"},
                          "B": {"Type": "Pass", "End": true}}}
                        """)
                .containsExactly(
                        "/States/B: state \"B\" is not reachable: StartAt is \"A\" and no reachable state transitions to it");
    }

    @Test
    void should_reject_a_graph_without_terminal_state() {
        assertErrors("""
                        {"StartAt": "A", "States": {
                          "A": {"Type": "Pass", "Next": "B"},
                          "B": {"Type": "Pass", "Next": "A"}}}
                        """)
                .containsExactly(
                        "/States: no terminal state: at least one state needs \"End\": true or must be a Succeed"
                                + " or Fail state");
    }

    @Test
    void should_check_choice_default_and_catcher_targets() {
        assertErrors("""
                        {"StartAt": "C", "States": {
                          "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Tsk"}],
                                "Default": "Dne"},
                          "Task": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                                   "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Fial"}]},
                          "Done": {"Type": "Succeed"},
                          "Fail": {"Type": "Fail"}}}
                        """)
                .contains(
                        "/States/C/Choices/0/Next: state \"Tsk\" does not exist; did you mean \"Task\"?",
                        "/States/C/Default: state \"Dne\" does not exist; did you mean \"Done\"?",
                        "/States/Task/Catch/0/Next: state \"Fial\" does not exist; did you mean \"Fail\"?");
    }

    @Test
    void should_not_let_a_branch_state_go_to_a_state_of_the_enclosing_graph() {
        assertErrors("""
                        {"StartAt": "P", "States": {
                          "P": {"Type": "Parallel", "Next": "After", "Branches": [
                            {"StartAt": "B", "States": {"B": {"Type": "Pass", "Next": "After"}}}]},
                          "After": {"Type": "Succeed"}}}
                        """).contains("/States/P/Branches/0/States/B/Next: state \"After\" does not exist");
    }

    @Test
    void should_require_next_or_end_but_not_both() {
        assertErrors("""
                        {"StartAt": "A", "States": {
                          "A": {"Type": "Pass", "Next": "B", "End": true},
                          "B": {"Type": "Pass"}}}
                        """)
                .containsExactly(
                        "/States/A/End: \"Next\" and \"End\": true cannot both be set",
                        "/States/B: a Pass state needs \"Next\" or \"End\": true",
                        "/States: no terminal state: at least one state needs \"End\": true or must be a Succeed or"
                                + " Fail state");
    }

    @Test
    void should_explain_a_non_object_entry_in_states() {
        assertErrors("""
                        {"StartAt": "A", "States": {"QueryLanguage": "JSONata", "A": {"Type": "Succeed"}}}
                        """)
                .containsExactly(
                        "/States/QueryLanguage: a state must be a JSON object, found a string (\"QueryLanguage\""
                                + " is a field of the state machine or of a state, not a state: move it out of \"States\")");
    }

    @Test
    void should_escape_state_names_in_pointers() {
        assertErrors(single("{\"Type\": \"Pass\", \"End\": true}").replace("\"S\"", "\"a/b~c\""))
                .isEmpty();
        assertErrors("{\"StartAt\": \"a/b\", \"States\": {\"a/b\": {\"Type\": \"Pass\"}}}")
                .contains("/States/a~1b: a Pass state needs \"Next\" or \"End\": true");
    }

    @Test
    void should_reject_state_names_longer_than_80_characters() {
        String name = "x".repeat(81);
        assertErrors("{\"StartAt\": \"" + name + "\", \"States\": {\"" + name + "\": {\"Type\": \"Succeed\"}}}")
                .containsExactly("/States/" + name + ": a state name must be 1 to 80 characters long, found 81");
    }

    @Test
    void should_collect_every_error_not_only_the_first() {
        assertErrors("""
                        {"StartAt": "A", "Foo": 1, "States": {
                          "A": {"Type": "Wait", "Next": "B"},
                          "B": {"Type": "Task", "End": true}}}
                        """)
                .containsExactly(
                        "/Foo: field \"Foo\" is not allowed at the top level of a state machine",
                        "/States/A: a Wait state needs exactly one of \"Seconds\", \"Timestamp\", \"SecondsPath\" or"
                                + " \"TimestampPath\", found 0",
                        "/States/B: missing required field \"Resource\" (the ARN of the task's resource)");
    }
}
