package io.github.sfnunit.asl;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.sfnunit.asl.internal.PathSyntax;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into a Jackson tree safely: no Java object is ever instantiated (only the event stream is read),
 * the document size, nesting depth and alias expansion are bounded (so "billion laughs" alias bombs are refused),
 * and CloudFormation's short-form tags ({@code !Ref}, {@code !Sub}, {@code !GetAtt}, {@code !Join}, ...) become
 * their long forms ({@code {"Ref": ...}}, {@code {"Fn::Sub": ...}}, ...).
 */
final class YamlReader {

    static final int MAX_CODE_POINTS = 10 * 1024 * 1024;
    static final int MAX_ALIASES = 100;
    static final long MAX_NODES = 1_000_000;

    private static final Set<String> CFN_FUNCTIONS = Set.of(
            "Base64",
            "Cidr",
            "FindInMap",
            "GetAZs",
            "ImportValue",
            "Join",
            "Select",
            "Split",
            "Sub",
            "Transform",
            "And",
            "Equals",
            "If",
            "Not",
            "Or",
            "ToJsonString",
            "Length",
            "GetAtt");

    /** The standard tags of YAML's core schema; other "!!" tags name classes and are refused. */
    private static final Set<String> STANDARD_TAGS = Set.of(
            "tag:yaml.org,2002:str",
            "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float",
            "tag:yaml.org,2002:bool",
            "tag:yaml.org,2002:null",
            "tag:yaml.org,2002:map",
            "tag:yaml.org,2002:seq");

    private final YAMLParser parser;
    private final String text;
    private final LoaderOptions options;
    private final String what;
    private Map<String, JsonNode> scalarAnchors;
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private final Map<String, Long> anchorSizes = new HashMap<>();
    private int aliases;
    private long nodes;

    private YamlReader(YAMLParser parser, String text, LoaderOptions options, String what) {
        this.parser = parser;
        this.text = text;
        this.options = options;
        this.what = what;
    }

    static JsonNode read(String text, String what) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(DocumentReader.MAX_NESTING_DEPTH);
        options.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
            YamlReader reader = new YamlReader(parser, text, options, what);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidDefinitionException("", what + " is empty");
            }
            JsonNode root = reader.value(0);
            if (parser.nextToken() != null) {
                throw new InvalidDefinitionException("", what + " holds more than one YAML document");
            }
            return root;
        } catch (InvalidDefinitionException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new InvalidDefinitionException(
                    "", what + " is not valid YAML: " + PathSyntax.firstLine(e.getMessage()));
        }
    }

    private JsonNode value(int depth) throws IOException {
        if (depth > DocumentReader.MAX_NESTING_DEPTH) {
            throw new InvalidDefinitionException(
                    "", what + " is nested more than " + DocumentReader.MAX_NESTING_DEPTH + " levels deep");
        }
        if (++nodes > MAX_NODES) {
            throw tooBig();
        }
        if (parser.isCurrentAlias()) {
            return alias(parser.getText());
        }
        String tag = parser.getTypeId();
        String anchor = parser.getObjectId();
        long before = nodes;
        JsonNode node = plain(depth);
        if (anchor != null) {
            anchors.put(anchor, node);
            anchorSizes.put(anchor, nodes - before + 1);
        }
        return tag == null || STANDARD_TAGS.contains(tag) ? node : tagged(tag, node);
    }

    private JsonNode plain(int depth) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String key = parser.currentName();
                    parser.nextToken();
                    object.set(key, value(depth + 1));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(depth + 1));
                }
                return array;
            }
            case VALUE_STRING:
                return JsonNodeFactory.instance.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return JsonNodeFactory.instance.booleanNode(true);
            case VALUE_FALSE:
                return JsonNodeFactory.instance.booleanNode(false);
            case VALUE_NULL:
                return JsonNodeFactory.instance.nullNode();
            default:
                throw new InvalidDefinitionException("", what + " has an unexpected YAML token " + token);
        }
    }

    private JsonNode alias(String name) {
        JsonNode target = anchors.get(name);
        if (target == null) {
            target = scalarAnchors().get(name);
        }
        if (target == null) {
            throw new InvalidDefinitionException(
                    "", what + " uses the YAML alias *" + name + " before its anchor &" + name);
        }
        if (++aliases > MAX_ALIASES) {
            throw new InvalidDefinitionException(
                    "", what + " uses more than " + MAX_ALIASES + " YAML aliases; refusing it (possible alias bomb)");
        }
        nodes += anchorSizes.getOrDefault(name, 1L);
        if (nodes > MAX_NODES) {
            throw tooBig();
        }
        return target.deepCopy();
    }

    /**
     * Jackson's YAML parser does not report the anchors of scalar values, so aliases of scalars are resolved from
     * SnakeYAML's event stream, read again only when such an alias appears.
     */
    private Map<String, JsonNode> scalarAnchors() {
        if (scalarAnchors == null) {
            scalarAnchors = new HashMap<>();
            Resolver resolver = new Resolver();
            Parser events = new ParserImpl(new StreamReader(text), options);
            while (events.peekEvent() != null) {
                Event event = events.getEvent();
                if (event instanceof ScalarEvent scalar && scalar.getAnchor() != null) {
                    scalarAnchors.put(scalar.getAnchor(), scalarValue(scalar, resolver));
                }
                if (event.is(Event.ID.StreamEnd)) {
                    break;
                }
            }
        }
        return scalarAnchors;
    }

    private static JsonNode scalarValue(ScalarEvent scalar, Resolver resolver) {
        String value = scalar.getValue();
        if (!scalar.isPlain()) {
            return JsonNodeFactory.instance.textNode(value);
        }
        Tag tag = resolver.resolve(NodeId.scalar, value, true);
        try {
            if (Tag.INT.equals(tag)) {
                return JsonNodeFactory.instance.numberNode(new java.math.BigInteger(value.replace("_", "")));
            }
            if (Tag.FLOAT.equals(tag)) {
                return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(value.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            return JsonNodeFactory.instance.textNode(value);
        }
        if (Tag.BOOL.equals(tag)) {
            return JsonNodeFactory.instance.booleanNode(
                    Set.of("true", "True", "TRUE").contains(value));
        }
        if (Tag.NULL.equals(tag)) {
            return JsonNodeFactory.instance.nullNode();
        }
        return JsonNodeFactory.instance.textNode(value);
    }

    private InvalidDefinitionException tooBig() {
        return new InvalidDefinitionException(
                "", what + " expands to more than " + MAX_NODES + " YAML nodes; refusing it (possible alias bomb)");
    }

    /** CloudFormation short forms: {@code !Ref x} is {@code {"Ref": x}}, {@code !Sub s} is {@code {"Fn::Sub": s}}. */
    private JsonNode tagged(String tag, JsonNode node) {
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        if (tag.equals("Ref") || tag.equals("Condition")) {
            wrapper.set(tag, node);
        } else if (tag.equals("GetAtt") && node.isTextual()) {
            String text = node.textValue();
            int dot = text.indexOf('.');
            ArrayNode parts = JsonNodeFactory.instance.arrayNode();
            parts.add(dot < 0 ? text : text.substring(0, dot));
            if (dot >= 0) {
                parts.add(text.substring(dot + 1));
            }
            wrapper.set("Fn::GetAtt", parts);
        } else if (CFN_FUNCTIONS.contains(tag)) {
            wrapper.set("Fn::" + tag, node);
        } else {
            throw new InvalidDefinitionException("", what + " uses the YAML tag !" + tag + ", which is not supported");
        }
        return wrapper;
    }
}
