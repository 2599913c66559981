package io.github.sfnunit.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.JsonPathExpression;
import io.github.sfnunit.internal.query.PayloadTemplate;
import io.github.sfnunit.internal.query.ReferencePath;
import io.github.sfnunit.internal.query.VariableScope;
import io.github.sfnunit.internal.query.jsonata.JsonataBindings;
import io.github.sfnunit.internal.query.jsonata.JsonataExpression;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The query layer on one small state input: a JSONPath read, a payload template with intrinsics, a ResultPath
 * merge and a JSONata expression, each compiled once in setup as the engine compiles them once per definition.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QueryBenchmarks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode input;
    private JsonNode taskResult;
    private EvaluationContext context;
    private JsonPathExpression path;
    private PayloadTemplate template;
    private ReferencePath resultPath;
    private JsonataExpression jsonata;
    private JsonataBindings bindings;

    @Setup
    public void compile() throws IOException {
        input = JSON.readTree("{\"order\":{\"id\":\"o-1001\",\"tagList\":\"a,b,c\",\"items\":["
                + "{\"sku\":\"A-1\",\"price\":30,\"qty\":2},{\"sku\":\"B-2\",\"price\":15.5,\"qty\":4},"
                + "{\"sku\":\"C-3\",\"price\":4,\"qty\":1}]}}");
        taskResult = JSON.readTree("{\"chargeId\":\"ch-1\",\"status\":\"captured\"}");
        JsonNode contextObject = JSON.readTree("{\"Execution\":{\"Id\":\"arn:aws:states:us-east-1:123456789012:"
                + "execution:StateMachine:bench\",\"Name\":\"bench\",\"StartTime\":\"2025-01-01T00:00:00.000Z\"},"
                + "\"State\":{\"Name\":\"Init\",\"EnteredTime\":\"2025-01-01T00:00:00.000Z\"}}");
        context = new EvaluationContext(contextObject, VariableScope.EMPTY, new SplittableRandom(0));
        path = JsonPathExpression.compile("$.order.items[1].sku");
        template = PayloadTemplate.compile(JSON.readTree("{\"id.$\":\"$.order.id\","
                + "\"count.$\":\"States.ArrayLength($.order.items)\","
                + "\"tags.$\":\"States.StringSplit($.order.tagList, ',')\","
                + "\"label.$\":\"States.Format('order {} is ready', $.order.id)\",\"fixed\":true}"));
        resultPath = ReferencePath.compile("$.payment.charge");
        jsonata = JsonataExpression.compile("$sum($states.input.order.items.(price * qty))");
        bindings = JsonataBindings.of(context, input);
    }

    /** {@code $.order.items[1].sku}. */
    @Benchmark
    public JsonNode jsonPathRead() {
        return path.read(input, context);
    }

    /** Five fields: two paths, three intrinsics (ArrayLength, StringSplit, Format) and a literal. */
    @Benchmark
    public JsonNode payloadTemplateWithIntrinsics() {
        return template.evaluate(input, context);
    }

    /** {@code ResultPath: $.payment.charge}: a new input with the result set two levels down. */
    @Benchmark
    public JsonNode resultPathMerge() {
        return resultPath.insert(input, taskResult);
    }

    /** {@code $sum($states.input.order.items.(price * qty))}, compiled once: what each execution pays. */
    @Benchmark
    public JsonNode jsonataExpression() {
        return jsonata.evaluate(bindings, "Output");
    }

    /**
     * The same expression parsed and then evaluated: what each execution would pay if expressions were not
     * compiled once per definition. The difference to {@link #jsonataExpression()} is the parse sfn-unit saves.
     */
    @Benchmark
    public JsonNode jsonataParseAndEvaluate() {
        return JsonataExpression.compile("$sum($states.input.order.items.(price * qty))")
                .evaluate(bindings, "Output");
    }
}
