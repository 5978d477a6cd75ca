package org.ioedc.forms.crf;

import java.util.List;

/**
 * An ODM FormDef. {@code repeating} marks a log form (adverse events, subsequent therapies): kept per
 * subject rather than per visit, any number of instances.
 */
public record FormDef(String oid, String name, boolean repeating, List<String> itemGroupOids) {
    public FormDef {
        itemGroupOids = List.copyOf(itemGroupOids);
    }
}
