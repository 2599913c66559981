package io.github.sfnunit.asl.internal;

import java.util.regex.Pattern;

/**
 * AWS's rule for the names of state machines, executions and activities (service quotas page): 1 to 80
 * characters, none of white space, wildcards ({@code ? *}), brackets ({@code < > { } [ ]}), {@code " # % \ ^ | ~ `
 * $ & , ; : /} or control characters ({@code \u0000-\u001f}, {@code \u007f-\u009f}).
 */
public final class AwsNames {

    /** The longest name AWS accepts. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern BAD_CHARACTER =
            Pattern.compile("[\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\x00-\\x1f\\x7f-\\x9f]");

    private AwsNames() {}

    /** Whether AWS accepts {@code name}. */
    public static boolean isValid(String name) {
        return name != null
                && !name.isEmpty()
                && name.length() <= MAX_LENGTH
                && !BAD_CHARACTER.matcher(name).find();
    }

    /** The rule, for messages. */
    public static String rule() {
        return "1 to " + MAX_LENGTH
                + " characters, without white space, brackets, wildcards, control characters or any of"
                + " \" # % \\ ^ | ~ ` $ & , ; : /";
    }
}
