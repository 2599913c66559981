package io.github.sfnunit.internal.query.jsonata;

import com.dashjoin.jsonata.JException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.Map;

/**
 * The messages of JSONata errors, worded as jsonata-js (and so AWS) words them: {@code T0410: Argument 1 of
 * function "abs" does not match function signature}.
 *
 * <p>The dashjoin port keeps the error code and the two values jsonata-js inserts into its message, but its
 * own rendering differs (it writes {@code Object} where jsonata-js writes {@code function}, and leaves some
 * placeholders unfilled), so the text is rendered here from the code and those values. Templates use
 * {@code {0}} for the first value and {@code {1}} for the second, each written as JSON as jsonata-js does.
 */
final class JsonataMessages {

    private static final Map<String, String> TEMPLATES = Map.ofEntries(
            Map.entry("S0101", "String literal must be terminated by a matching quote"),
            Map.entry("S0102", "Number out of range: {0}"),
            Map.entry("S0103", "Unsupported escape sequence: \\{0}"),
            Map.entry("S0104", "The escape sequence \\u must be followed by 4 hex digits"),
            Map.entry("S0105", "Quoted property name must be terminated with a backquote (`)"),
            Map.entry("S0106", "Comment has no closing tag"),
            Map.entry("S0201", "Syntax error: {0}"),
            Map.entry("S0202", "Expected {1}, got {0}"),
            Map.entry("S0203", "Expected {1} before end of expression"),
            Map.entry("S0204", "Unknown operator: {0}"),
            Map.entry("S0205", "Unexpected token: {0}"),
            Map.entry("S0206", "Unknown expression type: {0}"),
            Map.entry("S0207", "Unexpected end of expression"),
            Map.entry("S0208", "Parameter {1} of function definition must be a variable name (start with $)"),
            Map.entry("S0209", "A predicate cannot follow a grouping expression in a step"),
            Map.entry("S0210", "Each step can only have one grouping expression"),
            Map.entry("S0211", "The symbol {0} cannot be used as a unary operator"),
            Map.entry("S0212", "The left side of := must be a variable name (start with $)"),
            Map.entry("S0213", "The literal value {1} cannot be used as a step within a path expression"),
            Map.entry("S0214", "The right side of {0} must be a variable name (start with $)"),
            Map.entry("S0215", "A context variable binding must precede any predicates on a step"),
            Map.entry("S0216", "A context variable binding must precede the 'order-by' clause on a step"),
            Map.entry("S0217", "The object representing the 'parent' cannot be derived from this expression"),
            Map.entry("S0301", "Empty regular expressions are not allowed"),
            Map.entry("S0302", "No terminating / in regular expression"),
            Map.entry("S0402", "Choice groups containing parameterized types are not supported"),
            Map.entry("S0401", "Type parameters can only be applied to functions and arrays"),
            Map.entry("S0500", "Attempted to evaluate an expression containing syntax error(s)"),
            Map.entry("T0410", "Argument {0} of function {1} does not match function signature"),
            Map.entry("T0411", "Context value is not a compatible type with argument {0} of function {1}"),
            Map.entry("D1001", "Number out of range: {0}"),
            Map.entry("D1002", "Cannot negate a non-numeric value: {0}"),
            Map.entry("T1003", "Key in object structure must evaluate to a string; got: {0}"),
            Map.entry("D1004", "Regular expression matches zero length string"),
            Map.entry("T1006", "Attempted to invoke a non-function"),
            Map.entry("T1008", "Attempted to partially apply a non-function"),
            Map.entry("D1009", "Multiple key definitions evaluate to same key: {0}"),
            Map.entry("T2001", "The left side of the {0} operator must evaluate to a number"),
            Map.entry("T2002", "The right side of the {0} operator must evaluate to a number"),
            Map.entry("T2003", "The left side of the range operator (..) must evaluate to an integer"),
            Map.entry("T2004", "The right side of the range operator (..) must evaluate to an integer"),
            Map.entry("D2005", "The left side of := must be a variable name (start with $)"),
            Map.entry("T2006", "The right side of the function application operator ~> must be a function"),
            Map.entry("T2008", "The expressions within an order-by clause must evaluate to numeric or string values"),
            Map.entry("T2010", "The expressions either side of operator {0} must evaluate to numeric or string values"),
            Map.entry("T2011", "The insert/update clause of the transform expression must evaluate to an object: {0}"),
            Map.entry(
                    "T2012",
                    "The delete clause of the transform expression must evaluate to a string or array of strings: {0}"),
            Map.entry("D3001", "Attempting to invoke string function on Infinity or NaN"),
            Map.entry("D3010", "Second argument of replace function cannot be an empty string"),
            Map.entry("D3011", "Fourth argument of replace function must evaluate to a positive number"),
            Map.entry("D3012", "Attempted to replace a matched string with a non-string value"),
            Map.entry("D3020", "Third argument of split function must evaluate to a positive number"),
            Map.entry("D3030", "Unable to cast value to a number: {0}"),
            Map.entry("D3040", "Third argument of match function must evaluate to a positive number"),
            Map.entry("D3050", "The second argument of reduce function must be a function with at least two arguments"),
            Map.entry("D3060", "The sqrt function cannot be applied to a negative number: {0}"),
            Map.entry(
                    "D3070",
                    "The single argument form of the sort function can only be applied to an array of strings or an"
                            + " array of numbers.  Use the second argument to specify a comparison function"),
            Map.entry("D3080", "The picture string must only contain a maximum of two sub-pictures"),
            Map.entry("D3100", "The radix of the formatBase function must be between 2 and 36.  It was given {0}"),
            Map.entry("D3138", "The $single() function expected exactly 1 matching result.  Instead it matched more."),
            Map.entry("D3139", "The $single() function expected exactly 1 matching result.  Instead it matched 0."));

    private JsonataMessages() {}

    /** {@code CODE: message} for an error the engine raised. */
    static String render(JException error) {
        String code = error.getError();
        if (code == null) {
            return String.valueOf(error.getMessage());
        }
        if (!code.matches("[A-Z]\\d{4}")) {
            // A message thrown without a code (the engine does this for a few runtime bounds).
            return code;
        }
        String template = TEMPLATES.get(code);
        if (template == null) {
            return code + ": " + error.getMessage().replace("Object", "function");
        }
        return code + ": "
                + template.replace("{0}", json(error.getCurrent())).replace("{1}", json(error.getExpected()));
    }

    /** The jsonata-js message of a syntax error, without its code, as AWS shows it when refusing a definition. */
    static String withoutCode(String rendered) {
        return rendered.matches("[A-Z]\\d{4}: .*") ? rendered.substring(7) : rendered;
    }

    private static String json(Object value) {
        try {
            return JsonCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException | RuntimeException e) {
            return String.valueOf(value);
        }
    }
}
