package org.ioedc.forms.crf;

import java.util.LinkedHashMap;
import java.util.Map;

/** An ODM CodeList: the allowed coded values of an item, each with its decode for people. */
public record CodeList(String oid, String name, Map<String, String> decodes) {
    public CodeList {
        decodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(decodes));
    }

    public boolean allows(String codedValue) {
        return decodes.containsKey(codedValue);
    }
}
