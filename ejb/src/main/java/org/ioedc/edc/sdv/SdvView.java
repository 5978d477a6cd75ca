package org.ioedc.edc.sdv;

import java.time.Instant;
import java.util.List;

/** A form's source data verification: each stored value, verified or not, and the counts. */
public record SdvView(String subjectId, String formOid, String visitOid, Integer logNumber, int values, int verified,
                      boolean complete, List<Item> items) {

    /** One stored value: verified by whom and when, or not (null). */
    public record Item(String itemGroupOid, String repeatKey, String itemOid, String value, String verifiedBy,
                       Instant verifiedAt) {
    }
}
