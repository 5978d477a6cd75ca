package org.ioedc.edc.timeline;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.crf.FormInstances;
import org.ioedc.edc.study.FormCatalog;
import org.ioedc.edc.subject.Subject;
import org.ioedc.edc.subject.SubjectService;
import org.ioedc.forms.module.TrialModule;
import org.ioedc.forms.timeline.ClinicalTimeline;
import org.ioedc.forms.timeline.TimelineEntry;

/** The clinical timeline of one subject (doses, assessments, TBP decisions, irAEs, subsequent therapies). */
@Stateless
public class TimelineService {

    @EJB
    private SubjectService subjects;

    @Inject
    private FormCatalog catalog;

    @EJB
    private FormInstances forms;

    public List<TimelineEntry> timeline(Actor actor, String studyOid, String subjectKey) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        Set<String> enabled = subject.study().modules();
        return new ClinicalTimeline(catalog.metadata(subject.study()),
                formOid -> catalog.modules().moduleOfForm(enabled, formOid).map(TrialModule::id))
                .of(forms.storedRecord(subject));
    }
}
