package org.ioedc.forms.module;

import java.util.List;
import java.util.Objects;
import org.ioedc.forms.crf.ItemRef;

/**
 * What an edit check found: the check's stable id, the item values at fault and a message a site
 * coordinator understands. A finding does not block the save; it opens a query on the items.
 */
public record CheckFinding(String checkId, List<ItemRef> items, String message) {
    public CheckFinding {
        Objects.requireNonNull(checkId, "checkId");
        items = List.copyOf(items);
        Objects.requireNonNull(message, "message");
    }
}
