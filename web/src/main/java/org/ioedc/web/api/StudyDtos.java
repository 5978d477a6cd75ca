package org.ioedc.web.api;

import java.util.List;
import java.util.Set;
import org.ioedc.edc.study.Site;
import org.ioedc.edc.study.Study;
import org.ioedc.edc.study.VisitDef;

/** What goes over the wire about studies, sites and the schedule. */
public final class StudyDtos {
    private StudyDtos() {
    }

    public record StudyIn(String oid, String name, Set<String> modules, Integer baselineWindowDays) {
    }

    public record ModulesIn(Set<String> modules) {
    }

    public record SiteIn(String oid, String name, String timeZone) {
    }

    public record VisitIn(String oid, String name, Integer targetDay, Integer windowBefore, Integer windowAfter,
                          List<String> forms) {
    }

    public record StudyOut(String oid, String name, Set<String> modules, int baselineWindowDays) {
        static StudyOut of(Study s) {
            return new StudyOut(s.oid(), s.name(), s.modules(), s.baselineWindowDays());
        }
    }

    public record SiteOut(String oid, String name, String timeZone) {
        static SiteOut of(Site s) {
            return new SiteOut(s.oid(), s.name(), s.timeZone().getId());
        }
    }

    public record VisitOut(String oid, String name, int targetDay, int windowBefore, int windowAfter, int order,
                           List<String> forms) {
        static VisitOut of(VisitDef v) {
            return new VisitOut(v.oid(), v.name(), v.targetDay(), v.windowBefore(), v.windowAfter(), v.order(), v.forms());
        }
    }
}
