package org.ioedc.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.user.UserAccount;

/** What goes over the wire about users; a password goes in, never out. */
public final class UserDtos {
    private UserDtos() {
    }

    public record SiteRef(String studyOid, String siteOid) {
    }

    public record UserIn(String username, String password, String role, List<SiteRef> sites, Set<String> studies) {
    }

    /** {@code lockedUntil}: set (UTC) while wrong passwords keep the account locked; left out otherwise. */
    public record UserOut(String username, String role, List<SiteRef> sites, Set<String> studies, Instant lockedUntil) {
        static UserOut of(UserAccount u) {
            Instant lockedUntil = u.lockedAt(Instant.now()) ? u.lockedUntil() : null;
            return of(u.toActor(), lockedUntil);
        }

        static UserOut of(Actor a) {
            return of(a, null);
        }

        private static UserOut of(Actor a, Instant lockedUntil) {
            return new UserOut(a.username(), a.role().name(),
                    a.sites().stream().map(s -> new SiteRef(s.studyOid(), s.siteOid()))
                            .sorted(java.util.Comparator.comparing(SiteRef::studyOid).thenComparing(SiteRef::siteOid)).toList(),
                    a.studies(), lockedUntil);
        }
    }
}
