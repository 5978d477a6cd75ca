package org.ioedc.edc.sdv;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.crf.FormSaved;
import org.ioedc.edc.crf.ItemChange;

/**
 * A verified value that a save changes or clears is no longer verified: the mark goes and the audit
 * trail says so, with the old and new value, in the saving transaction (ICH E6(R2) 5.18.4: the
 * monitor verifies what is recorded now, not what was).
 */
@ApplicationScoped
public class SdvClearing {

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    void on(@Observes @Priority(FormSaved.QUERIES) FormSaved event) {
        if (event.changes().isEmpty()) {
            return;
        }
        List<SourceVerification> marks = em.createQuery("select m from SourceVerification m where m.form = :f",
                SourceVerification.class).setParameter("f", event.instance()).getResultList();
        for (ItemChange change : event.changes()) {
            var k = change.key();
            marks.stream().filter(m -> m.isAt(k.itemGroupOid(), k.repeatKey(), k.itemOid())).findFirst().ifPresent(m -> {
                em.remove(m);
                audit.append(SdvAudit.of(event.instance(), k.itemGroupOid(), k.repeatKey(), k.itemOid(), "VERIFIED", "CLEARED",
                        "Source verification by " + m.verifiedBy() + " cleared: value changed from '" + change.oldValue()
                                + "' to " + (change.newValue() == null ? "blank" : "'" + change.newValue() + "'")
                                + " by " + event.actor().username(),
                        event.actor().username(), event.at()));
            });
        }
    }
}
