package org.ioedc.forms.crf;

import java.util.List;
import java.util.Optional;

/**
 * An ODM ItemDef: one question of a form, its data type, maximum length, unit, code list and range
 * checks.
 */
public record ItemDef(String oid, String name, String question, DataType dataType, Integer length,
                      String unit, String codeListOid, List<RangeCheck> rangeChecks) {
    public ItemDef {
        rangeChecks = List.copyOf(rangeChecks);
    }

    public Optional<String> codeList() {
        return Optional.ofNullable(codeListOid);
    }
}
