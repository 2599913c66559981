package io.github.sfnunit.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Pagination tokens: opaque to clients, as AWS's. A token names the list it belongs to and the position after the
 * last item returned (a sequence number, so items added meanwhile neither repeat nor go missing).
 */
final class Pages {

    private Pages() {}

    static String token(String list, long position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("sfn-unit:" + list + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position in {@code token}, or {@code defaultPosition} when there is no token. */
    static long position(String token, String list, long defaultPosition) {
        if (token == null) {
            return defaultPosition;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String prefix = "sfn-unit:" + list + ":";
            if (text.startsWith(prefix)) {
                return Long.parseLong(text.substring(prefix.length()));
            }
        } catch (IllegalArgumentException e) {
            // not ours: answered below as AWS does
        }
        throw new ApiException("InvalidToken", "Invalid Token: '" + token + "'");
    }
}
