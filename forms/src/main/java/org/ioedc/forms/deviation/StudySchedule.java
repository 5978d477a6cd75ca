package org.ioedc.forms.deviation;

import java.util.List;
import java.util.Optional;

/** The study's schedule of assessments, as the deviation rules read it. */
public record StudySchedule(List<ScheduledVisit> visits) {

    public StudySchedule {
        visits = List.copyOf(visits);
    }

    public Optional<ScheduledVisit> visit(String oid) {
        return visits.stream().filter(v -> v.oid().equals(oid)).findFirst();
    }
}
