package org.ioedc.edc.query;

import org.ioedc.edc.crf.FormInstance;

/**
 * What a save did to edit-check queries, for the saving coordinator to see in the save's answer. The form is
 * named because a save can also open or close queries on another form whose derived values it recomputed.
 *
 * @param visitOid the visit of a visit form, null for a log form
 * @param logNumber the number of a log form instance, null for a visit form
 * @param action OPENED or CLOSED
 */
public record QueryEffect(long queryId, String checkId, String formOid, String visitOid, Integer logNumber, String items,
                          String action, String message) {

    static QueryEffect of(Query q, FormInstance form, String items, String action, String message) {
        return new QueryEffect(q.id(), q.checkId(), form.formOid(), form.visitOid(),
                form.visitOid() == null ? form.logNumber() : null, items, action, message);
    }
}
