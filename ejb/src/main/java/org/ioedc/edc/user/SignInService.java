package org.ioedc.edc.user;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ioedc.edc.audit.AuditAction;
import org.ioedc.edc.audit.AuditRecord;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.Role;

/**
 * Password sign-in: the password checked against the stored PBKDF2 hash, and the account lockout after
 * repeated wrong passwords (docs/security.md). Every attempt costs one hash verification, whether the
 * user exists, is inactive, is locked or not, so the answer time does not tell which user names exist.
 */
@Stateless
public class SignInService {

    /** A hash of a random password with the parameters of real ones: an unknown user costs as much as a known one. */
    private static volatile String unknownUserHash;

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash hash;

    @EJB
    private UserService users;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "edc.signin.lockout.failures", defaultValue = "5")
    private int lockoutFailures;

    @Inject
    @ConfigProperty(name = "edc.signin.lockout.windowSeconds", defaultValue = "900")
    private long lockoutWindowSeconds;

    @Inject
    @ConfigProperty(name = "edc.signin.lockout.seconds", defaultValue = "900")
    private long lockoutSeconds;

    @PostConstruct
    void init() {
        hash.initialize(UserService.HASH_PARAMETERS);
        if (unknownUserHash == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            unknownUserHash = hash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
        }
    }

    /**
     * The role of the active, unlocked user whose password this is; empty for any other attempt, with
     * no hint which part was wrong. A wrong password of an existing user counts towards the lockout.
     */
    public Optional<Role> signIn(String username, String password) {
        Optional<UserAccount> found = users.find(username).filter(UserAccount::active);
        boolean matches = hash.verify(password.toCharArray(), found.map(UserAccount::passwordHash).orElse(unknownUserHash));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserAccount user = found.get();
        Instant now = Instant.now(clock);
        if (user.lockedAt(now)) {
            return Optional.empty();
        }
        if (!matches || user.hasFailedSignIns()) {
            // Only a change takes the row lock, so parallel sign-ins of one user do not queue behind each other.
            em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
            if (user.lockedAt(now)) {
                return Optional.empty();
            }
            if (!matches) {
                countFailure(user, now);
                return Optional.empty();
            }
            user.clearFailedSignIns();
        }
        return Optional.of(user.role());
    }

    private void countFailure(UserAccount user, Instant now) {
        LockoutPolicy policy = policy();
        if (user.recordFailedSignIn(now, policy)) {
            audit.append(AuditRecord.event(now, Actor.system().username(), AuditAction.ACCOUNT, null, null, null,
                    "user " + user.username() + " locked until " + user.lockedUntil() + " after " + policy.failures()
                            + " wrong passwords within " + policy.window().toSeconds() + " s"));
        }
    }

    private LockoutPolicy policy() {
        return new LockoutPolicy(lockoutFailures, Duration.ofSeconds(lockoutWindowSeconds), Duration.ofSeconds(lockoutSeconds));
    }
}
