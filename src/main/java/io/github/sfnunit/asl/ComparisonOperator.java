package io.github.sfnunit.asl;

/**
 * Every Choice comparison operator AWS defines, without the {@code Path} suffix: whether the right-hand
 * side is a literal or a path is {@link ChoiceRule.Comparison#path()}.
 *
 * @since 0.1.0
 */
public enum ComparisonOperator {
    STRING_EQUALS("StringEquals", Operand.STRING, true),
    STRING_LESS_THAN("StringLessThan", Operand.STRING, true),
    STRING_GREATER_THAN("StringGreaterThan", Operand.STRING, true),
    STRING_LESS_THAN_EQUALS("StringLessThanEquals", Operand.STRING, true),
    STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", Operand.STRING, true),
    STRING_MATCHES("StringMatches", Operand.STRING, false),
    NUMERIC_EQUALS("NumericEquals", Operand.NUMBER, true),
    NUMERIC_LESS_THAN("NumericLessThan", Operand.NUMBER, true),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Operand.NUMBER, true),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Operand.NUMBER, true),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Operand.NUMBER, true),
    BOOLEAN_EQUALS("BooleanEquals", Operand.BOOLEAN, true),
    TIMESTAMP_EQUALS("TimestampEquals", Operand.TIMESTAMP, true),
    TIMESTAMP_LESS_THAN("TimestampLessThan", Operand.TIMESTAMP, true),
    TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Operand.TIMESTAMP, true),
    TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", Operand.TIMESTAMP, true),
    TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", Operand.TIMESTAMP, true),
    IS_NULL("IsNull", Operand.TYPE_TEST, false),
    IS_PRESENT("IsPresent", Operand.TYPE_TEST, false),
    IS_NUMERIC("IsNumeric", Operand.TYPE_TEST, false),
    IS_STRING("IsString", Operand.TYPE_TEST, false),
    IS_BOOLEAN("IsBoolean", Operand.TYPE_TEST, false),
    IS_TIMESTAMP("IsTimestamp", Operand.TYPE_TEST, false);

    /**
     * What the right-hand side of the operator is. Type tests take a boolean literal.
     *
     * @since 0.1.0
     */
    public enum Operand {
        STRING,
        NUMBER,
        BOOLEAN,
        TIMESTAMP,
        TYPE_TEST
    }

    private final String aslName;
    private final Operand operand;
    private final boolean hasPathForm;

    ComparisonOperator(String aslName, Operand operand, boolean hasPathForm) {
        this.aslName = aslName;
        this.operand = operand;
        this.hasPathForm = hasPathForm;
    }

    /** The ASL field name of the literal form, e.g. {@code StringEquals}. */
    public String aslName() {
        return aslName;
    }

    /** The ASL field name of the path form, e.g. {@code StringEqualsPath}, or null when there is none. */
    public String aslPathName() {
        return hasPathForm ? aslName + "Path" : null;
    }

    public Operand operand() {
        return operand;
    }

    public boolean hasPathForm() {
        return hasPathForm;
    }

    /** The operator whose literal or path field is named {@code field}, or {@code null}. */
    public static ComparisonOperator fromFieldName(String field) {
        for (ComparisonOperator operator : values()) {
            if (operator.aslName.equals(field) || field.equals(operator.aslPathName())) {
                return operator;
            }
        }
        return null;
    }
}
