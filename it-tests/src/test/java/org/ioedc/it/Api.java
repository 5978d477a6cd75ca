package org.ioedc.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client speaking to the API as one user, with HTTP Basic on every call. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final URI base;
    private final String authorization;

    public Api(URI base, String user, String password) {
        this.base = base;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A response: status, content type and body, with the body parsed as JSON when it is JSON. */
    public record Reply(int status, String contentType, String body) {
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
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Any request as a client could send it: a method, a Content-Type (none when null) and body bytes as they are.
     * {@code chunked} sends the body without a Content-Length.
     */
    public Reply raw(String method, String path, String contentType, byte[] body, boolean chunked) {
        HttpRequest.Builder b = request(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return send(b.method(method, publisher));
    }

    /** A GET with extra headers (name, value, name, value...). */
    public Reply get(String path, String... headers) {
        HttpRequest.Builder b = request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
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
