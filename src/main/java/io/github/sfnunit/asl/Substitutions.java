package io.github.sfnunit.asl;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${name}} placeholders, as CloudFormation's {@code DefinitionSubstitutions}, SAM, CDK and Terraform's
 * {@code templatefile()} fill them in a definition's text.
 *
 * <p>The pseudo parameters {@code ${AWS::Partition}}, {@code ${AWS::Region}}, {@code ${AWS::AccountId}}, {@code
 * ${AWS::StackName}} and {@code ${AWS::URLSuffix}} have stable defaults ({@code aws}, {@code us-east-1}, {@code
 * 123456789012}, {@code sfn-unit-stack}, {@code amazonaws.com}) that the caller may override.
 */
final class Substitutions {

    static final String PARTITION = "aws";
    static final String REGION = "us-east-1";
    static final String ACCOUNT_ID = "123456789012";
    static final String STACK_NAME = "sfn-unit-stack";

    /** The stable values of the CloudFormation pseudo parameters. */
    static final Map<String, String> PSEUDO_PARAMETERS = Map.of(
            "AWS::Partition", PARTITION,
            "AWS::Region", REGION,
            "AWS::AccountId", ACCOUNT_ID,
            "AWS::StackName", STACK_NAME,
            "AWS::StackId",
                    "arn:aws:cloudformation:" + REGION + ":" + ACCOUNT_ID + ":stack/" + STACK_NAME
                            + "/00000000-0000-0000-0000-000000000000",
            "AWS::URLSuffix", "amazonaws.com");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private Substitutions() {}

    /** {@code values} over the pseudo-parameter defaults. */
    static Map<String, String> withPseudoParameters(Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>(PSEUDO_PARAMETERS);
        all.putAll(values);
        return all;
    }

    /** The placeholder names in {@code text}, in order of first use. */
    static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * Replaces every {@code ${name}} of {@code text}.
     *
     * @throws InvalidDefinitionException listing every placeholder {@code values} has no value for
     */
    static String apply(String text, Map<String, String> values, String what) {
        return apply(text, values::get, what);
    }

    /**
     * Replaces every {@code ${name}} in {@code text} by what {@code resolve} gives for {@code name}; when it gives
     * {@code null} for any, throws an error listing all such names ({@code what} says where they stood).
     */
    static String apply(String text, Function<String, String> resolve, String what) {
        return apply(text, resolve, what, "");
    }

    /**
     * As {@link #apply(String, Function, String)}; a result longer than AWS's largest definition is refused with
     * an error at {@code pointer}, before more of it is built.
     */
    static String apply(String text, Function<String, String> resolve, String what, String pointer) {
        Set<String> missing = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = resolve.apply(name);
            if (value == null) {
                missing.add(name);
                value = matcher.group();
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
            checkLength(result.length(), what, pointer);
        }
        matcher.appendTail(result);
        checkLength(result.length(), what, pointer);
        if (!missing.isEmpty()) {
            throw missing(missing, what);
        }
        return result.toString();
    }

    /**
     * Refuses a text of {@code length} characters built by {@code what} when it is longer than AWS's largest
     * definition: no part of a definition can be, so a template that multiplies text (nested {@code Fn::Sub},
     * YAML aliases joined with {@code Fn::Join}) fails here rather than exhausting the heap.
     */
    static void checkLength(long length, String what, String pointer) {
        if (length > SizeLimits.MAX_DEFINITION_CHARACTERS) {
            throw new InvalidDefinitionException(
                    pointer,
                    what + " builds a text longer than " + SizeLimits.MAX_DEFINITION_CHARACTERS + " characters, the"
                            + " size of AWS's largest state machine definition");
        }
    }

    static InvalidDefinitionException missing(Set<String> names, String what) {
        StringBuilder list = new StringBuilder();
        for (String name : names) {
            list.append(list.length() == 0 ? "" : ", ")
                    .append("${")
                    .append(name)
                    .append('}');
        }
        return new InvalidDefinitionException(
                "",
                what + " has placeholders without a value: " + list
                        + " (give each a value as a substitution, e.g. DefinitionLoader.builder().substitution(\""
                        + names.iterator().next() + "\", \"...\"))");
    }
}
