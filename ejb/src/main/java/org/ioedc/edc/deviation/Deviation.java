package org.ioedc.edc.deviation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ioedc.edc.common.ConflictException;
import org.ioedc.edc.subject.Subject;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.Severity;

/**
 * A protocol deviation of one subject: the rule that found it, the fact it found (its key is unique per
 * subject and rule, so the same fact is never flagged twice), the values that fired it, and its review
 * status with the history of every change.
 */
@Entity
@Table(name = "deviation",
        uniqueConstraints = @UniqueConstraint(name = "deviation_fact_uq", columnNames = {"subject_id", "rule_id", "fact_key"}),
        indexes = @Index(name = "deviation_study_idx", columnList = "study_oid, site_oid, status"))
public class Deviation {

    @Id
    @SequenceGenerator(name = "deviation_seq", sequenceName = "deviation_seq", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deviation_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    /** Copies of the subject's study, site and id, so the log filters without joins. */
    @Column(name = "study_oid", nullable = false, length = 64)
    private String studyOid;

    @Column(name = "site_oid", nullable = false, length = 64)
    private String siteOid;

    @Column(name = "subject_key", nullable = false, length = 64)
    private String subjectKey;

    @Column(name = "visit_oid", length = 64)
    private String visitOid;

    @Column(name = "rule_id", nullable = false, length = 64)
    private String ruleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(name = "fact_key", nullable = false, length = 200)
    private String factKey;

    @Column(nullable = false, length = 2000)
    private String message;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deviation_value", joinColumns = @JoinColumn(name = "deviation_id"))
    @MapKeyColumn(name = "name", length = 100)
    @Column(name = "item_value", length = 2000)
    private Map<String, String> values = new TreeMap<>();

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "detected_form_oid", length = 64)
    private String detectedFormOid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private DeviationStatus status;

    @Column(name = "closing_note", length = 2000)
    private String closingNote;

    /** Whether the system closed it because the data was corrected (then the fact coming back reopens it). */
    @Column(name = "closed_by_correction", nullable = false)
    private boolean closedByCorrection;

    @OneToMany(mappedBy = "deviation", fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<DeviationHistory> history = new ArrayList<>();

    @Version
    private long version;

    protected Deviation() {
    }

    Deviation(Subject subject, String ruleId, Severity severity, DeviationFinding finding, Instant at, String formOid) {
        this.subject = subject;
        this.studyOid = subject.study().oid();
        this.siteOid = subject.site().oid();
        this.subjectKey = subject.subjectKey();
        this.visitOid = finding.visitOid();
        this.ruleId = ruleId;
        this.severity = severity;
        this.factKey = finding.factKey();
        this.message = finding.message();
        this.values = new TreeMap<>(finding.values());
        this.detectedAt = at;
        this.detectedFormOid = formOid;
        this.status = DeviationStatus.OPEN;
    }

    DeviationHistory acknowledge(Instant at, String by, String note) {
        if (status != DeviationStatus.OPEN) {
            throw new ConflictException("Deviation " + id + " is " + status.name().toLowerCase() + "; only an open deviation can be acknowledged");
        }
        return change(DeviationChange.ACKNOWLEDGED, DeviationStatus.ACKNOWLEDGED, at, by, note, null);
    }

    DeviationHistory close(Instant at, String by, String note) {
        if (status == DeviationStatus.CLOSED) {
            throw new ConflictException("Deviation " + id + " is already closed");
        }
        closingNote = note;
        closedByCorrection = false;
        return change(DeviationChange.CLOSED, DeviationStatus.CLOSED, at, by, note, null);
    }

    DeviationHistory closeByCorrection(Instant at, String by, String note, String formOid) {
        closingNote = note;
        closedByCorrection = true;
        return change(DeviationChange.CLOSED_BY_CORRECTION, DeviationStatus.CLOSED, at, by, note, formOid);
    }

    /** The fact is found again after a correction closed it: open again, with what the rule says now. */
    DeviationHistory reopen(DeviationFinding finding, Instant at, String by, String note, String formOid) {
        message = finding.message();
        visitOid = finding.visitOid();
        values.clear();
        values.putAll(finding.values());
        closingNote = null;
        closedByCorrection = false;
        return change(DeviationChange.REOPENED, DeviationStatus.OPEN, at, by, note, formOid);
    }

    DeviationHistory raised(Instant at, String by, String note) {
        return change(DeviationChange.RAISED, DeviationStatus.OPEN, at, by, note, detectedFormOid);
    }

    private DeviationHistory change(DeviationChange kind, DeviationStatus to, Instant at, String by, String note, String formOid) {
        DeviationStatus from = kind == DeviationChange.RAISED ? null : status;
        status = to;
        DeviationHistory entry = new DeviationHistory(this, kind, from, to, at, by, note, formOid);
        history.add(entry);
        return entry;
    }

    public Long id() {
        return id;
    }

    public Subject subject() {
        return subject;
    }

    public String studyOid() {
        return studyOid;
    }

    public String siteOid() {
        return siteOid;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public String visitOid() {
        return visitOid;
    }

    public String ruleId() {
        return ruleId;
    }

    public Severity severity() {
        return severity;
    }

    public String factKey() {
        return factKey;
    }

    public String message() {
        return message;
    }

    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public DeviationStatus status() {
        return status;
    }

    public String closingNote() {
        return closingNote;
    }

    public boolean closedByCorrection() {
        return closedByCorrection;
    }

    public List<DeviationHistory> history() {
        return List.copyOf(history);
    }
}
