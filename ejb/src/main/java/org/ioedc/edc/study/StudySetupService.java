package org.ioedc.edc.study;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ioedc.edc.audit.AuditAction;
import org.ioedc.edc.audit.AuditRecord;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.DuplicateException;
import org.ioedc.edc.common.ForbiddenException;
import org.ioedc.edc.common.FreeText;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.common.NotFoundException;
import org.ioedc.edc.common.Role;

/** Study set-up by administrators: studies, sites, the schedule of visits, the enabled trial modules. */
@Stateless
public class StudySetupService {

    private static final String OID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private FormCatalog catalog;

    @Inject
    private Clock clock;

    public Study createStudy(Actor actor, String oid, String name, Set<String> modules, Integer baselineWindowDays) {
        requireAdmin(actor);
        requireOid("oid", oid);
        name = FreeText.required("name", name, FreeText.NAME);
        Set<String> moduleIds = checkedModules(modules);
        int window = baselineWindowDays == null ? 28 : baselineWindowDays;
        if (window < 0) {
            throw InvalidDataException.of("baselineWindowDays", "cannot be negative");
        }
        if (findStudy(oid).isPresent()) {
            throw new DuplicateException("Study " + oid + " already exists");
        }
        Study study = new Study(oid, name, moduleIds, window);
        em.persist(study);
        record(actor, oid, null, "study " + oid + " created; modules " + moduleIds);
        return study;
    }

    public Study setModules(Actor actor, String studyOid, Set<String> modules) {
        requireAdmin(actor);
        Study study = study(actor, studyOid);
        Set<String> moduleIds = checkedModules(modules);
        study.enableModules(moduleIds);
        record(actor, studyOid, null, "modules set to " + moduleIds);
        return study;
    }

    public Site addSite(Actor actor, String studyOid, String siteOid, String name, String timeZone) {
        requireAdmin(actor);
        requireOid("oid", siteOid);
        name = FreeText.required("name", name, FreeText.NAME);
        ZoneId zone = siteTimeZone(timeZone);
        Study study = study(actor, studyOid);
        if (findSite(studyOid, siteOid).isPresent()) {
            throw new DuplicateException("Site " + siteOid + " already exists in study " + studyOid);
        }
        Site site = new Site(study, siteOid, name, zone);
        em.persist(site);
        record(actor, studyOid, siteOid, "site " + siteOid + " added");
        return site;
    }

    /** A region of the IANA time zone database (Europe/Berlin, Asia/Shanghai) or UTC; none given is UTC. */
    private static ZoneId siteTimeZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.of("UTC");
        }
        if (timeZone.length() > 64 || !ZoneId.getAvailableZoneIds().contains(timeZone) && !"UTC".equals(timeZone)) {
            throw InvalidDataException.of("timeZone", "must be a time zone of the IANA database such as Europe/Berlin "
                    + "or Asia/Shanghai, or UTC");
        }
        return ZoneId.of(timeZone);
    }

    public VisitDef addVisit(Actor actor, String studyOid, String visitOid, String name, Integer targetDay,
                             Integer windowBefore, Integer windowAfter, List<String> forms) {
        requireAdmin(actor);
        requireOid("oid", visitOid);
        name = FreeText.required("name", name, FreeText.NAME);
        if (targetDay == null) {
            throw InvalidDataException.of("targetDay", "is required (day 1 is the day of first dose)");
        }
        if (targetDay == 0) {
            throw InvalidDataException.of("targetDay", "day 0 does not exist: day 1 is the day of first dose, day -1 the day before");
        }
        int before = windowBefore == null ? 0 : windowBefore;
        int after = windowAfter == null ? 0 : windowAfter;
        if (before < 0 || after < 0) {
            throw InvalidDataException.of(before < 0 ? "windowBefore" : "windowAfter", "cannot be negative");
        }
        Study study = study(actor, studyOid);
        List<String> formOids = forms == null ? List.of() : List.copyOf(forms);
        for (String formOid : formOids) {
            if (catalog.form(study, formOid).isEmpty()) {
                throw InvalidDataException.of("forms", formOid + " is not a form of the study's enabled modules");
            }
        }
        if (findVisit(studyOid, visitOid).isPresent()) {
            throw new DuplicateException("Visit " + visitOid + " already exists in study " + studyOid);
        }
        int order = schedule(studyOid).size() + 1;
        VisitDef visit = new VisitDef(study, visitOid, name, targetDay, before, after, order, formOids);
        em.persist(visit);
        record(actor, studyOid, null, "visit " + visitOid + " added: day " + targetDay + " -" + before + "/+" + after);
        return visit;
    }

    /** A study the actor may see, or 404. */
    public Study study(Actor actor, String studyOid) {
        return findStudy(studyOid).filter(s -> actor.canSeeStudy(s.oid()))
                .orElseThrow(() -> new NotFoundException("Study " + studyOid + " not found"));
    }

    public List<Study> studies(Actor actor) {
        return em.createQuery("select s from Study s order by s.oid", Study.class).getResultList().stream()
                .filter(s -> actor.canSeeStudy(s.oid())).toList();
    }

    public List<Site> sites(Actor actor, String studyOid) {
        study(actor, studyOid);
        return em.createQuery("select s from Site s where s.study.oid = :study order by s.oid", Site.class)
                .setParameter("study", studyOid).getResultList().stream()
                .filter(s -> actor.canSee(studyOid, s.oid())).toList();
    }

    public List<VisitDef> schedule(Actor actor, String studyOid) {
        study(actor, studyOid);
        return schedule(studyOid);
    }

    public Optional<Study> findStudy(String oid) {
        return em.createQuery("select s from Study s where s.oid = :oid", Study.class)
                .setParameter("oid", oid).getResultStream().findFirst();
    }

    public Optional<Site> findSite(String studyOid, String siteOid) {
        return em.createQuery("select s from Site s where s.study.oid = :study and s.oid = :oid", Site.class)
                .setParameter("study", studyOid).setParameter("oid", siteOid).getResultStream().findFirst();
    }

    public Optional<VisitDef> findVisit(String studyOid, String visitOid) {
        return em.createQuery("select v from VisitDef v where v.study.oid = :study and v.oid = :oid", VisitDef.class)
                .setParameter("study", studyOid).setParameter("oid", visitOid).getResultStream().findFirst();
    }

    private List<VisitDef> schedule(String studyOid) {
        return em.createQuery("select v from VisitDef v where v.study.oid = :study order by v.order", VisitDef.class)
                .setParameter("study", studyOid).getResultList();
    }

    private Set<String> checkedModules(Set<String> modules) {
        Set<String> ids = new TreeSet<>(modules == null ? Set.of() : modules);
        for (String id : ids) {
            if (catalog.modules().module(id).isEmpty()) {
                throw InvalidDataException.of("modules", "unknown trial module " + id + "; known: "
                        + catalog.modules().all().stream().map(m -> m.id()).toList());
            }
        }
        return ids;
    }

    private void record(Actor actor, String studyOid, String siteOid, String what) {
        audit.append(AuditRecord.event(Instant.now(clock), actor.username(), AuditAction.STUDY_SETUP, studyOid, siteOid, null, what));
    }

    static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMINISTRATOR) {
            throw new ForbiddenException("Only an administrator may change the study set-up");
        }
    }

    static void requireOid(String field, String oid) {
        if (oid == null || !oid.matches(OID_PATTERN)) {
            throw InvalidDataException.of(field, "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

}
