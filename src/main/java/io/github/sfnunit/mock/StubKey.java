package io.github.sfnunit.mock;

import io.github.sfnunit.history.TaskResource;

/** What a stub answers: a state by name, a resource ARN, or a Lambda function. */
record StubKey(Kind kind, String value) {

    enum Kind {
        STATE("forState"),
        LAMBDA("forLambda"),
        RESOURCE("forResource");

        private final String method;

        Kind(String method) {
            this.method = method;
        }
    }

    StubKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind.method + "(..) needs a non-blank "
                    + (kind == Kind.STATE ? "state name" : kind == Kind.LAMBDA ? "function name or ARN" : "ARN"));
        }
    }

    boolean matches(TaskInvocation invocation) {
        return switch (kind) {
            case STATE -> value.equals(invocation.stateName());
            case RESOURCE -> value.equals(invocation.resource());
            case LAMBDA -> LambdaFunctionName.parse(value).matches(calledFunction(invocation));
        };
    }

    /** The Lambda function an invocation calls, {@code null} when none. */
    static LambdaFunctionName calledFunction(TaskInvocation invocation) {
        try {
            return LambdaFunctionName.of(TaskResource.parse(invocation.resource()), invocation.parameters());
        } catch (IllegalArgumentException notAnArn) {
            return null;
        }
    }

    /** The text of the invocation this key is compared with, for "closest first" ordering. */
    String comparedText(TaskInvocation invocation) {
        return switch (kind) {
            case STATE -> invocation.stateName();
            case RESOURCE -> invocation.resource();
            case LAMBDA -> {
                LambdaFunctionName called = calledFunction(invocation);
                yield called == null ? invocation.stateName() : called.name();
            }
        };
    }

    /** As the user wrote it, e.g. {@code forState("ChargeCard")}. */
    String describe() {
        return kind.method + "(\"" + value + "\")";
    }
}
