package org.ioedc.edc.query;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.crf.FormCatalog;
import org.ioedc.edc.crf.FormInstance;
import org.ioedc.edc.crf.FormSaved;
import org.ioedc.edc.crf.ItemChange;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * Turns edit-check findings into queries after every save, inside the saving transaction. A finding
 * opens a query on its first item (naming all its items) unless one is open for the same check and
 * item. A finding whose last query for that check and item was closed or cancelled by a person is not
 * raised again until one of its items changes: the site already confirmed those values. When a check
 * that ran on the saved form no longer fires on an item, its open queries there are closed by the
 * system and their thread says why.
 */
@ApplicationScoped
public class EditCheckQueries {

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private FormCatalog catalog;

    void on(@Observes @Priority(FormSaved.QUERIES) FormSaved event) {
        FormInstance form = event.instance();
        Set<String> ran = catalog.editChecks(event.subject().study(), form.formOid()).stream()
                .filter(c -> !c.blocking()).map(EditCheck::id).collect(Collectors.toSet());
        // Locked and read as committed: a monitor's step on one of these queries (close, cancel) commits
        // either before (the system leaves a closed query alone) or after (and gets its 409); the save
        // itself never fails for it.
        List<Query> existing = em.createQuery("select q from Query q where q.form = :f and q.checkId is not null order by q.id",
                        Query.class).setParameter("f", form).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.refresh", "true").getResultList();
        Set<String> changed = event.changes().stream().map(EditCheckQueries::key).collect(Collectors.toSet());
        Set<String> firing = new HashSet<>();
        for (CheckFinding finding : event.findings()) {
            ItemRef primary = finding.items().isEmpty() ? ItemRef.of(form.formOid()) : finding.items().get(0);
            String repeatKey = primary.repeatKey() == null ? "" : primary.repeatKey();
            firing.add(finding.checkId() + "|" + primary.itemOid() + "|" + repeatKey);
            List<Query> same = existing.stream().filter(q -> q.checkId().equals(finding.checkId())
                    && q.isOn(primary.itemOid(), repeatKey)).toList();
            if (same.stream().anyMatch(q -> q.state().isOpen())) {
                continue;
            }
            Optional<Query> last = same.isEmpty() ? Optional.empty() : Optional.of(same.get(same.size() - 1));
            boolean confirmedByPerson = last.isPresent() && !Query.SYSTEM.equals(last.get().closedBy());
            boolean itemsChanged = finding.items().stream().anyMatch(i -> changed.contains(key(i)));
            if (confirmedByPerson && !itemsChanged) {
                continue;
            }
            String labels = finding.items().isEmpty() ? form.formOid()
                    : finding.items().stream().map(ItemRef::label).collect(Collectors.joining(", "));
            Query q = Query.fromCheck(form, primary.itemGroupOid(), repeatKey, primary.itemOid(), labels, finding.checkId(),
                    finding.message(), event.at());
            em.persist(q);
            em.flush();
            audit.append(QueryAudit.of(q, null, finding.message(), Query.SYSTEM, event.at()));
            event.effects().add(QueryEffect.class, new QueryEffect(q.id(), q.checkId(), labels, "OPENED", finding.message()));
        }
        for (Query q : existing) {
            if (q.state().isOpen() && ran.contains(q.checkId())
                    && !firing.contains(q.checkId() + "|" + q.itemOid() + "|" + q.repeatKey())) {
                QueryState before = q.state();
                String text = "Closed by the system: edit check " + q.checkId() + " no longer fires after the save by "
                        + event.actor().username() + " at " + event.at() + ".";
                q.closeBySystem(text, event.at());
                audit.append(QueryAudit.of(q, before, text, Query.SYSTEM, event.at()));
                event.effects().add(QueryEffect.class, new QueryEffect(q.id(), q.checkId(), q.items(), "CLOSED", text));
            }
        }
    }

    private static String key(ItemChange change) {
        return change.key().itemOid() + "|" + change.key().repeatKey();
    }

    private static String key(ItemRef item) {
        return item.itemOid() + "|" + (item.repeatKey() == null ? "" : item.repeatKey());
    }
}
