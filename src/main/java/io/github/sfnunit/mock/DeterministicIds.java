package io.github.sfnunit.mock;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * Ids, dates and checksums for realistic responses. Every value derives from the invocation (state path,
 * invocation index) so the same run gives the same response, byte for byte.
 */
final class DeterministicIds {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private DeterministicIds() {}

    static String uuid(TaskInvocation invocation, String purpose) {
        String seed = invocation.statePath() + '#' + invocation.invocationIndex() + '#' + purpose;
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String hex(TaskInvocation invocation, String purpose, int length) {
        StringBuilder hex = new StringBuilder();
        int round = 0;
        while (hex.length() < length) {
            hex.append(uuid(invocation, purpose + round++).replace("-", ""));
        }
        return hex.substring(0, length);
    }

    static String httpDate(Instant time) {
        return HTTP_DATE.format(time);
    }

    static String crc32(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toString(crc.getValue());
    }

    static String md5Hex(String text) {
        try {
            byte[] digest =
                    java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required on every Java platform", e);
        }
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
