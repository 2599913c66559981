package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.ShouldHaveOutput.shouldHaveJson;
import static io.github.sfnunit.assertions.ShouldHaveOutput.shouldHaveVariable;
import static io.github.sfnunit.assertions.ShouldHaveVisited.shouldHaveGoneTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.StateVisit;
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
