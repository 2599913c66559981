package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.ShouldHaveOutput.shouldHaveJson;
import static io.github.sfnunit.assertions.ShouldHaveOutput.shouldHaveVariable;
import static io.github.sfnunit.assertions.ShouldHaveValueAt.shouldHaveBeenCalledWithAt;
import static io.github.sfnunit.assertions.ShouldHaveValueAt.shouldHaveValueAt;
import static io.github.sfnunit.assertions.ShouldHaveVisited.shouldHaveGoneTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.mock.TaskInvocation;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one visit of a state: its input, output, variables and the state that followed. Obtained from
 * {@link StateAssert#visit(int)}; {@link #returnToState()} goes back.
 *
 * @since 0.1.0
 */
public class StateVisitAssert extends AbstractAssert<StateVisitAssert, StateVisit> {

    StateAssert parent;
    SfnSoftAssertions soft;
    Execution execution;

    /** Names the visit in messages, e.g. {@code state "Check" (visit 2 of 3)}. */
    String subject;

    /** The visit does not exist and that failure is already reported (soft assertions go on). */
    boolean alreadyReported;

    public StateVisitAssert(StateVisit actual) {
        super(actual, StateVisitAssert.class);
    }

    /**
     * Verifies the state's raw input (before InputPath or Arguments), compared as JSON.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").visit(1).hasInput("{\"orderId\":\"o-1\"}"); // passes
     * assertThat(run).state("ChargeCard").visit(1).hasInput("{}"); // fails: /orderId: unexpected "o-1"
     * }</pre>
     */
    public StateVisitAssert hasInput(String json) {
        return hasJson("input of " + subject, JsonValues.parse(json, "the expected input"), actualOrNull(true));
    }

    /**
     * Verifies the state's output (after OutputPath or Output), compared as JSON.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").visit(1).hasOutput("{\"chargeId\":\"ch-1\"}"); // passes
     * assertThat(run).state("ChargeCard").visit(1).hasOutput("{}"); // fails: /chargeId: unexpected "ch-1"
     * }</pre>
     */
    public StateVisitAssert hasOutput(String json) {
        return hasJson("output of " + subject, JsonValues.parse(json, "the expected output"), actualOrNull(false));
    }

    /**
     * Verifies the value a JSONPath selects in the state's raw input. The value is any object Jackson maps to JSON:
     * a {@code String} is a JSON string (not parsed), numbers compare by value, a {@code Map} or {@code JsonNode} by
     * content.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").visit(1).hasInputAt("$.orderId", "o-1"); // passes
     * assertThat(run).state("ChargeCard").visit(1).hasInputAt("$.orderId", "o-2"); // fails: but was "o-1"
     * }</pre>
     */
    public StateVisitAssert hasInputAt(String path, Object value) {
        return hasValueAt("input of " + subject, "input", path, value, actualOrNull(true), "the state has no input");
    }

    /**
     * Verifies the value a JSONPath selects in the state's output, as {@link #hasInputAt(String, Object)} does.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").visit(1).hasOutputAt("$.chargeId", "ch-1"); // passes
     * assertThat(run).state("ChargeCard").visit(1).hasOutputAt("$.chargeId", "ch-2"); // fails: but was "ch-1"
     * }</pre>
     */
    public StateVisitAssert hasOutputAt(String path, Object value) {
        return hasValueAt("output of " + subject, "output", path, value, actualOrNull(false), noOutput());
    }

    /**
     * Verifies the value a JSONPath selects in the parameters the task was called with on this visit (JSONPath: after
     * InputPath and Parameters; JSONata: Arguments). When the visit was retried, one of its calls must have it.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").visit(1).hasParametersAt("$.FunctionName", "charge"); // passes
     * assertThat(run).state("ChargeCard").visit(1).hasParametersAt("$.Payload.amount", 41);     // fails: but was 42
     * }</pre>
     */
    public StateVisitAssert hasParametersAt(String path, Object value) {
        if (alreadyReported) {
            return myself;
        }
        isNotNull();
        JsonNode expected = JsonValues.toTree(value);
        List<TaskInvocation> calls = VisitCalls.of(execution, actual);
        List<JsonNode> found = calls.stream()
                .map(call -> JsonValues.read(call.parameters(), path))
                .toList();
        if (found.stream().anyMatch(at -> !at.isMissingNode() && JsonValues.equivalent(expected, at))) {
            return myself;
        }
        String what = "parameters of " + subject;
        if (calls.size() > 1) {
            throwAssertionError(shouldHaveBeenCalledWithAt(execution, what, path, expected, found));
        }
        throwAssertionError(shouldHaveValueAt(
                execution,
                what,
                "parameters",
                path,
                expected,
                calls.isEmpty() ? null : calls.get(0).parameters(),
                calls.isEmpty() ? null : found.get(0),
                "the visit called no task"));
        return myself;
    }

    /**
     * Verifies a variable visible after the state (its {@code Assign} applied). The value is any object Jackson
     * maps to JSON; a {@code String} is a JSON string.
     *
     * <pre>{@code
     * assertThat(run).state("Total").visit(1).hasVariable("total", 42); // passes
     * assertThat(run).state("Total").visit(1).hasVariable("total", 41); // fails: but was 42
     * }</pre>
     */
    public StateVisitAssert hasVariable(String name, Object value) {
        if (alreadyReported) {
            return myself;
        }
        isNotNull();
        JsonNode expected = JsonValues.toTree(value);
        JsonNode found = actual.variables().get(name);
        if (found == null || !JsonValues.equivalent(expected, found)) {
            throwAssertionError(shouldHaveVariable(execution, "after " + subject, name, expected, found));
        }
        return myself;
    }

    /**
     * Verifies the state that followed this visit.
     *
     * <pre>{@code
     * assertThat(run).state("RouteOrder").visit(1).wentTo("ExpressShipping"); // passes
     * assertThat(run).state("RouteOrder").visit(1).wentTo("StandardShipping"); // fails: it went to "ExpressShipping"
     * }</pre>
     */
    public StateVisitAssert wentTo(String state) {
        if (alreadyReported) {
            return myself;
        }
        isNotNull();
        if (!Objects.equals(actual.next(), state)) {
            throwAssertionError(shouldHaveGoneTo(execution, subject, state, actual.next()));
        }
        return myself;
    }

    /** Goes back to the assertions on the state. */
    public StateAssert returnToState() {
        return parent;
    }

    private JsonNode actualOrNull(boolean input) {
        if (alreadyReported || actual == null) {
            return null;
        }
        return input ? actual.input() : actual.output();
    }

    /** Why a visit has no output: it failed, caught or not, or never left the state. */
    private String noOutput() {
        if (actual == null) {
            return "the state has no output";
        }
        if (actual.caught() != null) {
            return "the state has no output: it failed with "
                    + ExecutionErrorMessage.quote(actual.caught().error()) + ", which a catcher handled";
        }
        if (actual.error() != null) {
            return "the state has no output: it failed with " + ExecutionErrorMessage.quote(actual.error());
        }
        return "the state has no output: it did not finish";
    }

    private StateVisitAssert hasValueAt(
            String what, String noun, String path, Object value, JsonNode document, String whyNone) {
        if (alreadyReported) {
            return myself;
        }
        isNotNull();
        JsonNode expected = JsonValues.toTree(value);
        JsonNode found = document == null ? null : JsonValues.read(document, path);
        if (found == null || found.isMissingNode() || !JsonValues.equivalent(expected, found)) {
            throwAssertionError(shouldHaveValueAt(execution, what, noun, path, expected, document, found, whyNone));
        }
        return myself;
    }

    private StateVisitAssert hasJson(String what, JsonNode expected, JsonNode found) {
        if (alreadyReported) {
            return myself;
        }
        isNotNull();
        if (found == null) {
            throwAssertionError(shouldHaveJson(
                    execution, what, expected, com.fasterxml.jackson.databind.node.MissingNode.getInstance()));
        }
        if (!JsonValues.equivalent(expected, found)) {
            // AbstractAssert's public failure method: the IDE can show a diff of actual and expected.
            failWithActualExpectedAndMessage(
                    JsonValues.pretty(found),
                    JsonValues.pretty(expected),
                    "%s",
                    shouldHaveJson(execution, what, expected, found).create(info.description(), info.representation()));
        }
        return myself;
    }
}
