package org.ioedc.edc.crf;

import java.util.List;
import java.util.Map;

/**
 * A save of a form instance. Only what is named changes: an item with a value sets it, an item with a
 * null or blank value clears it, items not named keep their stored value; a row with {@code remove}
 * clears the whole row. So a client can never wipe values it did not send.
 *
 * @param items           non-repeating items by ItemOID
 * @param rows            changes to rows of repeating item groups
 * @param status          IN_PROGRESS or COMPLETE (COMPLETE requires every mandatory item)
 * @param version         the version the client read; required once the form exists
 * @param reasonForChange required to change a value once the form was first saved complete
 */
public record FormSaveRequest(Map<String, String> items, List<RowChange> rows, FormStatus status, Long version,
                              String reasonForChange) {

    /** A change to one row of a repeating item group. */
    public record RowChange(String itemGroupOid, String repeatKey, boolean remove, Map<String, String> items) {
    }

    public FormSaveRequest {
        items = items == null ? Map.of() : items;
        rows = rows == null ? List.of() : rows;
        status = status == null ? FormStatus.IN_PROGRESS : status;
    }
}
