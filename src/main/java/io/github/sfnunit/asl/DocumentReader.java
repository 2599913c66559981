package io.github.sfnunit.asl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads JSON or YAML text into a Jackson tree. Text whose first character is {@code {} or {@code [} is JSON (so
 * that JSON mistakes get JSON messages); anything else is YAML, read safely by {@link YamlReader}.
 */
final class DocumentReader {

    /** Deeper documents are refused: sfn-unit's one nesting limit, {@link JsonDepth#MAX_DEPTH}. */
    static final int MAX_NESTING_DEPTH = JsonDepth.MAX_DEPTH;

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private DocumentReader() {}

    /**
     * @param what names the document in messages, e.g. {@code "template.yaml"}
     * @throws InvalidDefinitionException when the text is neither JSON nor YAML
     */
    static JsonNode read(String source, String what) {
        // A UTF-8 byte order mark is not content: with it, JSON would be read as YAML (and its numbers changed).
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        checkSize(text.length(), what);
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty()) {
            throw new InvalidDefinitionException("", what + " is empty");
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return readJson(text, what);
        }
        return YamlReader.read(text, what);
    }

    /** AWS's largest definition (CreateStateMachine's {@code definition}): 1 MB, counted in characters. */
    static final int MAX_DEFINITION_CHARACTERS = 1_048_576;

    /** Refuses a document or definition longer than AWS's 1 MB definition limit. */
    static void checkSize(int characters, String what) {
        if (characters > MAX_DEFINITION_CHARACTERS) {
            throw new InvalidDefinitionException(
                    "",
                    what + " is " + characters + " characters long: 1 validation error detected: Value at"
                            + " 'definition' failed to satisfy constraint: Member must have length less than or"
                            + " equal to " + MAX_DEFINITION_CHARACTERS);
        }
    }

    /** Jackson's messages carry "(for Object starting at [Source: REDACTED ...])": our location says it better. */
    private static String withoutSourceNoise(String message) {
        String first = PathSyntax.firstLine(message);
        int noise = first.indexOf(" (for ");
        return noise < 0 ? first : first.substring(0, noise);
    }

    static JsonNode readJson(String text, String what) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new InvalidDefinitionException("", what + " is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            String location = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            throw new InvalidDefinitionException(
                    "", what + " is not valid JSON: " + withoutSourceNoise(e.getOriginalMessage()) + location);
        } catch (RuntimeException | StackOverflowError e) {
            throw new InvalidDefinitionException("", what + " is not valid JSON: " + e.getMessage());
        }
    }
}
