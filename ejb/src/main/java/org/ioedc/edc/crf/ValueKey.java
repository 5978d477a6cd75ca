package org.ioedc.edc.crf;

import java.util.Comparator;

/** Where a value sits in a form: item group, repeat key (empty for non-repeating groups) and item. */
public record ValueKey(String itemGroupOid, String repeatKey, String itemOid) implements Comparable<ValueKey> {

    private static final Comparator<ValueKey> ORDER = Comparator.comparing(ValueKey::itemGroupOid)
            .thenComparing(ValueKey::repeatKey).thenComparing(ValueKey::itemOid);

    @Override
    public int compareTo(ValueKey other) {
        return ORDER.compare(this, other);
    }
}
