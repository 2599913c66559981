package io.github.sfnunit.asl;

/**
 * The characters that expanding one template may build in all ({@code Fn::Sub}, {@code Fn::Join}, substitutions),
 * against a limit: each text is already at most {@link SizeLimits#MAX_DEFINITION_CHARACTERS}, but a template can
 * call its functions many times.
 */
final class TextBudget {

    private final long limit;
    private final String why;
    private long used;

    /** @param why what the limit is, for the message, e.g. "AWS's largest state machine definition" */
    TextBudget(long limit, String why) {
        this.limit = limit;
        this.why = why;
    }

    /** Counts {@code characters} that {@code what} built at {@code pointer}; refuses them past the limit. */
    void spend(long characters, String what, String pointer) {
        used += characters;
        if (used > limit) {
            throw new InvalidDefinitionException(
                    pointer,
                    what + " would take the text built from the template past " + limit + " characters in all (" + why
                            + "): refusing it, as a template that multiplies text (nested Fn::Sub, YAML aliases)"
                            + " would exhaust the memory");
        }
    }
}
