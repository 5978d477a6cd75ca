package org.ioedc.edc.query;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.StaleVersionException;
import org.ioedc.edc.common.ForbiddenException;
import org.ioedc.edc.common.FreeText;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.common.NotFoundException;
import org.ioedc.edc.common.Role;
import org.ioedc.edc.crf.DataEntryService;
import org.ioedc.edc.crf.FormInstance;
import org.ioedc.edc.crf.FormInstances;
import org.ioedc.edc.crf.FormLocator;
import org.ioedc.edc.crf.FormSaveRequest;
import org.ioedc.edc.study.FormCatalog;
import org.ioedc.edc.study.StudySetupService;
import org.ioedc.edc.subject.Subject;
import org.ioedc.edc.subject.SubjectService;
import org.ioedc.forms.crf.FormDef;
import org.ioedc.forms.crf.FormMetadata;
import org.ioedc.forms.crf.ItemGroupDef;

/**
 * Manual queries and every step of every query's life, with the permissions of docs/review.md:
 * monitors and data managers open, close, re-open and cancel; site coordinators answer. Everyone sees
 * only the queries of subjects in scope (404 otherwise). A locked form refuses every step; a frozen
 * one accepts them, since no step changes data.
 */
@Stateless
public class QueryService {

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @EJB
    private SubjectService subjects;

    @EJB
    private StudySetupService studies;

    @EJB
    private FormInstances forms;

    @EJB
    private AuditTrail audit;

    @EJB
    private DataEntryService entry;

    @Inject
    private FormCatalog catalog;

    @Inject
    private Clock clock;

    private static final Set<String> CHANGE_FIELDS = Set.of("version", "reasonForChange");

    /** A query on one item, from a monitor or a data manager. */
    public QueryView open(Actor actor, String studyOid, String subjectKey, FormLocator locator, String itemOid,
                          String repeatKey, String text) {
        if (subjectKey == null || subjectKey.isBlank()) {
            throw InvalidDataException.of("subjectId", "is required");
        }
        if (locator.formOid() == null || (locator.visitOid() == null) == (locator.logNumber() == null)) {
            throw InvalidDataException.of(locator.formOid() == null ? "formOid" : "visitOid",
                    "a query names its form by formOid and either visitOid (visit form) or logNumber (log form)");
        }
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        requireReviewer(actor, "open queries");
        FormInstance form = forms.of(subject, locator);
        String message = requireText(text);
        String groupOid = itemGroup(subject, form, itemOid, repeatKey);
        form.requireNotLocked();
        Instant now = Instant.now(clock);
        Query q = Query.manual(form, groupOid, blankToEmpty(repeatKey), itemOid, message, actor.username(), now);
        em.persist(q);
        em.flush();
        audit.append(QueryAudit.of(q, null, message, actor.username(), now));
        return QueryView.of(q, now, true);
    }

    /**
     * The site's answer, optionally with a change of the queried value made in the same transaction by
     * an ordinary form save (so its checks, reason for change, audit and locks apply). The answer comes
     * first: when the change makes an edit check pass, the save then closes the check's query.
     */
    public QueryView answer(Actor actor, String studyOid, long id, String text, AnswerChange change) {
        Query q = query(actor, studyOid, id);
        if (actor.role() != Role.COORDINATOR) {
            throw new ForbiddenException("Only a site coordinator answers queries");
        }
        if (change != null) {
            // The form's row lock first, as a form save takes it before the form's queries: an answer that
            // changes the value and a save of the same form then queue instead of deadlocking.
            em.refresh(q.form(), LockModeType.PESSIMISTIC_WRITE);
        }
        QueryView answered = step(actor, q, text, (query, t, now) -> query.answer(t, actor.username(), now));
        if (change == null) {
            return answered;
        }
        FormInstance form = q.form();
        Map<String, String> value = new HashMap<>();
        value.put(q.itemOid(), change.value());
        FormSaveRequest request = q.repeatKey().isEmpty()
                ? new FormSaveRequest(value, List.of(), form.entryStatus(), change.version(), change.reasonForChange())
                : new FormSaveRequest(Map.of(), List.of(new FormSaveRequest.RowChange(q.itemGroupOid(), q.repeatKey(), false, value)),
                        form.entryStatus(), change.version(), change.reasonForChange());
        String subjectKey = q.subject().subjectKey();
        try {
            if (form.visitOid() != null) {
                entry.saveVisitForm(actor, studyOid, subjectKey, form.visitOid(), form.formOid(), request);
            } else {
                entry.saveLogForm(actor, studyOid, subjectKey, form.formOid(), form.logNumber(), request);
            }
        } catch (InvalidDataException e) {
            // The save names the fields of a form save; in this call they sit under "change".
            String detail = CHANGE_FIELDS.stream().anyMatch(f -> e.getMessage().startsWith(f + ":")) ? "change." + e.getMessage()
                    : e.getMessage();
            throw new InvalidDataException(detail, e.faults().stream().map(f -> new InvalidDataException.Fault(
                    CHANGE_FIELDS.contains(f.item()) ? "change." + f.item() : f.item(), f.message())).toList());
        }
        return QueryView.of(q, Instant.now(clock), true);
    }



