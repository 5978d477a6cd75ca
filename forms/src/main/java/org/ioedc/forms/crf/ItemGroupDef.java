package org.ioedc.forms.crf;

import java.util.List;

/**
 * An ODM ItemGroupDef. A repeating group (e.g. target lesions) holds rows, each with a repeat key.
 */
public record ItemGroupDef(String oid, String name, boolean repeating, List<Ref> items) {

    /**
     * An ItemRef of the group: which item, whether it is mandatory, in which order, and the ODM
     * MethodOID of the computation that derives it (null for an item entered at the site).
     */
    public record Ref(String itemOid, boolean mandatory, String methodOid) {

        public Ref(String itemOid, boolean mandatory) {
            this(itemOid, mandatory, null);
        }

        /** A derived item: the product computes it, so no one may enter it. */
        public boolean derived() {
            return methodOid != null;
        }
    }

    public ItemGroupDef {
        items = List.copyOf(items);
    }
}
