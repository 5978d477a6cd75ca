package org.ioedc.edc.deviation;

import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of a deviation's status: who, when, why. Its id is also the id of the live event that
 * announced it: ids are drawn while the study's deviation lock is held (see DeviationService), so within
 * a study they grow in commit order and a reconnecting monitor's Last-Event-ID says exactly what it missed.
 */
@Entity
@Table(name = "deviation_history", indexes = {
        @Index(name = "deviation_history_stream_idx", columnList = "study_oid, id"),
        @Index(name = "deviation_history_dev_idx", columnList = "deviation_id")})
public class DeviationHistory {

    @Id
    @SequenceGenerator(name = "deviation_event_seq", sequenceName = "deviation_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deviation_event_seq")
    @Column(updatable = false)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "deviation_id", updatable = false)
    private Deviation deviation;

    @Column(name = "study_oid", nullable = false, updatable = false, length = 64)
    private String studyOid;

    @Column(name = "site_oid", nullable = false, updatable = false, length = 64)
    private String siteOid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 25)
    private DeviationChange kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 15)
    private DeviationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 15)
    private DeviationStatus toStatus;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
    private String username;

    @Column(updatable = false, length = 2000)
    private String note;

    /** The form whose save made the change, for changes made by the system. */
    @Column(name = "form_oid", updatable = false, length = 64)
    private String formOid;

    protected DeviationHistory() {
    }

    DeviationHistory(Deviation deviation, DeviationChange kind, DeviationStatus from, DeviationStatus to, Instant at,
                     String username, String note, String formOid) {
        this.deviation = deviation;
        this.studyOid = deviation.studyOid();
        this.siteOid = deviation.siteOid();
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.at = at;
        this.username = username;
        this.note = note;
        this.formOid = formOid;
    }

    public Long id() {
        return id;
    }

    public Deviation deviation() {
        return deviation;
    }

    public String siteOid() {
        return siteOid;
    }

    public DeviationChange kind() {
        return kind;
    }

    public DeviationStatus fromStatus() {
        return fromStatus;
    }

    public DeviationStatus toStatus() {
        return toStatus;
    }

    public Instant at() {
        return at;
    }

    public String username() {
        return username;
    }

    public String note() {
        return note;
    }

    public String formOid() {
        return formOid;
    }
}
