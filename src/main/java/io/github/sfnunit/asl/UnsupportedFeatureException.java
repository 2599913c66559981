package io.github.sfnunit.asl;

/**
 * A definition or a test uses an AWS Step Functions feature that sfn-unit does not implement yet. It is
 * always thrown loudly, never worked around: a test that passes on sfn-unit must mean what it says.
 *
 * @since 0.1.0
 */
public class UnsupportedFeatureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFeatureException(String message) {
        super(message);
    }
}
