package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.Set;

/**
 * Turns an Amazon States Language document into a validated {@link StateMachineDefinition}, checking the rules AWS
 * Step Functions enforces when a state machine is created. Every problem is collected and reported together in one
 * {@link InvalidDefinitionException}; nothing else is ever thrown for bad input.
 *
 * <pre>{@code
 * StateMachineDefinition definition = new DefinitionParser().parse(Files.readString(path));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DefinitionParser {

    private static final Set<String> TOP_LEVEL_FIELDS =
            Set.of("Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage");

    private final StateMachineType machineType;

    /** A parser for Standard state machines. */
    public DefinitionParser() {
        this(StateMachineType.STANDARD);
    }

    /** A parser applying the rules of {@code machineType} (Express machines refuse some integrations). */
    public DefinitionParser(StateMachineType machineType) {
        this.machineType = machineType == null ? StateMachineType.STANDARD : machineType;
    }

    /**
     * Parses a definition given as JSON or YAML text.
     *
     * @throws InvalidDefinitionException when the text is not JSON/YAML or the definition is invalid
     */
    public StateMachineDefinition parse(String text) {
        if (text == null) {
            throw new InvalidDefinitionException("", "the definition text is null");
        }
        return parse(DocumentReader.read(text, "the definition"));
    }

    /**
     * Parses a definition already read into a Jackson tree.
     *
     * @throws InvalidDefinitionException listing every problem found
     */
    public StateMachineDefinition parse(JsonNode definition) {
        if (definition == null || !definition.isObject()) {
            throw new InvalidDefinitionException(
                    "", "a state machine definition must be a JSON object, found " + Json.describe(definition));
        }
        if (JsonDepth.exceeds(definition)) {
            throw new InvalidDefinitionException("", JsonDepth.tooDeep("the definition"));
        }
        DocumentReader.checkSize(JsonCodec.write(definition).length(), "the definition");
        Problems problems = new Problems();
        Fields top = new Fields((ObjectNode) definition, "", null, problems);
        for (String name : top.names()) {
            if (!TOP_LEVEL_FIELDS.contains(name)) {
                top.error(
                        name,
                        "field \"" + name + "\" is not allowed at the top level of a state machine"
                                + Suggestions.clause(name, TOP_LEVEL_FIELDS));
            }
        }
        QueryLanguage language = QueryLanguage.JSONPATH;
        String languageText = top.string("QueryLanguage");
        if (languageText != null) {
            QueryLanguage parsed = QueryLanguage.fromAslName(languageText);
            if (parsed == null) {
                top.error("QueryLanguage", "expected \"JSONPath\" or \"JSONata\", found \"" + languageText + "\"");
            } else {
                language = parsed;
            }
        }
        Integer timeout = top.integer("TimeoutSeconds", 1, StateParser.MAX_SECONDS);
        String version = top.string("Version");
        ParseContext context = new ParseContext(problems, machineType, language);
        StateGraph graph = new GraphParser(context).parse(top, language);
        if (graph != null) {
            ScopeRules.check(graph, definition, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems.errors());
        }
        return new StateMachineDefinition(graph, timeout, version, definition, machineType, null);
    }
}
