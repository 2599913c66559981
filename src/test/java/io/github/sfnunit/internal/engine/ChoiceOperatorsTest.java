package io.github.sfnunit.internal.engine;

import static io.github.sfnunit.internal.engine.EngineTestSupport.machine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceOperatorsTest {

    /** Runs a Choice with one rule on input {@code {"v": value, "other": other}}: "Yes" when it holds, else "No". */
    private static String choose(String rule, String value, String other) {
        Execution run = machine("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [%s], "Default": "No"},
                  "Yes": {"Type": "Pass", "Result": "Yes", "End": true},
                  "No": {"Type": "Pass", "Result": "No", "End": true}}}
                """.formatted(rule.replace("'", "\"") + ", \"Next\": \"Yes\"}"))
                .start("{\"v\": " + value.replace("'", "\"") + ", \"other\": " + other.replace("'", "\"") + "}");
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        return run.output().textValue();
    }

    @ParameterizedTest(name = "{0} on {1} -> {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{'Variable': '$.v', 'StringEquals': 'abc'                  | 'abc'   | 0     | Yes",
                "{'Variable': '$.v', 'StringEquals': 'abc'                  | 1       | 0     | No",
                "{'Variable': '$.v', 'StringLessThan': 'b'                  | 'a'     | 0     | Yes",
                "{'Variable': '$.v', 'StringGreaterThan': 'b'               | 'a'     | 0     | No",
                "{'Variable': '$.v', 'StringLessThanEquals': 'a'            | 'a'     | 0     | Yes",
                "{'Variable': '$.v', 'StringGreaterThanEquals': 'a'         | 'b'     | 0     | Yes",
                "{'Variable': '$.v', 'StringMatches': 'log-*.txt'           | 'log-2024.txt' | 0 | Yes",
                "{'Variable': '$.v', 'StringMatches': 'a\\\\*b'             | 'a*b'   | 0     | Yes",
                "{'Variable': '$.v', 'StringMatches': 'a\\\\*b'             | 'axxb'  | 0     | No",
                "{'Variable': '$.v', 'NumericEquals': 1                     | 1.0     | 0     | Yes",
                "{'Variable': '$.v', 'NumericEquals': 1                     | '1'     | 0     | No",
                "{'Variable': '$.v', 'NumericLessThan': 2                   | 1.5     | 0     | Yes",
                "{'Variable': '$.v', 'NumericGreaterThan': 2                | 1.5     | 0     | No",
                "{'Variable': '$.v', 'NumericLessThanEquals': 2             | 2       | 0     | Yes",
                "{'Variable': '$.v', 'NumericGreaterThanEquals': 2          | 3       | 0     | Yes",
                "{'Variable': '$.v', 'BooleanEquals': true                  | true    | 0     | Yes",
                "{'Variable': '$.v', 'BooleanEquals': true                  | 'true'  | 0     | No",
                "{'Variable': '$.v', 'TimestampEquals': '2024-01-01T00:00:00Z' | '2024-01-01T01:00:00+01:00' | 0 | Yes",
                "{'Variable': '$.v', 'TimestampLessThan': '2024-01-01T00:00:00Z' | '2023-12-31T23:59:59.999Z' | 0 | Yes",
                "{'Variable': '$.v', 'TimestampGreaterThan': '2024-01-01T00:00:00Z' | '2023-12-31T23:59:59Z' | 0 | No",
                "{'Variable': '$.v', 'TimestampLessThanEquals': '2024-01-01T00:00:00Z' | '2024-01-01T00:00:00Z' | 0 | Yes",
                "{'Variable': '$.v', 'TimestampGreaterThanEquals': '2024-01-01T00:00:00Z' | 'not a date' | 0 | No",
                "{'Variable': '$.v', 'IsNull': true                         | null    | 0     | Yes",
                "{'Variable': '$.v', 'IsNull': false                        | 1       | 0     | Yes",
                "{'Variable': '$.missing', 'IsPresent': false               | 1       | 0     | Yes",
                "{'Variable': '$.v', 'IsPresent': true                      | null    | 0     | Yes",
                "{'Variable': '$.v', 'IsNumeric': true                      | 1       | 0     | Yes",
                "{'Variable': '$.v', 'IsString': true                       | 1       | 0     | No",
                "{'Variable': '$.v', 'IsBoolean': true                      | false   | 0     | Yes",
                "{'Variable': '$.v', 'IsTimestamp': true                    | '2016-03-14T01:59:00Z' | 0 | Yes",
                "{'Variable': '$.v', 'IsTimestamp': true                    | '2016-03-14' | 0 | No",
                "{'Variable': '$.v', 'StringEqualsPath': '$.other'          | 'x'     | 'x'   | Yes",
                "{'Variable': '$.v', 'NumericLessThanPath': '$.other'       | 1       | 2     | Yes",
                "{'Variable': '$.v', 'BooleanEqualsPath': '$.other'         | true    | false | No",
                "{'Variable': '$.v', 'TimestampGreaterThanPath': '$.other'  | '2024-01-02T00:00:00Z' | '2024-01-01T00:00:00Z' | Yes",
                "{'And': [{'Variable': '$.v', 'NumericGreaterThan': 0}, {'Variable': '$.v', 'NumericLessThan': 10}] | 5 | 0 | Yes",
                "{'And': [{'Variable': '$.v', 'NumericGreaterThan': 0}, {'Variable': '$.v', 'NumericLessThan': 10}] | 50 | 0 | No",
                "{'Or': [{'Variable': '$.v', 'StringEquals': 'a'}, {'Variable': '$.v', 'StringEquals': 'b'}] | 'b' | 0 | Yes",
                "{'Not': {'Variable': '$.v', 'StringEquals': 'a'}           | 'b'     | 0     | Yes",
                "{'Not': {'Or': [{'Variable': '$.v', 'IsNull': true}, {'And': [{'Variable': '$.v', 'IsString': true}]}]} | 'a' | 0 | No",
            })
    void evaluates_each_operator_as_aws(String rule, String value, String other, String expected) {
        assertThat(choose(rule.trim(), value.trim(), other.trim())).isEqualTo(expected.trim());
    }
}
