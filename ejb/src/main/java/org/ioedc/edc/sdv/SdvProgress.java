package org.ioedc.edc.sdv;

import java.util.List;

/** SDV progress: stored values and verified values, per site and per subject. */
public record SdvProgress(List<Row> sites, List<Row> subjects) {

    /** @param subjectId null in a site row */
    public record Row(String siteOid, String subjectId, long values, long verified, double percent) {
    }
}
