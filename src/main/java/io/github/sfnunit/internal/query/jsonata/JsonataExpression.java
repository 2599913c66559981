package io.github.sfnunit.internal.query.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.JsonataReferences;
import io.github.sfnunit.internal.query.StatesException;
import java.util.Objects;
import java.util.Set;

/**
 * One JSONata expression, parsed once and evaluated any number of times, from any number of threads.
 *
 * <pre>{@code
 * JsonataExpression total = JsonataExpression.compile("$sum($states.input.items.price)");
 * JsonNode value = total.evaluate(bindings, "Output");
 * }</pre>
 *
 * <p>Each evaluation gets its own frame (bindings, functions, bounds); the parsed tree is only read, so a
 * compiled expression can be shared by plans and threads.
 */
public final class JsonataExpression {

    private final String text;
    private final Jsonata compiled;
    private final Set<String> references;
    private final long maxSteps;

    private JsonataExpression(String text, Jsonata compiled, Set<String> references, long maxSteps) {
        this.text = text;
        this.compiled = compiled;
        this.references = references;
        this.maxSteps = maxSteps;
    }

    /**
     * Parses an expression (the text between {@code {%} and {@code %}}; surrounding white space is ignored).
     *
     * @throws JsonataSyntaxException when it does not parse
     */
    public static JsonataExpression compile(String expression) {
        return compile(expression, EvaluationBounds.MAX_STEPS);
    }

    /** As {@link #compile(String)}, with another bound on evaluation steps (tests use a small one). */
    static JsonataExpression compile(String expression, long maxSteps) {
        String text = Objects.requireNonNull(expression, "expression").strip();
        if (text.isEmpty()) {
            throw new JsonataSyntaxException(text, "S0207", "Unexpected end of expression", 0);
        }
        Jsonata compiled;
        try {
            compiled = Jsonata.jsonata(text);
        } catch (JException e) {
            String rendered = JsonataMessages.render(e);
            throw new JsonataSyntaxException(
                    text, e.getError(), JsonataMessages.withoutCode(rendered), e.getLocation());
        } catch (RuntimeException e) {
            throw new JsonataSyntaxException(text, null, String.valueOf(e.getMessage()), -1);
        }
        // Evaluation must tell JSON null (kept as the engine's null marker) from undefined (Java null).
        compiled.setOutputConvertNulls(false);
        // Inputs are built by JsonataValues and are valid by construction.
        compiled.setValidateInput(false);
        return new JsonataExpression(text, compiled, JsonataReferences.variables(text), maxSteps);
    }

    /** The expression as written between the braces, without surrounding white space. */
    public String text() {
        return text;
    }

    /**
     * The names the expression refers to as {@code $name} (without the {@code $}), including {@code states}, the
     * names of functions it calls and of its own local variables. Used to bind only what is read.
     */
    public Set<String> references() {
        return references;
    }

    /**
     * Evaluates the expression.
     *
     * @param field the field it is written in, as AWS names it in messages, e.g. {@code Output/total}
     * @return the value; never {@code null}: an expression that returns nothing is an error
     * @throws StatesException {@code States.QueryEvaluationError} with AWS's cause (without the opening sentence
     *     naming the state; see {@link QueryEvaluationErrors#inState})
     */
    public JsonNode evaluate(JsonataBindings bindings, String field) {
        Object result = evaluateRaw(bindings, field);
        if (result == null) {
            throw QueryEvaluationErrors.returnedNothing(text, field);
        }
        try {
            return JsonataValues.toJson(result);
        } catch (JsonataValues.UnsupportedResultException e) {
            throw QueryEvaluationErrors.unsupportedResult(text, field);
        }
    }

    private Object evaluateRaw(JsonataBindings bindings, String field) {
        Jsonata.Frame frame = compiled.createFrame();
        EvaluationBounds.install(frame, maxSteps);
        StepFunctionsFunctions.bindTo(frame, bindings.random(), bindings.now(), text);
        RegexFunctions.bindTo(frame, text);
        SizeBoundedFunctions.bindTo(frame, text);
        for (String name : references) {
            if (!name.equals("states")) {
                Object value = bindings.variable(name);
                if (value != null) {
                    frame.bind(name, value);
                }
            }
        }
        // Bound last: $states is reserved and no variable can hide it.
        if (references.contains("states")) {
            frame.bind("states", bindings.states());
        }
        try {
            return compiled.evaluate(null, frame);
        } catch (JException e) {
            throw QueryEvaluationErrors.threwError(text, field, JsonataMessages.render(e));
        } catch (JsonataFunctionException e) {
            throw QueryEvaluationErrors.threwError(text, field, e.getMessage());
        } catch (NumberFormatException e) {
            throw QueryEvaluationErrors.threwError(text, field, castFailure(e));
        } catch (StackOverflowError e) {
            throw QueryEvaluationErrors.threwError(text, field, EvaluationBounds.STACK_OVERFLOW);
        } catch (RuntimeException e) {
            throw QueryEvaluationErrors.threwError(text, field, String.valueOf(e.getMessage()));
        }
    }

    /** The engine lets Java's number parsing fail where jsonata-js raises D3030 with the value. */
    private static String castFailure(NumberFormatException e) {
        String message = String.valueOf(e.getMessage());
        String prefix = "For input string: ";
        String value = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return "D3030: Unable to cast value to a number: " + value;
    }

    @Override
    public String toString() {
        return "{% " + text + " %}";
    }
}
