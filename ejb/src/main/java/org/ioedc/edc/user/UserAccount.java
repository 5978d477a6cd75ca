package org.ioedc.edc.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.Role;
import org.ioedc.edc.study.Site;
import org.ioedc.edc.study.Study;

/**
 * A person who signs in. The password is kept only as a PBKDF2 hash (Jakarta Security
 * Pbkdf2PasswordHash format); the table is read by the identity store at every request.
 */
@Entity
@Table(name = "edc_user")
public class UserAccount {

    @Id
    @SequenceGenerator(name = "edc_user_seq", sequenceName = "edc_user_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "edc_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean active = true;

    /** Wrong passwords since {@link #firstFailureAt}; null (none) on rows older than the lockout. */
    @Column(name = "failed_sign_ins")
    private Integer failedSignIns;

    @Column(name = "first_failure_at")
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "edc_user_site", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "site_id"))
    private Set<Site> sites = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "edc_user_study", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "study_id"))
    private Set<Study> studies = new HashSet<>();

    protected UserAccount() {
    }

    /**
     * A user in a role. Coordinators and monitors need at least one site, data managers at least one
     * study; an administrator has neither.
     */
    public UserAccount(String username, String passwordHash, Role role, Set<Site> sites, Set<Study> studies) {
        boolean siteBound = role == Role.COORDINATOR || role == Role.MONITOR;
        if (siteBound && (sites.isEmpty() || !studies.isEmpty())) {
            throw new IllegalArgumentException("a " + role.name().toLowerCase() + " is bound to one or more sites, not to studies");
        }
        if (role == Role.DATA_MANAGER && (studies.isEmpty() || !sites.isEmpty())) {
            throw new IllegalArgumentException("a data manager is bound to one or more whole studies, not to sites");
        }
        if (role == Role.ADMINISTRATOR && (!sites.isEmpty() || !studies.isEmpty())) {
            throw new IllegalArgumentException("an administrator is bound to no site or study");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.sites = new HashSet<>(sites);
        this.studies = new HashSet<>(studies);
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    public boolean active() {
        return active;
    }

    public String passwordHash() {
        return passwordHash;
    }

    /** Whether password sign-in is refused at {@code now} after repeated wrong passwords. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Until when the account is locked, or null. */
    public Instant lockedUntil() {
        return lockedUntil;
    }

    /**
     * Counts a wrong password. The count restarts when the window since the first counted failure has
     * passed; reaching the policy's number of failures locks the account. Returns whether this failure
     * locked it.
     */
    public boolean recordFailedSignIn(Instant now, LockoutPolicy policy) {
        if (firstFailureAt == null || !now.isBefore(firstFailureAt.plus(policy.window()))) {
            firstFailureAt = now;
            failedSignIns = 0;
        }
        failedSignIns = failedSignIns == null ? 1 : failedSignIns + 1;
        if (failedSignIns < policy.failures()) {
            return false;
        }
        lockedUntil = now.plus(policy.lockFor());
        failedSignIns = null;
        firstFailureAt = null;
        return true;
    }

    /** Whether a successful sign-in has failures to forget. */
    public boolean hasFailedSignIns() {
        return failedSignIns != null && failedSignIns > 0;
    }

    /** A correct password, or an administrator's unlock: earlier failures and any lock are forgotten. */
    public void clearFailedSignIns() {
        failedSignIns = null;
        firstFailureAt = null;
        lockedUntil = null;
    }

    public Set<Site> sites() {
        return Set.copyOf(sites);
    }

    public Set<Study> studies() {
        return Set.copyOf(studies);
    }

    public Actor toActor() {
        return new Actor(username, role,
                sites.stream().map(s -> new Actor.SiteKey(s.study().oid(), s.oid())).collect(Collectors.toSet()),
                studies.stream().map(Study::oid).collect(Collectors.toSet()));
    }
}