    public QueryView close(Actor actor, String studyOid, long id, String text) {
        Query q = query(actor, studyOid, id);
        requireReviewer(actor, "close queries");
        return step(actor, q, text == null || text.isBlank() ? "Closed" : text,
                (query, t, now) -> query.close(t, actor.username(), now));
    }

    public QueryView reopen(Actor actor, String studyOid, long id, String text) {
        Query q = query(actor, studyOid, id);
        requireReviewer(actor, "re-open queries");
        return step(actor, q, text, (query, t, now) -> query.reopen(t, actor.username(), now));
    }

    public QueryView cancel(Actor actor, String studyOid, long id, String text) {
        Query q = query(actor, studyOid, id);
        requireReviewer(actor, "cancel queries");
        return step(actor, q, text, (query, t, now) -> query.cancel(t, actor.username(), now));
    }

    /** One query with its whole thread. */
    public QueryView get(Actor actor, String studyOid, long id) {
        return QueryView.of(query(actor, studyOid, id), Instant.now(clock), true);
    }

    public QueryList list(Actor actor, String studyOid, QueryList.Filter filter) {
        studies.study(actor, studyOid);
        StringBuilder jpql = new StringBuilder("select q from Query q where q.studyOid = :study");
        List<String> visibleSites = null;
        if (actor.role() == Role.COORDINATOR || actor.role() == Role.MONITOR) {
            visibleSites = actor.sites().stream().filter(k -> k.studyOid().equals(studyOid)).map(Actor.SiteKey::siteOid).toList();
            jpql.append(" and q.siteOid in :sites");
        }
        if (filter.siteOid() != null) {
            jpql.append(" and q.siteOid = :site");
        }
        if (filter.subjectId() != null) {
            jpql.append(" and q.subject.subjectKey = :subject");
        }
        if (filter.formOid() != null) {
            jpql.append(" and q.formOid = :form");
        }
        List<QueryState> states = states(filter.status());
        if (states != null) {
            jpql.append(" and q.state in :states");
        }
        if (filter.origin() != null) {
            jpql.append(QueryView.MANUAL.equalsIgnoreCase(filter.origin()) ? " and q.checkId is null" : " and q.checkId = :origin");
        }
        jpql.append(" order by q.openedAt, q.id");
        TypedQuery<Query> tq = em.createQuery(jpql.toString(), Query.class).setParameter("study", studyOid);
        if (visibleSites != null) {
            tq.setParameter("sites", visibleSites.isEmpty() ? List.of("") : visibleSites);
        }
        if (filter.siteOid() != null) {
            tq.setParameter("site", filter.siteOid());
        }
        if (filter.subjectId() != null) {
            tq.setParameter("subject", filter.subjectId());
        }
        if (filter.formOid() != null) {
            tq.setParameter("form", filter.formOid());
        }
        if (states != null) {
            tq.setParameter("states", states);
        }
        if (filter.origin() != null && !QueryView.MANUAL.equalsIgnoreCase(filter.origin())) {
            tq.setParameter("origin", filter.origin());
        }
        if (filter.minAgeDays() != null && filter.minAgeDays() < 0) {
            throw InvalidDataException.of("minAgeDays", "must be 0 or more");
        }
        Instant now = Instant.now(clock);
        List<QueryView> views = tq.getResultList().stream().map(q -> QueryView.of(q, now, false))
                .filter(v -> filter.minAgeDays() == null || v.ageDays() >= filter.minAgeDays()).toList();
        return new QueryList(counts(views), views);
    }

    /** How many queries of a study are open (NEW, UPDATED or RESOLUTION_PROPOSED), for the study lock. */
    public long openCount(String studyOid) {
        return em.createQuery("select count(q) from Query q where q.studyOid = :study and q.state in :states", Long.class)
                .setParameter("study", studyOid)
                .setParameter("states", List.of(QueryState.NEW, QueryState.UPDATED, QueryState.RESOLUTION_PROPOSED))
                .getSingleResult();
    }

