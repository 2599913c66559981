package io.github.sfnunit.asl;

/**
 * A Map's {@code ItemProcessor.ProcessorConfig}.
 *
 * @param executionType for distributed mode, {@code STANDARD} or {@code EXPRESS}; {@code null} otherwise
 */
public record ProcessorConfig(Mode mode, ExecutionType executionType) {

    public static final ProcessorConfig INLINE = new ProcessorConfig(Mode.INLINE, null);

    public enum Mode {
        INLINE,
        DISTRIBUTED
    }

    public enum ExecutionType {
        STANDARD,
        EXPRESS
    }
}
