package org.ioedc.edc.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.ioedc.edc.common.LockedException;
import org.ioedc.edc.common.DataLock;
import org.ioedc.edc.common.EffectiveLock;
import org.ioedc.edc.common.LockState;
import org.ioedc.edc.study.Site;
import org.ioedc.edc.study.Study;

/** A subject enrolled at one site of a study. */
@Entity
@Table(name = "subject", uniqueConstraints = @UniqueConstraint(columnNames = {"study_id", "subject_key"}))
public class Subject {

    @Id
    @SequenceGenerator(name = "subject_seq", sequenceName = "subject_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subject_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "study_id")
    private Study study;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "site_id")
    private Site site;

    @Column(name = "subject_key", nullable = false, length = 64)
    private String subjectKey;

    @Column(name = "screening_number", length = 64)
    private String screeningNumber;

    @Column(name = "informed_consent_date", nullable = false)
    private LocalDate informedConsentDate;

    @Column(name = "first_dose_date")
    private LocalDate firstDoseDate;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "enrolled_by", nullable = false, length = 64)
    private String enrolledBy;

    @Embedded
    private DataLock lock;

    @Version
    private long version;

    protected Subject() {
    }

    public Subject(Site site, String subjectKey, String screeningNumber, LocalDate informedConsentDate,
                   LocalDate firstDoseDate, Instant enrolledAt, String enrolledBy) {
        if (firstDoseDate != null && firstDoseDate.isBefore(informedConsentDate)) {
            throw new IllegalArgumentException("first dose date cannot be before informed consent");
        }
        this.study = site.study();
        this.site = site;
        this.subjectKey = subjectKey;
        this.screeningNumber = screeningNumber;
        this.informedConsentDate = informedConsentDate;
        this.firstDoseDate = firstDoseDate;
        this.enrolledAt = enrolledAt;
        this.enrolledBy = enrolledBy;
    }

    public Long id() {
        return id;
    }

    public Study study() {
        return study;
    }

    public Site site() {
        return site;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public String screeningNumber() {
        return screeningNumber;
    }

    public LocalDate informedConsentDate() {
        return informedConsentDate;
    }

    public LocalDate firstDoseDate() {
        return firstDoseDate;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public String enrolledBy() {
        return enrolledBy;
    }

    /** This subject's own freeze or lock. */
    public DataLock lock() {
        return DataLock.of(lock);
    }

    /** Sets this subject's own freeze or lock; the lock service checks the role, the reason and the audit. */
    public void changeLock(LockState state, String by, Instant at) {
        this.lock = DataLock.set(state, by, at);
    }

    /** The lock over this subject's data: the study's or the subject's own, whichever is stronger. */
    public EffectiveLock effectiveLock() {
        return EffectiveLock.NONE.or(study.lock(), "study " + study.oid()).or(lock, "subject " + subjectKey);
    }

    /** Refuses a change to the subject's own data (first dose date) while the subject or study is frozen or locked. */
    public void requireWritable() {
        EffectiveLock l = effectiveLock();
        if (l.state() != LockState.OPEN) {
            throw new LockedException("Subject " + subjectKey + " is " + l.describe() + " and accepts no data changes");
        }
    }

    /**
     * Refuses review work on the subject's deviations while the subject or study is locked: locked data
     * is final and takes no review step (docs/review.md). A frozen subject still takes it.
     */
    public void requireNotLocked() {
        EffectiveLock l = effectiveLock();
        if (l.state() == LockState.LOCKED) {
            throw new LockedException("Subject " + subjectKey + " is " + l.describe() + " and takes no review step");
        }
    }

    void changeFirstDose(LocalDate date) {
        if (date.isBefore(informedConsentDate)) {
            throw new IllegalArgumentException("first dose date cannot be before informed consent");
        }
        this.firstDoseDate = date;
    }

    public long version() {
        return version;
    }
}
