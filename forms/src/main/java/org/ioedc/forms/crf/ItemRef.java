package org.ioedc.forms.crf;

/**
 * Names one item value of a form: the ItemOID and, for a repeating group, the group and repeat key.
 * This is how findings, errors and queries point at the value at fault.
 */
public record ItemRef(String itemOid, String itemGroupOid, String repeatKey) {
    public static ItemRef of(String itemOid) {
        return new ItemRef(itemOid, null, null);
    }

    public static ItemRef inRow(String itemOid, ItemGroupRow row) {
        return new ItemRef(itemOid, row.itemGroupOid(), row.repeatKey());
    }

    /** The item as users read it: {@code ITEM} or {@code ITEM[repeatKey]}. */
    public String label() {
        return repeatKey == null ? itemOid : itemOid + "[" + repeatKey + "]";
    }
}
