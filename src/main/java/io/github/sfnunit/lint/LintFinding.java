package io.github.sfnunit.lint;

/**
 * One thing {@link Lint} found.
 *
 * @param rule the rule that found it
 * @param pointer JSON Pointer of the field or state in the definition, e.g. {@code /States/Charge/Retry}
 * @param stateName the state it belongs to, {@code null} for the machine itself
 * @param message why it matters and how to fix it
 * @since 0.1.0
 */
public record LintFinding(LintRule rule, String pointer, String stateName, String message) {

    /** {@code POINTER: [rule-id] level: message}, with {@code /} for the document itself. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": [" + rule.id() + "] "
                + rule.level().name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
