package org.ioedc.it;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running product for all black-box test classes (a Payara Micro start costs tens of seconds):
 * started by the first class that needs it, stopped when the test run ends.
 */
public final class Suite implements BeforeAllCallback {

    /**
     * Wrong passwords one client address may send per minute before it is throttled: above the
     * product's default, so that the timing and lockout tests (all from 127.0.0.1) stay below it.
     */
    public static final int THROTTLE_FAILURES = 100;

    private static final Map<String, Api> SIGNED_IN = new ConcurrentHashMap<>();
    private static Database database;
    private static Server server;

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (server == null) {
            database = Database.forSuite();
            Map<String, String> env = new HashMap<>(database.env());
            env.put("EDC_SIGNIN_THROTTLE_FAILURES", String.valueOf(THROTTLE_FAILURES));
            server = new Server("suite", env).start();
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .put("ioedc-suite-server", server);
        }
    }

    public static Server server() {
        return server;
    }

    public static Database database() {
        return database;
    }

    /** A demo user signed in to a session, as at a browser: one sign-in per user for the whole suite. */
    public static Api as(String user) {
        return SIGNED_IN.computeIfAbsent(user, u -> Api.signedIn(server.base(), u, "demo-only"));
    }

    /** A demo user as an API client: HTTP Basic on every call, no session. */
    public static Api basic(String user) {
        return new Api(server.base(), user, "demo-only");
    }

    public static Api anonymous() {
        return new Api(server.base(), null, null);
    }
}
