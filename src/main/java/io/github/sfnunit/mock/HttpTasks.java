package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Performs HTTP Tasks ({@code arn:aws:states:::http:invoke}) for real, but only against the endpoints a test
 * allowed with {@link TaskMocks#allowHttp(String)}. The result has AWS's shape: {@code Headers} (each a list of
 * values), {@code ResponseBody} (parsed when it is JSON, else the text), {@code StatusCode} and {@code StatusText}; a
 * status outside 2xx fails the task with {@code States.Http.StatusCode.<code>} and that same object as JSON cause.
 */
final class HttpTasks {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<String> allowed = new ArrayList<>();
    private HttpClient client;

    /** Allows requests to URLs starting with {@code baseUrl} (scheme, host, port and an optional path). */
    void allow(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "allowHttp(\"" + baseUrl + "\") expects a URL such as"
                            + " http://localhost:8080, but it does not parse: " + e.getMessage(),
                    e);
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("allowHttp(\"" + baseUrl
                    + "\") expects an http or https URL with a host, e.g. http://localhost:8080");
        }
        allowed.add(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    }

    static boolean isHttpTask(TaskInvocation invocation) {
        return HttpTaskRequest.RESOURCE.equals(invocation.resource());
    }

    /** The allowed base URL the call's endpoint falls under, {@code null} when none. */
    boolean allows(TaskInvocation invocation) {
        String endpoint = invocation.parameters() == null
                ? null
                : invocation.parameters().path("ApiEndpoint").asText(null);
        return endpoint != null && allowed.stream().anyMatch(base -> underBase(endpoint, base));
    }

    /**
     * Whether {@code endpoint} is confined to {@code base}: the same scheme, user, host and port (the scheme's
     * default when absent), and a path at or below the base's path with no {@code .} or {@code ..} segment, written
     * or percent-encoded, that a server would resolve out of it.
     */
    static boolean underBase(String endpoint, String base) {
        URI url;
        URI allowedUrl;
        try {
            url = new URI(endpoint);
            allowedUrl = new URI(base);
        } catch (URISyntaxException notAUrl) {
            return false;
        }
        if (url.isOpaque() || url.getScheme() == null || url.getHost() == null) {
            return false;
        }
        boolean sameServer = url.getScheme().equalsIgnoreCase(allowedUrl.getScheme())
                && url.getHost().equalsIgnoreCase(allowedUrl.getHost())
                && port(url) == port(allowedUrl)
                && Objects.equals(url.getRawUserInfo(), allowedUrl.getRawUserInfo());
        String path = url.getPath() == null ? "" : url.getPath();
        if (!sameServer || leavesItsPath(path)) {
            return false;
        }
        String basePath = allowedUrl.getPath() == null ? "" : allowedUrl.getPath();
        basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        return basePath.isEmpty() || path.equals(basePath) || path.startsWith(basePath + "/");
    }

    private static int port(URI url) {
        if (url.getPort() >= 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    /**
     * Whether a decoded path has a segment a server resolves upwards or in place: {@code .} or {@code ..}, also
     * with a {@code ;parameter} ({@code ..;} is {@code ..} to some servers), or a backslash, which some servers
     * read as a slash.
     */
    static boolean leavesItsPath(String path) {
        if (path.indexOf('\\') >= 0) {
            return true;
        }
        for (String segment : path.split("/", -1)) {
            int parameters = segment.indexOf(';');
            String name = parameters < 0 ? segment : segment.substring(0, parameters);
            if (name.equals(".") || name.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The message for an HTTP Task whose endpoint no test allowed. */
    static String notAllowed(TaskInvocation invocation, List<String> allowed) {
        String endpoint = invocation.parameters() == null
                ? "?"
                : invocation.parameters().path("ApiEndpoint").asText("?");
        return "HTTP Task '" + invocation.stateName() + "' would call " + endpoint + ", but no request leaves the"
                + " machine unless the test allows its endpoint" + traversal(endpoint)
                + (allowed.isEmpty() ? "" : " (allowed: " + allowed + ")") + ". Either "
                + (origin(endpoint) == null
                        ? "make ApiEndpoint a URL"
                        : "allow it: mocks.allowHttp(\"" + origin(endpoint) + "\")")
                + ", or stub the state: mocks.forState(\""
                + invocation.stateName() + "\").thenReturn(\"{\\\"StatusCode\\\":200,\\\"ResponseBody\\\":{}}\")";
    }

    List<String> allowed() {
        return List.copyOf(allowed);
    }

    /** Why an endpoint that may look allowed is not: its path climbs out of where it seems to be. */
    private static String traversal(String endpoint) {
        try {
            String path = new URI(endpoint).getPath();
            return path != null && leavesItsPath(path)
                    ? " (its path " + path + " has a \".\" or \"..\" segment or a backslash, which a server would"
                            + " resolve out of any allowed base path, so it is never allowed)"
                    : "";
        } catch (URISyntaxException notAUrl) {
            return " (it is not a URL: " + notAUrl.getMessage() + ")";
        }
    }

    /** Scheme, host and port of {@code endpoint}; {@code null} when it is not a URL with a host. */
    private static String origin(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            return uri.getScheme() == null || uri.getHost() == null
                    ? null
                    : uri.getScheme() + "://" + uri.getAuthority();
        } catch (URISyntaxException notAUrl) {
            return null;
        }
    }

    /** Sends the request and shapes the outcome. */
    TaskOutcome call(TaskInvocation invocation) {
        HttpTaskRequest request = HttpTaskRequest.of(invocation);
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(request.url())).timeout(Duration.ofSeconds(60));
            request.headers().forEach(builder::header);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "HTTP Task '" + invocation.stateName() + "': cannot build the request: " + e.getMessage(), e);
        }
        builder.method(
                request.method(),
                request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        HttpResponse<String> response;
        try {
            response = client().send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "HTTP Task '" + invocation.stateName() + "': the request to " + request.url() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("HTTP Task '" + invocation.stateName() + "' was interrupted", e);
        }
        ObjectNode result = result(response);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new TaskOutcome.Succeeded(result);
        }
        return new TaskOutcome.Failed("States.Http.StatusCode." + status, JsonCodec.write(result));
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    private static ObjectNode result(HttpResponse<String> response) {
        ObjectNode result = NODES.objectNode();
        ObjectNode headers = result.putObject("Headers");
        Map<String, List<String>> sorted = new TreeMap<>(response.headers().map());
        sorted.forEach((name, values) -> {
            if (!name.startsWith(":")) {
                values.forEach(headers.withArray(name)::add);
            }
        });
        result.set("ResponseBody", body(response.body()));
        result.put("StatusCode", response.statusCode());
        result.put("StatusText", HttpStatusTexts.of(response.statusCode()));
        return result;
    }

    private static JsonNode body(String text) {
        if (text == null || text.isEmpty()) {
            return NODES.textNode("");
        }
        try {
            return JsonCodec.read(text);
        } catch (IOException notJson) {
            return NODES.textNode(text);
        }
    }
}
