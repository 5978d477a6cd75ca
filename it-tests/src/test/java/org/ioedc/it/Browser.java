package org.ioedc.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP with every header under the test's control, as a browser or an attacker's page would send it:
 * no cookie store, so a test says which cookie goes with which request.
 */
final class Browser {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Browser() {
    }

    /** A session a user signed in to: the cookie ("JSESSIONID=..."), its Set-Cookie line and CSRF token. */
    record Session(String cookie, String setCookie, String csrfToken) {
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** POST /api/v1/session with the user's Basic credentials, as the sign-in page does. */
    static Session signIn(String user, String password) {
        HttpResponse<String> r = send("POST", "/api/v1/session", null, "Authorization", basic(user, password));
        if (r.statusCode() != 200) {
            throw new AssertionError("sign-in of " + user + " answered " + r.statusCode() + " " + r.body());
        }
        String setCookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie at sign-in: " + r.headers().map()));
        String token = jsonString(r.body(), "csrfToken");
        return new Session(setCookie.substring(0, setCookie.indexOf(';')), setCookie, token);
    }

    /** A request with the given headers (name, value, name, value...); a JSON body when {@code json} is not null. */
    static HttpResponse<String> send(String method, String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Suite.server().base().resolve(path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                b.header(headers[i], headers[i + 1]);
            }
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The origin of the server under test, as its own pages send it. */
    static String ownOrigin() {
        URI base = Suite.server().base();
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    static Optional<String> header(HttpResponse<String> r, String name) {
        return r.headers().firstValue(name);
    }

    private static String jsonString(String body, String key) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readObject().getString(key);
        }
    }
}
