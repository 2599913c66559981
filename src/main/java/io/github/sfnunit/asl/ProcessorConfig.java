package io.github.sfnunit.asl;

/**
 * A Map's {@code ItemProcessor.ProcessorConfig}.
 *
 * @param executionType for distributed mode, {@code STANDARD} or {@code EXPRESS}; {@code null} otherwise
 * @since 0.1.0
 */
public record ProcessorConfig(Mode mode, ExecutionType executionType) {

    public static final ProcessorConfig INLINE = new ProcessorConfig(Mode.INLINE, null);

    /**
     * A Map state's {@code ItemProcessor.ProcessorConfig.Mode}: iterations inline, or as child executions.
     *
     * @since 0.1.0
     */
    public enum Mode {
        INLINE,
        DISTRIBUTED
    }

    /**
     * A distributed Map's child executions: {@code STANDARD} or {@code EXPRESS}.
     *
     * @since 0.1.0
     */
    public enum ExecutionType {
        STANDARD,
        EXPRESS
    }
}
