package io.github.sfnunit.asl;

/**
 * sfn-unit's size limits, in one place: AWS's largest state machine definition and AWS's largest payload. Each
 * also bounds what can be built from a definition or inside an execution, so that nothing a template or an
 * expression multiplies can exhaust the heap: a template's {@code Fn::Sub}/{@code Fn::Join} results and
 * substitutions are held to the definition limit, and a JSONata text or array to the payload limit. See
 * docs/limits.md for each place and the error a user sees.
 *
 * <pre>{@code
 * SizeLimits.MAX_DEFINITION_CHARACTERS;   // 1,048,576: CreateStateMachine's definition
 * SizeLimits.MAX_PAYLOAD_BYTES;           // 262,144: an execution's input, a state's input or output
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SizeLimits {

    /** AWS's largest definition ({@code CreateStateMachine}'s {@code definition}): 1 MB, counted in characters. */
    public static final int MAX_DEFINITION_CHARACTERS = 1_048_576;

    /** AWS's largest payload (execution input, a state's input or output), as UTF-8 JSON: 256 KiB. */
    public static final int MAX_PAYLOAD_BYTES = 262_144;

    private SizeLimits() {}
}
