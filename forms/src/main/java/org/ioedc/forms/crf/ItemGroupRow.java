package org.ioedc.forms.crf;

import java.util.Objects;

/**
 * One row of a repeating item group (for example one target lesion), identified within its form by a
 * repeat key that stays the same across saves (the lesion id, or a row number).
 */
public record ItemGroupRow(String itemGroupOid, String repeatKey, ItemValues values) {
    public ItemGroupRow {
        Objects.requireNonNull(itemGroupOid, "itemGroupOid");
        Objects.requireNonNull(repeatKey, "repeatKey");
        Objects.requireNonNull(values, "values");
    }
}
