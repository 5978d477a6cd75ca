package org.ioedc.edc.user;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ioedc.edc.audit.AuditAction;
import org.ioedc.edc.audit.AuditRecord;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.DuplicateException;
import org.ioedc.edc.common.ForbiddenException;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.common.NotFoundException;
import org.ioedc.edc.common.Role;
import org.ioedc.edc.study.Site;
import org.ioedc.edc.study.Study;
import org.ioedc.edc.study.StudySetupService;

/** Users and their scopes; passwords are stored only as PBKDF2 hashes. */
@Stateless
public class UserService {

    /**
     * PBKDF2-HMAC-SHA256 parameters for new hashes (the stored hash carries its own, so they can be
     * raised later without breaking existing users). Basic credentials are checked at each request
     * unless a session is kept, so the iteration count trades brute-force cost against request cost.
     */
    public static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "100000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,63}";

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash hash;

    @EJB
    private StudySetupService studies;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @PostConstruct
    void init() {
        hash.initialize(HASH_PARAMETERS);
    }

    /**
     * Creates a user. Sites are given as study OID and site OID pairs; studies (data managers) by OID.
     */
    /** Longer than any pass phrase, short enough that hashing it costs nothing unusual. */
    static final int MAX_PASSWORD = 1024;

    public UserAccount create(Actor actor, String username, String password, Role role,
                              Set<Actor.SiteKey> siteKeys, Set<String> studyOids) {
        if (actor.role() != Role.ADMINISTRATOR) {
            throw new ForbiddenException("Only an administrator may create users");
        }
        if (username == null || !username.matches(USERNAME)) {
            throw InvalidDataException.of("username", "must be 2 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (password == null || password.length() < 8 || password.length() > MAX_PASSWORD) {
            throw InvalidDataException.of("password", "must have 8 to " + MAX_PASSWORD + " characters");
        }
        if (role == null) {
            throw InvalidDataException.of("role", "is required: COORDINATOR, MONITOR, DATA_MANAGER or ADMINISTRATOR");
        }
        if (find(username).isPresent()) {
            throw new DuplicateException("User " + username + " already exists");
        }
        Set<Site> sites = new HashSet<>();
        for (Actor.SiteKey key : siteKeys == null ? Set.<Actor.SiteKey>of() : siteKeys) {
            sites.add(studies.findSite(key.studyOid(), key.siteOid()).orElseThrow(() ->
                    InvalidDataException.of("sites", "site " + key.siteOid() + " of study " + key.studyOid() + " does not exist")));
        }
        Set<Study> studySet = new HashSet<>();
        for (String oid : studyOids == null ? Set.<String>of() : studyOids) {
            studySet.add(studies.findStudy(oid).orElseThrow(() -> InvalidDataException.of("studies", "study " + oid + " does not exist")));
        }
        UserAccount user;
        try {
            user = new UserAccount(username, hash.generate(password.toCharArray()), role, sites, studySet);
        } catch (IllegalArgumentException e) {
            throw InvalidDataException.of(role == Role.DATA_MANAGER ? "studies" : "sites", e.getMessage());
        }
        em.persist(user);
        audit.append(AuditRecord.event(Instant.now(clock), actor.username(), AuditAction.STUDY_SETUP, null, null, null,
                "user " + username + " created as " + role + " for sites " + siteKeys + " studies " + studyOids));
        return user;
    }

    /**
     * Lifts a lockout after repeated wrong passwords (and forgets the failures counted so far), audited
     * with whether the account was locked.
     */
    public UserAccount unlock(Actor actor, String username) {
        if (actor.role() != Role.ADMINISTRATOR) {
            throw new ForbiddenException("Only an administrator may unlock users");
        }
        UserAccount user = find(username).orElseThrow(() -> new NotFoundException("User " + username + " not found"));
        em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        String was = user.lockedAt(now) ? "was locked until " + user.lockedUntil() : "was not locked";
        user.clearFailedSignIns();
        audit.append(AuditRecord.event(now, actor.username(), AuditAction.ACCOUNT, null, null, null,
                "user " + username + " unlocked (" + was + ")"));
        return user;
    }

    public Optional<UserAccount> find(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    /** The acting user for an authenticated name; empty when the account is missing or inactive. */
    public Optional<Actor> actorFor(String username) {
        return find(username).filter(UserAccount::active).map(UserAccount::toActor);
    }

    public List<UserAccount> list(Actor actor) {
        if (actor.role() != Role.ADMINISTRATOR) {
            throw new ForbiddenException("Only an administrator may list users");
        }
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }
}
