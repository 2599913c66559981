package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** {@code States.Format}, {@code StringSplit}, {@code Base64Encode}, {@code Base64Decode}, {@code Hash}. */
final class TextIntrinsics {

    /** AWS's limit on the input of the Base64 and Hash functions, in characters. */
    static final int MAX_INPUT_CHARS = 10_000;

    private static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    private TextIntrinsics() {}

    static JsonNode format(IntrinsicInvocation call) {
        String template;
        boolean escaped;
        if (call.call().arguments().get(0) instanceof IntrinsicArgument.Literal literal && literal.raw() != null) {
            template = literal.raw();
            escaped = true;
        } else {
            template = call.string(0);
            escaped = false;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int next = 1;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (escaped && c == '\\' && i + 1 < template.length()) {
                char following = template.charAt(i + 1);
                if (following == '{' || following == '}' || following == '\'' || following == '\\') {
                    out.append(following);
                    i++;
                    continue;
                }
                out.append(c);
            } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                if (next >= call.count()) {
                    throw call.failure(
                            "the template has more placeholders '{}' than the " + (call.count() - 1) + " values given");
                }
                appendFormatted(out, call.value(next++));
                i++;
            } else {
                out.append(c);
            }
        }
        if (next != call.count()) {
            throw call.failure("the template has " + (next - 1) + " placeholders '{}' but " + (call.count() - 1)
                    + " values were given");
        }
        return JsonNodeFactory.instance.textNode(out.toString());
    }

    /**
     * How AWS prints a value into a {@code States.Format} template: strings as they are, objects and arrays as
     * Java prints maps and lists ({@code {a=1, b=[x, y]}}), everything else as JSON.
     */
    static void appendFormatted(StringBuilder out, JsonNode value) {
        if (value.isTextual()) {
            out.append(value.textValue());
        } else if (value.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(field.getKey()).append('=');
                appendFormatted(out, field.getValue());
                if (fields.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else if (value.isArray()) {
            out.append('[');
            for (int k = 0; k < value.size(); k++) {
                if (k > 0) {
                    out.append(", ");
                }
                appendFormatted(out, value.get(k));
            }
            out.append(']');
        } else {
            out.append(JsonCodec.write(value));
        }
    }

    static JsonNode split(IntrinsicInvocation call) {
        String text = call.string(0);
        String delimiters = call.string(1);
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || delimiters.indexOf(text.charAt(i)) >= 0) {
                // AWS splits on every character of the delimiter string and drops empty pieces.
                if (i > start) {
                    result.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return result;
    }

    static JsonNode base64Encode(IntrinsicInvocation call) {
        String text = limited(call, 0);
        return JsonNodeFactory.instance.textNode(
                Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    static JsonNode base64Decode(IntrinsicInvocation call) {
        String text = limited(call, 0);
        try {
            return JsonNodeFactory.instance.textNode(
                    new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw call.failure("the string is not valid Base64: " + e.getMessage());
        }
    }

    static JsonNode hash(IntrinsicInvocation call) {
        String text = limited(call, 0);
        String algorithm = call.string(1);
        if (!HASH_ALGORITHMS.contains(algorithm)) {
            throw call.failure(
                    "the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was '" + algorithm + "'");
        }
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
            return JsonNodeFactory.instance.textNode(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM lacks the standard " + algorithm + " digest", e);
        }
    }

    private static String limited(IntrinsicInvocation call, int index) {
        String text = call.string(index);
        if (text.length() > MAX_INPUT_CHARS) {
            throw call.failure(
                    "the input must be at most " + MAX_INPUT_CHARS + " characters, but had " + text.length());
        }
        return text;
    }
}
