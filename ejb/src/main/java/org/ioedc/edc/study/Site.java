package org.ioedc.edc.study;

import jakarta.persistence.Column;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A site of a study (a hospital or clinic), named by its OID, e.g. SITE-01, in its time zone: "today" at the
 * site decides whether a date entered there is in the future.
 */
@Entity
@Table(name = "site", uniqueConstraints = @UniqueConstraint(columnNames = {"study_id", "oid"}))
public class Site {

    @Id
    @SequenceGenerator(name = "site_seq", sequenceName = "site_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "study_id")
    private Study study;

    @Column(nullable = false, length = 64)
    private String oid;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

    protected Site() {
    }

    public Site(Study study, String oid, String name, ZoneId timeZone) {
        this.study = study;
        this.oid = oid;
        this.name = name;
        this.timeZone = timeZone.getId();
    }

    public Long id() {
        return id;
    }

    public Study study() {
        return study;
    }

    public String oid() {
        return oid;
    }

    public String name() {
        return name;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    /** The calendar date at the site now. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone()));
    }
}
