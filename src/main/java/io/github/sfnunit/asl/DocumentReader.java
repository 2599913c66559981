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

    /** Deeper documents are refused: no real definition comes close. */
    static final int MAX_NESTING_DEPTH = 200;

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
    static JsonNode read(String text, String what) {
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty()) {
            throw new InvalidDefinitionException("", what + " is empty");
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return readJson(text, what);
        }
        return YamlReader.read(text, what);
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
