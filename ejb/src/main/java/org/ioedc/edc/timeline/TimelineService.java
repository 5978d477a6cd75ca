package org.ioedc.edc.timeline;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.crf.FormCatalog;
import org.ioedc.edc.crf.FormInstance;
import org.ioedc.edc.crf.SubjectRecordAssembler;
import org.ioedc.edc.subject.Subject;
import org.ioedc.edc.subject.SubjectService;
import org.ioedc.forms.module.TrialModule;
import org.ioedc.forms.timeline.ClinicalTimeline;
import org.ioedc.forms.timeline.TimelineEntry;

/** The clinical timeline of one subject (doses, assessments, TBP decisions, irAEs, subsequent therapies). */
@Stateless
public class TimelineService {

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @EJB
    private SubjectService subjects;

    @Inject
    private FormCatalog catalog;

    public List<TimelineEntry> timeline(Actor actor, String studyOid, String subjectKey) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        Set<String> enabled = subject.study().modules();
        List<FormInstance> instances = em.createQuery("select f from FormInstance f where f.subject = :s order by f.id",
                FormInstance.class).setParameter("s", subject).getResultList();
        return new ClinicalTimeline(catalog.metadata(subject.study()),
                formOid -> catalog.modules().moduleOfForm(enabled, formOid).map(TrialModule::id))
                .of(SubjectRecordAssembler.stored(subject, instances));
    }
}
