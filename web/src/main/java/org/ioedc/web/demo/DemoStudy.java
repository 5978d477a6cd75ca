package org.ioedc.web.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.Role;
import org.ioedc.edc.crf.DataEntryService;
import org.ioedc.edc.crf.FormSaveRequest;
import org.ioedc.edc.crf.FormStatus;
import org.ioedc.edc.study.FormCatalog;
import org.ioedc.edc.study.StudySetupService;
import org.ioedc.edc.subject.SubjectService;
import org.ioedc.edc.user.UserService;

/**
 * The demo study of spec/api.md, built through the same services an administrator and the coordinators
 * use, so the demo's audit trail reads like a real one.
 */
@Stateless
public class DemoStudy {

    static final String STUDY_OID = "IO-DEMO-01";

    /** The modules the demo enables; those this build does not have yet are left out at seeding. */
    static final Set<String> MODULES = Set.of("IRECIST", "IRAE", "TBP", "SUBSEQUENT_THERAPY", "EXPOSURE");

    @EJB
    private StudySetupService setup;

    @EJB
    private UserService users;

    @EJB
    private SubjectService subjects;

    @EJB
    private DataEntryService entry;

    @Inject
    private FormCatalog catalog;

    public void seed(String password) {
        Actor admin = Actor.system();
        Set<String> available = MODULES.stream().filter(id -> catalog.modules().module(id).isPresent())
                .collect(Collectors.toSet());
        setup.createStudy(admin, STUDY_OID, "Demo: anti-PD-1 antibody in advanced melanoma", available, 28);
        setup.addSite(admin, STUDY_OID, "SITE-01", "University Hospital A", "UTC");
        setup.addSite(admin, STUDY_OID, "SITE-02", "Cancer Centre B", "UTC");
        // The iRECIST baseline scan belongs to screening; follow-up scans are the F.TUFU log (any date).
        List<String> baselineForms = available.contains("IRECIST")
                ? List.of("F.DM", "F.VS", "F.LB", "F.TUBL") : List.of("F.DM", "F.VS", "F.LB");
        List<String> cycleForms = List.of("F.VS", "F.LB");
        setup.addVisit(admin, STUDY_OID, "SCREENING", "Screening", -14, 14, 13, baselineForms);
        setup.addVisit(admin, STUDY_OID, "C1D1", "Cycle 1 day 1", 1, 0, 0, cycleForms);
        setup.addVisit(admin, STUDY_OID, "C2D1", "Cycle 2 day 1", 22, 3, 3, cycleForms);
        setup.addVisit(admin, STUDY_OID, "C3D1", "Cycle 3 day 1", 43, 3, 3, cycleForms);
        setup.addVisit(admin, STUDY_OID, "WEEK9", "Week 9 tumour assessment", 57, 7, 7, List.of());
        setup.addVisit(admin, STUDY_OID, "C4D1", "Cycle 4 day 1", 64, 3, 3, cycleForms);

        users.create(admin, "admin", password, Role.ADMINISTRATOR, Set.of(), Set.of());
        users.create(admin, "coordinator1", password, Role.COORDINATOR, Set.of(site("SITE-01")), Set.of());
        users.create(admin, "coordinator2", password, Role.COORDINATOR, Set.of(site("SITE-02")), Set.of());
        users.create(admin, "monitor1", password, Role.MONITOR, Set.of(site("SITE-01")), Set.of());
        users.create(admin, "datamanager1", password, Role.DATA_MANAGER, Set.of(), Set.of(STUDY_OID));

        Actor coordinator1 = users.actorFor("coordinator1").orElseThrow();
        Actor coordinator2 = users.actorFor("coordinator2").orElseThrow();
        enrol(coordinator1, "SITE-01", "IO-01-001", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15), "F", "1961-04-12", 0);
        enrol(coordinator1, "SITE-01", "IO-01-002", LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 22), "M", "1954-11-30", 1);
        enrol(coordinator1, "SITE-01", "IO-01-003", LocalDate.of(2026, 10, 20), null, "M", "1970-02-02", 1);
        enrol(coordinator2, "SITE-02", "IO-02-001", LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 17), "F", "1966-07-21", 0);
        enrol(coordinator2, "SITE-02", "IO-02-002", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 14), "M", "1958-01-05", 1);
    }

    private void enrol(Actor coordinator, String site, String subjectId, LocalDate consent, LocalDate firstDose,
                       String sex, String birthDate, int ecog) {
        subjects.enrol(coordinator, STUDY_OID, site, subjectId, "SCR-" + subjectId.substring(3), consent, firstDose);
        entry.saveVisitForm(coordinator, STUDY_OID, subjectId, "SCREENING", "F.DM", new FormSaveRequest(Map.of(
                "DM.BRTHDAT", birthDate, "DM.SEX", sex, "DM.PRIMDIAG", "Cutaneous melanoma, stage IV",
                "DM.DIAGDAT", consent.minusMonths(5).toString()), List.of(), FormStatus.COMPLETE, null, null));
        entry.saveVisitForm(coordinator, STUDY_OID, subjectId, "SCREENING", "F.VS", new FormSaveRequest(Map.of(
                "VS.VSDAT", consent.plusDays(2).toString(), "VS.SYSBP", "128", "VS.DIABP", "79", "VS.PULSE", "72",
                "VS.TEMP", "36.7", "VS.WEIGHT", "74.5", "VS.HEIGHT", "171", "VS.ECOG", String.valueOf(ecog)),
                List.of(), FormStatus.COMPLETE, null, null));
    }

    private static Actor.SiteKey site(String siteOid) {
        return new Actor.SiteKey(STUDY_OID, siteOid);
    }

}
