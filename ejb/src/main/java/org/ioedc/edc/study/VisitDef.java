package org.ioedc.edc.study;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A scheduled visit of the study (an ODM StudyEventDef): its target day relative to the first dose
 * (day 1 is the day of first dose, negative days are screening) and the window allowed before and after.
 */
@Entity
@Table(name = "visit_def", uniqueConstraints = @UniqueConstraint(columnNames = {"study_id", "oid"}))
public class VisitDef {

    @Id
    @SequenceGenerator(name = "visit_def_seq", sequenceName = "visit_def_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_def_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "study_id")
    private Study study;

    @Column(nullable = false, length = 64)
    private String oid;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "target_day", nullable = false)
    private int targetDay;

    @Column(name = "window_before", nullable = false)
    private int windowBefore;

    @Column(name = "window_after", nullable = false)
    private int windowAfter;

    @Column(name = "sort_order", nullable = false)
    private int order;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_def_form", joinColumns = @JoinColumn(name = "visit_def_id"))
    @OrderColumn(name = "position")
    @Column(name = "form_oid", length = 64)
    private List<String> forms = new ArrayList<>();

    protected VisitDef() {
    }

    public VisitDef(Study study, String oid, String name, int targetDay, int windowBefore, int windowAfter,
                    int order, List<String> forms) {
        if (windowBefore < 0 || windowAfter < 0) {
            throw new IllegalArgumentException("visit window days cannot be negative");
        }
        this.study = study;
        this.oid = oid;
        this.name = name;
        this.targetDay = targetDay;
        this.windowBefore = windowBefore;
        this.windowAfter = windowAfter;
        this.order = order;
        this.forms = new ArrayList<>(forms);
    }

    public String oid() {
        return oid;
    }

    public String name() {
        return name;
    }

    public int targetDay() {
        return targetDay;
    }

    public int windowBefore() {
        return windowBefore;
    }

    public int windowAfter() {
        return windowAfter;
    }

    public int order() {
        return order;
    }

    public Study study() {
        return study;
    }

    public List<String> forms() {
        return List.copyOf(forms);
    }

    /** Whether the visit may hold the form: any form when the schedule names none. */
    public boolean allows(String formOid) {
        return forms.isEmpty() || forms.contains(formOid);
    }

    /**
     * The target date for a subject with the given first dose: day 1 is the first dose day, so day N is
     * N - 1 days later (there is no day 0, as in CDISC SDTM study days).
     */
    public LocalDate targetDate(LocalDate firstDose) {
        return targetDay >= 1 ? firstDose.plusDays(targetDay - 1L) : firstDose.plusDays(targetDay);
    }
}
