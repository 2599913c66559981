package io.github.sfnunit.docs;

import static io.github.sfnunit.docs.DocsRun.json;
import static io.github.sfnunit.docs.DocsRun.passParameters;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every determinate example and rule of the intrinsic functions page. */
@DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html")
class IntrinsicFunctionsPageTest {

    private static Arguments c(String rule, String call, String input, String expected) {
        return Arguments.of(rule, call, input, expected);
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                c(
                        "States.Format fills {} in order",
                        "States.Format('Hello, my name is {}.', $.name)",
                        "{\"name\": \"Arnav\"}",
                        "\"Hello, my name is Arnav.\""),
                c(
                        "States.Format with several arguments",
                        "States.Format('{} {}', $.a, $.b)",
                        "{\"a\": \"x\", \"b\": 1}",
                        "\"x 1\""),
                c(
                        "States.Format escapes braces with a backslash",
                        "States.Format('\\{{}\\}', $.a)",
                        "{\"a\": \"v\"}",
                        "\"{v}\""),
                c(
                        "States.StringToJson parses escaped JSON",
                        "States.StringToJson($.escapedJsonString)",
                        "{\"escapedJsonString\": \"{\\\"foo\\\": \\\"bar\\\"}\"}",
                        "{\"foo\": \"bar\"}"),
                c(
                        "States.JsonToString serializes JSON",
                        "States.JsonToString($.unescapedJson)",
                        "{\"unescapedJson\": {\"foo\": \"bar\"}}",
                        "\"{\\\"foo\\\":\\\"bar\\\"}\""),
                c(
                        "States.Array collects literals, paths and null",
                        "States.Array('Foo', 2020, $.someJson, null)",
                        "{\"someJson\": {\"random\": \"abcdefghijklmnopqrstuvwxyz\"}}",
                        "[\"Foo\", 2020, {\"random\": \"abcdefghijklmnopqrstuvwxyz\"}, null]"),
                c(
                        "States.ArrayPartition splits into chunks",
                        "States.ArrayPartition($.inputArray, 4)",
                        "{\"inputArray\": [1,2,3,4,5,6,7,8,9]}",
                        "[[1,2,3,4],[5,6,7,8],[9]]"),
                c(
                        "States.ArrayPartition with a chunk larger than the array",
                        "States.ArrayPartition($.a, 10)",
                        "{\"a\": [1,2]}",
                        "[[1,2]]"),
                c(
                        "States.ArrayContains finds a value",
                        "States.ArrayContains($.inputArray, $.lookingFor)",
                        "{\"inputArray\": [1,2,3,4,5,6,7,8,9], \"lookingFor\": 5}",
                        "true"),
                c(
                        "States.ArrayContains of a missing value",
                        "States.ArrayContains($.inputArray, $.lookingFor)",
                        "{\"inputArray\": [1,2,3], \"lookingFor\": 5}",
                        "false"),
                c("States.ArrayRange with a step", "States.ArrayRange(1, 9, 2)", "{}", "[1,3,5,7,9]"),
                c(
                        "States.ArrayRange step that does not land on the end",
                        "States.ArrayRange(0, 10, 3)",
                        "{}",
                        "[0,3,6,9]"),
                c("States.ArrayRange counting down", "States.ArrayRange(5, 1, -2)", "{}", "[5,3,1]"),
                c("States.MathRandom rounds non-integer bounds", "States.MathRandom(1.2, 1.7)", "{}", "1"),
                c(
                        "States.ArrayGetItem by index",
                        "States.ArrayGetItem($.inputArray, $.index)",
                        "{\"inputArray\": [1,2,3,4,5,6,7,8,9], \"index\": 5}",
                        "6"),
                c(
                        "States.ArrayLength",
                        "States.ArrayLength($.inputArray)",
                        "{\"inputArray\": [1,2,3,4,5,6,7,8,9]}",
                        "9"),
                c("States.ArrayLength of an empty array", "States.ArrayLength($.a)", "{\"a\": []}", "0"),
                c(
                        "States.ArrayUnique removes duplicates keeping order",
                        "States.ArrayUnique($.inputArray)",
                        "{\"inputArray\": [1,2,3,3,3,3,3,3,4]}",
                        "[1,2,3,4]"),
                c(
                        "States.ArrayUnique compares objects by value",
                        "States.ArrayUnique($.a)",
                        "{\"a\": [{\"x\": 1}, {\"x\": 1}, {\"x\": 2}]}",
                        "[{\"x\": 1}, {\"x\": 2}]"),
                c(
                        "States.Base64Encode",
                        "States.Base64Encode($.input)",
                        "{\"input\": \"Data to encode\"}",
                        "\"RGF0YSB0byBlbmNvZGU=\""),
                c(
                        "States.Base64Decode",
                        "States.Base64Decode($.base64)",
                        "{\"base64\": \"RGF0YSB0byBlbmNvZGU=\"}",
                        "\"Data to encode\""),
                c(
                        "States.Hash SHA-1",
                        "States.Hash($.Data, $.Algorithm)",
                        "{\"Data\": \"input data\", \"Algorithm\": \"SHA-1\"}",
                        "\"aaff4a450a104cd177d28d18d74485e8cae074b7\""),
                c("States.Hash MD5", "States.Hash('input data', 'MD5')", "{}", "\"812f45842bc6d66ee14572ce20db8e86\""),
                c(
                        "States.Hash SHA-256",
                        "States.Hash('input data', 'SHA-256')",
                        "{}",
                        "\"b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3\""),
                c(
                        "States.JsonMerge shallow: the second object's keys win",
                        "States.JsonMerge($.json1, $.json2, false)",
                        "{\"json1\": {\"a\": {\"a1\": 1, \"a2\": 2}, \"b\": 2}, \"json2\": {\"a\": {\"a3\": 1, \"a4\": 2},"
                                + " \"c\": 3}}",
                        "{\"a\": {\"a3\": 1, \"a4\": 2}, \"b\": 2, \"c\": 3}"),
                c("States.MathAdd", "States.MathAdd($.value1, $.step)", "{\"value1\": 111, \"step\": -1}", "110"),
                c(
                        "States.MathAdd rounds non-integer arguments",
                        "States.MathAdd($.a, $.b)",
                        "{\"a\": 1.2, \"b\": 2.7}",
                        "4"),
                c(
                        "States.StringSplit on one character",
                        "States.StringSplit($.inputString, $.splitter)",
                        "{\"inputString\": \"1,2,3,4,5\", \"splitter\": \",\"}",
                        "[\"1\",\"2\",\"3\",\"4\",\"5\"]"),
                c(
                        "States.StringSplit on any of several characters",
                        "States.StringSplit($.inputString, $.splitter)",
                        "{\"inputString\": \"This.is+a,test=string\", \"splitter\": \".+,=\"}",
                        "[\"This\",\"is\",\"a\",\"test\",\"string\"]"),
                c("intrinsics nest", "States.ArrayLength(States.StringSplit($.s, ','))", "{\"s\": \"a,b,c\"}", "3"),
                c("a context object path as argument", "States.Format('{}', $$.State.Name)", "{}", "\"S\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(String rule, String call, String input, String expected) {
        Execution run = passParameters("{\"r.$\": " + DocsRun.JSON.valueToTree(call) + "}", input);

        assertThat(run.status()).as(run.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().get("r")).isEqualTo(json(expected));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                c(
                        "States.ArrayRange refuses more than 1000 elements",
                        "States.ArrayRange(1, 2000, 1)",
                        "{}",
                        "States.IntrinsicFailure"),
                c(
                        "States.ArrayGetItem out of bounds",
                        "States.ArrayGetItem($.a, 5)",
                        "{\"a\": [1]}",
                        "States.IntrinsicFailure"),
                c(
                        "States.StringToJson of text that is not JSON",
                        "States.StringToJson($.s)",
                        "{\"s\": \"{x\"}",
                        "States.IntrinsicFailure"),
                c(
                        "States.Base64Decode of text that is not base64",
                        "States.Base64Decode($.s)",
                        "{\"s\": \"%%%\"}",
                        "States.IntrinsicFailure"),
                c(
                        "States.Hash with an unknown algorithm",
                        "States.Hash('x', 'SHA-3')",
                        "{}",
                        "States.IntrinsicFailure"),
                c(
                        "States.JsonMerge refuses deep merge (true)",
                        "States.JsonMerge($.a, $.b, true)",
                        "{\"a\": {}, \"b\": {}}",
                        "States.IntrinsicFailure"),
                c(
                        "States.ArrayPartition refuses a chunk size below 1",
                        "States.ArrayPartition($.a, 0)",
                        "{\"a\": [1]}",
                        "States.IntrinsicFailure"),
                c("States.MathAdd of a string", "States.MathAdd($.a, 1)", "{\"a\": \"x\"}", "States.IntrinsicFailure"),
                c(
                        "States.Format with fewer arguments than {}",
                        "States.Format('{} {}', $.a)",
                        "{\"a\": 1}",
                        "States.IntrinsicFailure"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failure(String rule, String call, String input, String error) {
        Execution run = passParameters("{\"r.$\": " + DocsRun.JSON.valueToTree(call) + "}", input);

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).as(run.cause()).isEqualTo(error);
    }

    /** "The literal string \\' represents '", and likewise \\{, \\} and \\\\: the four escapes, in one string. */
    @Test
    void the_four_escape_sequences_in_one_string() {
        Execution run = passParameters(
                "{\"r.$\": " + DocsRun.JSON.valueToTree("States.Format('\\'\\{\\}\\\\ {}', 1)") + "}", "{}");

        assertThat(run.output().get("r").textValue()).isEqualTo("'{}\\ 1");
    }

    /**
     * "If an open escape backslash \\ is found in the intrinsic invocation string, the interpreter will return a
     * runtime error"; AWS is reported to refuse such definitions when they are created, and LocalStack keeps the
     * first two as {@code escape_sequences_illegal_intrinsic_function} cases (docs/conformance.md).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "States.StringToJson('{\"text\":\"An \\\"escaped double quote\\\" here\"}')",
                "States.Format('He said, \\\"Hello, {}!\\\"', 'Test \\\"Name\\\" Here')",
                "States.Format('Line\\nbreak {}', 1)"
            })
    void a_backslash_before_any_other_character_is_refused(String call) {
        List<String> errors = DocsRun.errors("{\"StartAt\": \"IntrinsicEscape\", \"States\": {\"IntrinsicEscape\":"
                + " {\"Type\": \"Pass\", \"Parameters\": {\"parsed.$\": " + DocsRun.JSON.valueToTree(call)
                + "}, \"End\": true}}}");

        assertThat(errors)
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("/States/IntrinsicEscape/Parameters/parsed.$: ")
                .contains("is not an escape sequence of intrinsic functions");
    }
}
