package org.ioedc.edc.query;

import java.util.List;

/** Queries matching a filter, oldest first, with counts per site so a monitor sees where to go first. */
public record QueryList(List<SiteCount> sites, List<QueryView> queries) {

    /**
     * The listed queries of one site by state; {@code open} is NEW + UPDATED + RESOLUTION_PROPOSED and
     * {@code oldestOpenDays} the age of its oldest open query (null when none is open).
     */
    public record SiteCount(String siteOid, long total, long open, long newCount, long updated, long resolutionProposed,
                            long closed, long notApplicable, Long oldestOpenDays) {
    }

    /** What to list: every field optional. {@code status} is a state or OPEN (all open states). */
    public record Filter(String siteOid, String subjectId, String formOid, String status, String origin, Integer minAgeDays) {
    }
}
