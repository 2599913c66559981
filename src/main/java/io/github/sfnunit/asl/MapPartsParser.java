package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.Set;

/** Parses the distributed Map parts: ItemReader, ItemBatcher, ResultWriter and Label. */
final class MapPartsParser {

    /** AWS: a Map Label is at most 40 characters. */
    static final int MAX_LABEL_LENGTH = 40;

    /** Characters AWS refuses in a Map Label (besides whitespace and control characters). */
    private static final String FORBIDDEN_LABEL_CHARACTERS = "<>{}[]?*\"#%\\^|~`$&,;:/";

    /** The S3 reads an ItemReader can use (any partition). */
    private static final java.util.regex.Pattern READER_RESOURCE =
            java.util.regex.Pattern.compile("arn:[^:]+:states:::s3:(getObject|listObjectsV2)");

    /** {@code ReaderConfig.InputType} values AWS documents. */
    private static final java.util.List<String> INPUT_TYPES =
            java.util.List.of("CSV", "JSON", "JSONL", "MANIFEST", "PARQUET");

    private MapPartsParser() {}

    static ItemReader itemReader(Fields fields, QueryLanguage language) {
        ObjectNode node = fields.object("ItemReader");
        if (node == null) {
            return null;
        }
        Fields reader = fields.nested(node, fields.pointer("ItemReader"));
        reader.rejectUnknown(
                language == QueryLanguage.JSONATA
                        ? Set.of("Resource", "ReaderConfig", "Arguments")
                        : Set.of("Resource", "ReaderConfig", "Parameters"),
                "in ItemReader of a " + language.aslName() + " state");
        String resource = null;
        if (reader.require("Resource", "e.g. arn:aws:states:::s3:getObject")) {
            resource = reader.string("Resource");
            if (resource != null && !READER_RESOURCE.matcher(resource).matches()) {
                reader.error(
                        "Resource",
                        "an ItemReader reads with arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2,"
                                + " found \"" + resource + "\"");
            }
        }
        JsonNode config = reader.object("ReaderConfig");
        if (config != null && config.has("InputType")) {
            JsonNode inputType = config.get("InputType");
            if (!inputType.isTextual() || !INPUT_TYPES.contains(inputType.textValue())) {
                reader.problems()
                        .add(
                                Json.child(reader.pointer("ReaderConfig"), "InputType"),
                                reader.stateName(),
                                "expected one of " + String.join(", ", INPUT_TYPES) + ", found "
                                        + JsonCodec.write(inputType));
            }
        }
        JsonNode parameters = null;
        JsonNode arguments = null;
        if (language == QueryLanguage.JSONATA) {
            arguments = reader.get("Arguments");
            JsonataSyntax.checkAll(arguments, reader.pointer("Arguments"), reader);
        } else {
            parameters = DataFlowParser.template(reader, "Parameters");
        }
        return new ItemReader(resource, config, parameters, arguments);
    }

    static ItemBatcher itemBatcher(Fields fields, QueryLanguage language) {
        ObjectNode node = fields.object("ItemBatcher");
        if (node == null) {
            return null;
        }
        Fields batcher = fields.nested(node, fields.pointer("ItemBatcher"));
        batcher.rejectUnknown(
                language == QueryLanguage.JSONATA
                        ? Set.of("MaxItemsPerBatch", "MaxInputBytesPerBatch", "BatchInput")
                        : Set.of(
                                "MaxItemsPerBatch",
                                "MaxItemsPerBatchPath",
                                "MaxInputBytesPerBatch",
                                "MaxInputBytesPerBatchPath",
                                "BatchInput"),
                "in ItemBatcher of a " + language.aslName() + " state");
        JsonNode maxItems = StateParser.integerOrJsonata(batcher, "MaxItemsPerBatch", language, 1, Integer.MAX_VALUE);
        JsonNode maxBytes = StateParser.integerOrJsonata(
                batcher, "MaxInputBytesPerBatch", language, 1, SizeLimits.MAX_PAYLOAD_BYTES);
        String maxItemsPath = null;
        String maxBytesPath = null;
        if (language == QueryLanguage.JSONPATH) {
            maxItemsPath = DataFlowParser.optionalReferencePath(batcher, "MaxItemsPerBatchPath");
            maxBytesPath = DataFlowParser.optionalReferencePath(batcher, "MaxInputBytesPerBatchPath");
            batcher.atMostOne("MaxItemsPerBatch", "MaxItemsPerBatchPath");
            batcher.atMostOne("MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
        }
        JsonNode batchInput = batcher.get("BatchInput");
        if (batchInput != null) {
            if (language == QueryLanguage.JSONATA) {
                JsonataSyntax.checkAll(batchInput, batcher.pointer("BatchInput"), batcher);
            } else {
                DataFlowParser.template(batcher, "BatchInput");
            }
        }
        return new ItemBatcher(maxItems, maxItemsPath, maxBytes, maxBytesPath, batchInput);
    }

    static ResultWriter resultWriter(Fields fields, QueryLanguage language) {
        ObjectNode node = fields.object("ResultWriter");
        if (node == null) {
            return null;
        }
        Fields writer = fields.nested(node, fields.pointer("ResultWriter"));
        writer.rejectUnknown(
                language == QueryLanguage.JSONATA
                        ? Set.of("Resource", "Arguments", "WriterConfig")
                        : Set.of("Resource", "Parameters", "WriterConfig"),
                "in ResultWriter of a " + language.aslName() + " state");
        String resource = writer.string("Resource");
        JsonNode parameters = null;
        JsonNode arguments = null;
        if (language == QueryLanguage.JSONATA) {
            arguments = writer.get("Arguments");
            JsonataSyntax.checkAll(arguments, writer.pointer("Arguments"), writer);
        } else {
            parameters = DataFlowParser.template(writer, "Parameters");
        }
        if (resource == null && !writer.has("WriterConfig")) {
            writer.error("a ResultWriter needs \"Resource\" (with its Parameters or Arguments) or \"WriterConfig\"");
        }
        return new ResultWriter(resource, parameters, arguments, writer.object("WriterConfig"));
    }

    static String label(Fields fields) {
        String label = fields.string("Label");
        if (label == null) {
            return null;
        }
        if (label.isEmpty()) {
            fields.error("Label", "Label cannot be empty");
            return label;
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            fields.error("Label", "Label cannot exceed " + MAX_LABEL_LENGTH + " characters, found " + label.length());
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isWhitespace(c)
                    || Character.isISOControl(c)
                    || FORBIDDEN_LABEL_CHARACTERS.indexOf(c) >= 0
                    || Character.isSpaceChar(c)) {
                fields.error("Label", "Label contains invalid character: " + printable(c));
                break;
            }
        }
        return label;
    }

    private static String printable(char c) {
        if (c == '\t') {
            return "'\\t'";
        }
        if (c == '\r') {
            return "'\\r'";
        }
        if (c == '\n') {
            return "'\\n'";
        }
        if (Character.isISOControl(c)) {
            return String.format("'\\x%02x'", (int) c);
        }
        return "'" + c + "'";
    }
}
