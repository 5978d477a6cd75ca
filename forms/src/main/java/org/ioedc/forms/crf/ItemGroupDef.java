package org.ioedc.forms.crf;

import java.util.List;

/**
 * An ODM ItemGroupDef. A repeating group (e.g. target lesions) holds rows, each with a repeat key.
 */
public record ItemGroupDef(String oid, String name, boolean repeating, List<Ref> items) {

    /** An ItemRef of the group: which item, whether it is mandatory, in which order. */
    public record Ref(String itemOid, boolean mandatory) {
    }

    public ItemGroupDef {
        items = List.copyOf(items);
    }
}
