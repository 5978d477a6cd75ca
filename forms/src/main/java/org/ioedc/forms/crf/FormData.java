package org.ioedc.forms.crf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The data of one form instance as the rules see it: the non-repeating items, the rows of repeating
 * item groups, and where it belongs (a visit's StudyEventOID, or none for a log form such as AEs).
 *
 * @param formOid      the FormOID of its metadata
 * @param visitOid     the visit it belongs to; null for a log form
 * @param instanceKey  identifies the instance among the subject's forms (stable across saves)
 * @param visitDate    the date of the visit when known, used by window rules
 * @param items        the non-repeating items
 * @param rows         the rows of the repeating item groups
 */
public record FormData(String formOid, String visitOid, String instanceKey, LocalDate visitDate,
                       ItemValues items, List<ItemGroupRow> rows) {
    public FormData {
        Objects.requireNonNull(formOid, "formOid");
        Objects.requireNonNull(items, "items");
        rows = List.copyOf(rows);
    }

    public List<ItemGroupRow> rows(String itemGroupOid) {
        return rows.stream().filter(r -> r.itemGroupOid().equals(itemGroupOid)).toList();
    }

    public Optional<ItemGroupRow> row(String itemGroupOid, String repeatKey) {
        return rows.stream()
                .filter(r -> r.itemGroupOid().equals(itemGroupOid) && r.repeatKey().equals(repeatKey))
                .findFirst();
    }
}
