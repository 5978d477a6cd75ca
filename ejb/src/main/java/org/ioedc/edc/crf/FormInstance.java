package org.ioedc.edc.crf;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ioedc.edc.common.LockedException;
import org.ioedc.edc.common.DataLock;
import org.ioedc.edc.common.EffectiveLock;
import org.ioedc.edc.common.LockState;
import org.ioedc.edc.subject.Subject;

/**
 * One instance of a form for a subject: at a visit (visit forms) or in the subject's log (log forms
 * such as adverse events, numbered 1, 2, 3 ...). Holds its current values, a status and a version for
 * optimistic locking, so two people saving the same form cannot overwrite each other unseen.
 */
@Entity
@Table(name = "form_instance", uniqueConstraints = @UniqueConstraint(columnNames = {"subject_id", "instance_key"}))
public class FormInstance {

    @Id
    @SequenceGenerator(name = "form_instance_seq", sequenceName = "form_instance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_instance_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @Column(name = "form_oid", nullable = false, length = 64)
    private String formOid;

    @Column(name = "visit_oid", length = 64)
    private String visitOid;

    /** Log number of a log form (1, 2, 3 ...); 0 for a visit form. */
    @Column(name = "log_number", nullable = false)
    private int logNumber;

    @Column(name = "instance_key", nullable = false, length = 140)
    private String instanceKey;

    @Column(name = "visit_date")
    private LocalDate visitDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FormStatus status;

    @Column(name = "first_completed_at")
    private Instant firstCompletedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Embedded
    private DataLock lock;

    @Version
    private long version;

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private List<ItemValue> values = new ArrayList<>();

    protected FormInstance() {
    }

    private FormInstance(Subject subject, String formOid, String visitOid, int logNumber, Instant at, String by) {
        this.subject = subject;
        this.formOid = formOid;
        this.visitOid = visitOid;
        this.logNumber = logNumber;
        this.instanceKey = visitOid != null ? visitKey(formOid, visitOid) : logKey(formOid, logNumber);
        this.status = FormStatus.IN_PROGRESS;
        this.createdAt = at;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** The instance key of a visit form: unique per subject, one instance of a form per visit. */
    static String visitKey(String formOid, String visitOid) {
        return formOid + "@" + visitOid;
    }

    /** The instance key of a log form's n-th instance. */
    static String logKey(String formOid, int logNumber) {
        return formOid + "#" + logNumber;
    }

    public static FormInstance atVisit(Subject subject, String formOid, String visitOid, Instant at, String by) {
        return new FormInstance(subject, formOid, visitOid, 0, at, by);
    }

    public static FormInstance inLog(Subject subject, String formOid, int logNumber, Instant at, String by) {
        return new FormInstance(subject, formOid, null, logNumber, at, by);
    }

    public Long id() {
        return id;
    }

    public Subject subject() {
        return subject;
    }

    public String formOid() {
        return formOid;
    }

    public String visitOid() {
        return visitOid;
    }

    public int logNumber() {
        return logNumber;
    }

    public String instanceKey() {
        return instanceKey;
    }

    public LocalDate visitDate() {
        return visitDate;
    }

    /** The status as users see it: FROZEN or LOCKED while the form, its subject or its study is, else the entry status. */
    public FormStatus status() {
        return switch (effectiveLock().state()) {
            case LOCKED -> FormStatus.LOCKED;
            case FROZEN -> FormStatus.FROZEN;
            case OPEN -> status;
        };
    }

    /** The data-entry status (IN_PROGRESS or COMPLETE) whatever the locks. */
    public FormStatus entryStatus() {
        return status;
    }

    /** This form's own freeze or lock (the subject's and study's are theirs). */
    public DataLock lock() {
        return DataLock.of(lock);
    }

    /** The lock over this form: the strongest of its study's, its subject's and its own. */
    public EffectiveLock effectiveLock() {
        return subject.effectiveLock().or(lock, "form " + label());
    }

    /** Sets this form's own freeze or lock; the lock service checks the role, the reason and the audit. */
    public void changeLock(LockState state, String by, Instant at) {
        this.lock = DataLock.set(state, by, at);
    }

    /** How users name this instance: {@code F.VS at C1D1} or {@code F.AE #2}. */
    public String label() {
        return visitOid != null ? formOid + " at " + visitOid : formOid + " #" + logNumber;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public boolean wasEverComplete() {
        return firstCompletedAt != null;
    }

    public List<ItemValue> itemValues() {
        return List.copyOf(values);
    }

    /** The current values by where they sit. */
    public SortedMap<ValueKey, String> currentValues() {
        SortedMap<ValueKey, String> map = new TreeMap<>();
        values.forEach(v -> map.put(new ValueKey(v.itemGroupOid(), v.repeatKey(), v.itemOid()), v.value()));
        return map;
    }

    /**
     * Refuses a data change when the form, its subject or its study is frozen or locked (data managers'
     * freeze and lock, docs/review.md): every writer of values calls this.
     */
    public void requireWritable() {
        EffectiveLock l = effectiveLock();
        if (l.state() != LockState.OPEN) {
            throw new LockedException("Form " + label() + " of subject " + subject.subjectKey() + " is " + l.describe()
                    + " and accepts no data changes");
        }
    }

    /**
     * Refuses review work (answering, opening or closing a query, source data verification) when the
     * form, its subject or its study is locked. A frozen form still accepts it: its queries can be
     * answered without changing data.
     */
    public void requireNotLocked() {
        EffectiveLock l = effectiveLock();
        if (l.state() == LockState.LOCKED) {
            throw new LockedException("Form " + label() + " of subject " + subject.subjectKey() + " is " + l.describe()
                    + " and accepts neither data changes nor query answers");
        }
    }

    /**
     * Makes the stored values equal to {@code target} and says what changed. Values absent from the
     * target are removed (the caller built the target from the stored values and the request).
     */
    public List<ItemChange> replaceValues(Map<ValueKey, String> target, ValueOrigin origin, String sourceRef,
                                          Instant at, String by) {
        requireWritable();
        return apply(target, origin, sourceRef, at, by);
    }

    private List<ItemChange> apply(Map<ValueKey, String> target, ValueOrigin origin, String sourceRef, Instant at, String by) {
        List<ItemChange> changes = new ArrayList<>();
        Iterator<ItemValue> it = values.iterator();
        while (it.hasNext()) {
            ItemValue stored = it.next();
            ValueKey key = new ValueKey(stored.itemGroupOid(), stored.repeatKey(), stored.itemOid());
            String wanted = target.get(key);
            if (wanted == null) {
                changes.add(new ItemChange(key, stored.value(), null));
                it.remove();
            } else if (!wanted.equals(stored.value())) {
                changes.add(new ItemChange(key, stored.value(), wanted));
                stored.change(wanted, origin, sourceRef, at, by);
            }
        }
        SortedMap<ValueKey, String> current = currentValues();
        target.forEach((key, value) -> {
            if (!current.containsKey(key)) {
                values.add(new ItemValue(this, key.itemGroupOid(), key.repeatKey(), key.itemOid(), value,
                        origin, sourceRef, at, by));
                changes.add(new ItemChange(key, null, value));
            }
        });
        if (!changes.isEmpty()) {
            touch(at, by);
        }
        changes.sort((a, b) -> a.key().compareTo(b.key()));
        return changes;
    }

    /**
     * Sets the derived values of this form: each key to its value, or cleared when the value is null.
     * Keys not named keep their value. Writes nothing, and so refuses nothing, when every value is
     * already as wanted. A frozen form takes the change: freezing stops the site's entries, while a
     * derived value follows the entered values it is computed from, which may sit on other, open forms
     * (a frozen baseline must not stop the next scan from being entered, a frozen iUPD scan must not
     * stop its confirmation). A locked form refuses it ({@link #requireNotLocked()}): locked data is final.
     */
    public List<ItemChange> replaceDerivedValues(Map<ValueKey, String> derived, Instant at, String by) {
        SortedMap<ValueKey, String> current = currentValues();
        SortedMap<ValueKey, String> target = new TreeMap<>(current);
        derived.forEach((key, value) -> {
            if (value == null) {
                target.remove(key);
            } else {
                target.put(key, value);
            }
        });
        if (target.equals(current)) {
            return List.of();
        }
        requireNotLocked();
        return apply(target, ValueOrigin.DERIVED, null, at, by);
    }

    /** Moves between in progress and complete; the first complete save starts the reason-for-change rule. */
    public void markStatus(FormStatus newStatus, Instant at, String by) {
        if (newStatus != FormStatus.IN_PROGRESS && newStatus != FormStatus.COMPLETE) {
            throw new IllegalArgumentException("data entry sets only IN_PROGRESS or COMPLETE");
        }
        requireWritable();
        if (newStatus == FormStatus.COMPLETE && firstCompletedAt == null) {
            firstCompletedAt = at;
        }
        if (status != newStatus) {
            status = newStatus;
            touch(at, by);
        }
    }

    public void recordVisitDate(LocalDate date) {
        this.visitDate = date;
    }

    private void touch(Instant at, String by) {
        updatedAt = at;
        updatedBy = by;
    }
}
