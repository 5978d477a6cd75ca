package org.ioedc.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running product for all black-box test classes (a Payara Micro start costs tens of seconds):
 * started by the first class that needs it, stopped when the test run ends.
 */
public final class Suite implements BeforeAllCallback {

    private static Database database;
    private static Server server;

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (server == null) {
            database = Database.forSuite();
            server = new Server("suite", database.env()).start();
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

    public static Api as(String user) {
        return new Api(server.base(), user, "demo-only");
    }

    public static Api anonymous() {
        return new Api(server.base(), null, null);
    }
}