    private static List<QueryList.SiteCount> counts(List<QueryView> views) {
        Map<String, List<QueryView>> bySite = views.stream().collect(Collectors.groupingBy(QueryView::siteOid, TreeMap::new,
                Collectors.toList()));
        List<QueryList.SiteCount> counts = new ArrayList<>();
        bySite.forEach((site, list) -> {
            Map<QueryState, Long> n = list.stream().collect(Collectors.groupingBy(QueryView::state, Collectors.counting()));
            Optional<Long> oldest = list.stream().filter(v -> v.state().isOpen()).map(QueryView::ageDays).max(Comparator.naturalOrder());
            long open = n.getOrDefault(QueryState.NEW, 0L) + n.getOrDefault(QueryState.UPDATED, 0L)
                    + n.getOrDefault(QueryState.RESOLUTION_PROPOSED, 0L);
            counts.add(new QueryList.SiteCount(site, list.size(), open, n.getOrDefault(QueryState.NEW, 0L),
                    n.getOrDefault(QueryState.UPDATED, 0L), n.getOrDefault(QueryState.RESOLUTION_PROPOSED, 0L),
                    n.getOrDefault(QueryState.CLOSED, 0L), n.getOrDefault(QueryState.NOT_APPLICABLE, 0L), oldest.orElse(null)));
        });
        return counts;
    }

    private static List<QueryState> states(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String s = status.strip().toUpperCase(Locale.ROOT);
        if (s.equals("OPEN")) {
            return List.of(QueryState.NEW, QueryState.UPDATED, QueryState.RESOLUTION_PROPOSED);
        }
        try {
            return List.of(QueryState.valueOf(s));
        } catch (IllegalArgumentException e) {
            throw InvalidDataException.of("status", "must be OPEN or one of NEW, UPDATED, RESOLUTION_PROPOSED, CLOSED, "
                    + "NOT_APPLICABLE, got '" + status + "'");
        }
    }

    private interface Step {
        void apply(Query q, String text, Instant now);
    }

    private QueryView step(Actor actor, Query q, String text, Step step) {
        String message = requireText(text);
        q.form().requireNotLocked();
        QueryState before = q.state();
        Instant now = Instant.now(clock);
        step.apply(q, message, now);
        audit.append(QueryAudit.of(q, before, message, actor.username(), now));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Query " + q.id() + " was moved by someone else at the same time. Reload it.");
        }
        return QueryView.of(q, now, true);
    }

    /** A query of a subject the actor may see, or 404 exactly like a missing one. */
    private Query query(Actor actor, String studyOid, long id) {
        Query q = Optional.ofNullable(em.find(Query.class, id)).filter(x -> x.studyOid().equals(studyOid))
                .orElseThrow(() -> new NotFoundException("Query " + id + " not found in study " + studyOid));
        if (!actor.canSee(studyOid, q.siteOid())) {
            throw new NotFoundException("Query " + id + " not found in study " + studyOid);
        }
        return q;
    }

    /** The item group of {@code itemOid} in the form; a repeating group needs the row's repeat key. */
    private String itemGroup(Subject subject, FormInstance form, String itemOid, String repeatKey) {
        FormMetadata meta = catalog.metadata(subject.study());
        FormDef def = catalog.form(subject.study(), form.formOid())
                .orElseThrow(() -> new NotFoundException("Form " + form.formOid() + " is not a form of the study"));
        Optional<ItemGroupDef> group = meta.groupsOf(def).stream()
                .filter(g -> g.items().stream().anyMatch(r -> r.itemOid().equals(itemOid))).findFirst();
        if (itemOid == null || group.isEmpty()) {
            throw InvalidDataException.of("itemOid", "'" + itemOid + "' is not an item of form " + form.formOid());
        }
        boolean hasKey = repeatKey != null && !repeatKey.isBlank();
        if (hasKey && repeatKey.strip().length() > 64) {
            throw InvalidDataException.of("repeatKey", "must be at most 64 characters");
        }
        if (group.get().repeating() && !hasKey) {
            throw InvalidDataException.of("repeatKey", "is required: " + itemOid + " is in the repeating group " + group.get().oid());
        }
        if (!group.get().repeating() && hasKey) {
            throw InvalidDataException.of("repeatKey", "must be empty: " + itemOid + " is not in a repeating group");
        }
        return group.get().oid();
    }

    private static void requireReviewer(Actor actor, String what) {
        if (actor.role() != Role.MONITOR && actor.role() != Role.DATA_MANAGER) {
            throw new ForbiddenException("Only monitors and data managers " + what);
        }
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidDataException.of("text", "is required: say what the query is about");
        }
        return FreeText.optional("text", text, FreeText.MESSAGE);
    }

    private static String blankToEmpty(String s) {
        return s == null || s.isBlank() ? "" : s.strip();
    }
}
