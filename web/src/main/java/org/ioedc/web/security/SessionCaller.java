package org.ioedc.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in to a session, with the groups the container needs at each request of that session. */
record SessionCaller(String name, Set<String> groups) implements Serializable {

    SessionCaller {
        groups = Set.copyOf(groups);
    }
}
