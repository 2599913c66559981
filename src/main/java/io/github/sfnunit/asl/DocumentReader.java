package io.github.sfnunit.asl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.asl.internal.PathSyntax;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads JSON or YAML text into a Jackson tree. Text whose first character is {@code {} or {@code [} is JSON (so
 * that JSON mistakes get JSON messages); anything else is YAML, read safely by {@link YamlReader}.
 */
final class DocumentReader {

    /** Deeper documents are refused: sfn-unit's one nesting limit, {@link JsonDepth#MAX_DEPTH}. */
    static final int MAX_NESTING_DEPTH = JsonDepth.MAX_DEPTH;

    /** One JSON value a document is: duplicate keys refused, at most {@link #MAX_NESTING_DEPTH} levels. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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

    /**
     * The text of {@code file}, decoded as strict UTF-8.
     *
     * @throws InvalidDefinitionException naming the file when it is missing, unreadable or not UTF-8
     */
    static String readFile(Path file, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDefinitionException("", "cannot read " + what + ": no such file");
        } catch (IOException e) {
            throw new InvalidDefinitionException("", "cannot read " + what + ": " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDefinitionException("", what + " is not valid UTF-8 text: " + invalidByte(bytes));
        }
    }

    /** Where the first byte that is not UTF-8 is, for messages. */
    static String invalidByte(byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        return result.isError()
                ? "byte " + in.position() + " (0x" + String.format("%02x", bytes[in.position()] & 0xff) + ")"
                        + " starts no UTF-8 character"
                : "an invalid sequence";
    }

    static final int MAX_DEFINITION_CHARACTERS = SizeLimits.MAX_DEFINITION_CHARACTERS;

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
            JsonNode node = JsonCodec.read(JSON, text);
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
