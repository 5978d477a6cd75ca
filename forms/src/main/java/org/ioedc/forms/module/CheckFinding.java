package org.ioedc.forms.module;

import java.util.List;
import java.util.Objects;
import org.ioedc.forms.crf.ItemRef;

/**
 * What an edit check found: the check's stable id, the item values at fault and a message a site
 * coordinator understands. A finding opens a query on the items; only the findings of a
 * {@linkplain EditCheck#blocking() blocking} check refuse the save instead.
 */
public record CheckFinding(String checkId, List<ItemRef> items, String message) {
    public CheckFinding {
        Objects.requireNonNull(checkId, "checkId");
        items = List.copyOf(items);
        Objects.requireNonNull(message, "message");
    }
}
