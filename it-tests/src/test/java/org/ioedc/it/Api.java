package org.ioedc.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * A small HTTP client speaking to the API as one user: either with HTTP Basic on every call, as an API
 * client does, or {@link #signedIn signed in} once to a session, as the browser UI is (then only the
 * cookie goes with each call, and the session's CSRF token with each call that changes data).
 */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final URI base;
    private final String authorization;
    private final HttpClient client;
    private final boolean session;
    private volatile String csrfToken;

    public Api(URI base, String user, String password) {
        this(base, user, password, false);
    }

    private Api(URI base, String user, String password, boolean session) {
        this.base = base;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.session = session;
        this.client = session ? HttpClient.newBuilder().cookieHandler(new CookieManager()).build() : CLIENT;
    }

    /**
     * A client that signs in with POST /api/v1/session at its first call (and again if the session
     * ended), then sends the session cookie instead of the password: the hash is paid once.
     */
    public static Api signedIn(URI base, String user, String password) {
        return new Api(base, user, password, true);
    }

    /** A response: status, content type, body (parsed as JSON when it is JSON) and headers. */
    public record Reply(int status, String contentType, String body, HttpHeaders headers) {
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Reply get(String path) {
        return call("GET", path, null);
    }

    public Reply post(String path, String json) {
        return call("POST", path, json);
    }

    public Reply put(String path, String json) {
        return call("PUT", path, json);
    }

    /**
     * Any request as a client could send it: a method, a Content-Type (none when null) and body bytes as they are,
     * with HTTP Basic. {@code chunked} sends the body without a Content-Length.
     */
    public Reply raw(String method, String path, String contentType, byte[] body, boolean chunked) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).method(method, publisher);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b);
    }

    /** A GET with HTTP Basic and extra headers (name, value, name, value...). */
    public Reply get(String path, String... headers) {
        HttpRequest.Builder b = request("GET", path, null, authorization);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    public Reply delete(String path) {
        return call("DELETE", path, null);
    }

    private Reply call(String method, String path, String json) {
        if (!session || authorization == null) {
            return send(request(method, path, json, authorization));
        }
        if (csrfToken == null) {
            signIn();
        }
        Reply r = send(request(method, path, json, null));
        if (r.status() == 401) {
            signIn(); // the session timed out
            r = send(request(method, path, json, null));
        }
        return r;
    }

    private synchronized void signIn() {
        Reply r = send(request("POST", "/api/v1/session", null, authorization));
        if (r.status() != 200) {
            throw new IllegalStateException("cannot sign in: " + r);
        }
        csrfToken = r.json().getString("csrfToken");
    }

    private HttpRequest.Builder request(String method, String path, String json, String credentials) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (credentials != null) {
            b.header("Authorization", credentials);
        } else if (session && csrfToken != null && !SAFE_METHODS.contains(method)) {
            b.header("X-CSRF-Token", csrfToken);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** JSON text from alternating keys and values: {@code json("a", 1, "b", "x")}. */
    public static String json(Object... keyValues) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            String k = (String) keyValues[i];
            if (v == null) {
                b.addNull(k);
            } else if (v instanceof JsonValue jv) {
                b.add(k, jv);
            } else if (v instanceof Integer n) {
                b.add(k, n);
            } else if (v instanceof Long n) {
                b.add(k, n);
            } else if (v instanceof Boolean flag) {
                b.add(k, flag);
            } else {
                b.add(k, v.toString());
            }
        }
        return b.build().toString();
    }
}
