package io.github.sfnunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.history.HistoryJson;

/**
 * JSON text is read and written by {@link JsonCodec}, which needs no {@code ObjectMapper}: the first mapper a JVM
 * builds (and {@code JsonNode.toString()} builds one) costs about 100 ms of a test run's cold start (docs/
 * performance.md). {@link HistoryJson} keeps its own mapper: the {@code history} package may use no other package.
 * (Text built by string concatenation, {@code "..." + node}, calls {@code toString()} where this rule cannot see
 * it: write {@code JsonCodec.write(node)} there too.)
 */
@AnalyzeClasses(packages = "io.github.sfnunit", importOptions = ImportOption.DoNotIncludeTests.class)
class JsonCodecRulesTest {

    @ArchTest
    static final ArchRule json_text_is_written_by_the_codec = noClasses()
            .that()
            .doNotBelongToAnyOf(JsonCodec.class)
            .should()
            .callMethodWhere(new DescribedPredicate<JavaMethodCall>("JsonNode.toString() or toPrettyString()") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isAssignableTo(JsonNode.class)
                            && (call.getName().equals("toString")
                                    || call.getName().equals("toPrettyString"));
                }
            });

    @ArchTest
    static final ArchRule one_object_mapper_built_on_first_use = noClasses()
            .that()
            .doNotBelongToAnyOf(JsonCodec.class, HistoryJson.class)
            .should()
            .callConstructorWhere(new DescribedPredicate<JavaConstructorCall>("new ObjectMapper()") {
                @Override
                public boolean test(JavaConstructorCall call) {
                    return call.getTargetOwner().isAssignableTo(ObjectMapper.class);
                }
            });
}
