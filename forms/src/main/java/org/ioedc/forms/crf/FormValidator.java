package org.ioedc.forms.crf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one form instance against its ODM metadata before anything is stored: every item belongs to
 * the form, is of its data type and length, within its hard range checks and in its code list; and,
 * when the form is saved complete, every mandatory item has a value. Every fault is reported, so the
 * site can correct them all at once.
 *
 * <p>A date item holds the date of something that has happened ({@link EventDate}): not after
 * {@code today}, which the caller gives in the time zone it keeps dates in, so the rule is tested without a
 * clock.
 *
 * <p>Mandatory items are enforced only on a complete save: a coordinator may save a form in progress
 * with blanks and never loses what was typed, as in the EDCs sites are used to.
 */
public final class FormValidator {

    /**
     * The longest value any item keeps, whatever its ODM Length: the stored value and the audit trail's old and
     * new value hold 4000 characters.
     */
    public static final int MAX_VALUE_LENGTH = 4000;

    private final FormMetadata metadata;
    private final LocalDate today;

    public FormValidator(FormMetadata metadata, LocalDate today) {
        this.metadata = metadata;
        this.today = today;
    }

    /** The outcome: hard errors refuse the save; soft range findings are warnings that open queries. */
    public record Result(List<ItemError> errors, List<ItemError> warnings) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public Result validate(FormData data, boolean complete) {
        List<ItemError> errors = new ArrayList<>();
        List<ItemError> warnings = new ArrayList<>();
        Optional<FormDef> form = metadata.form(data.formOid());
        if (form.isEmpty()) {
            errors.add(new ItemError(ItemRef.of(data.formOid()), "is not a form of this study"));
            return new Result(errors, warnings);
        }
        List<ItemGroupDef> groups = metadata.groupsOf(form.get());
        Set<String> plainItems = new HashSet<>();
        groups.stream().filter(g -> !g.repeating())
                .forEach(g -> g.items().forEach(r -> plainItems.add(r.itemOid())));

        for (Map.Entry<String, String> entry : data.items().asMap().entrySet()) {
            ItemRef ref = ItemRef.of(entry.getKey());
            if (!plainItems.contains(entry.getKey())) {
                errors.add(new ItemError(ref, "is not an item of form " + data.formOid()));
            } else {
                checkValue(ref, entry.getValue(), errors, warnings);
            }
        }
        for (ItemGroupRow row : data.rows()) {
            Optional<ItemGroupDef> group = groups.stream()
                    .filter(g -> g.repeating() && g.oid().equals(row.itemGroupOid())).findFirst();
            if (group.isEmpty()) {
                errors.add(new ItemError(new ItemRef(row.itemGroupOid(), row.itemGroupOid(), row.repeatKey()),
                        "is not a repeating item group of form " + data.formOid()));
                continue;
            }
            Set<String> groupItems = new HashSet<>();
            group.get().items().forEach(r -> groupItems.add(r.itemOid()));
            for (Map.Entry<String, String> entry : row.values().asMap().entrySet()) {
                ItemRef ref = ItemRef.inRow(entry.getKey(), row);
                if (!groupItems.contains(entry.getKey())) {
                    errors.add(new ItemError(ref, "is not an item of group " + row.itemGroupOid()));
                } else {
                    checkValue(ref, entry.getValue(), errors, warnings);
                }
            }
            if (complete) {
                missingMandatory(group.get(), row.values(), row, errors);
            }
        }
        if (complete) {
            groups.stream().filter(g -> !g.repeating())
                    .forEach(g -> missingMandatory(g, data.items(), null, errors));
        }
        checkDuplicateRows(data, errors);
        return new Result(List.copyOf(errors), List.copyOf(warnings));
    }

    private void missingMandatory(ItemGroupDef group, ItemValues values, ItemGroupRow row, List<ItemError> errors) {
        for (ItemGroupDef.Ref ref : group.items()) {
            if (ref.mandatory() && !values.has(ref.itemOid())) {
                ItemRef at = row == null ? ItemRef.of(ref.itemOid()) : ItemRef.inRow(ref.itemOid(), row);
                errors.add(new ItemError(at, "is required to save the form complete"));
            }
        }
    }

    private void checkDuplicateRows(FormData data, List<ItemError> errors) {
        Set<String> seen = new HashSet<>();
        for (ItemGroupRow row : data.rows()) {
            if (!seen.add(row.itemGroupOid() + "\u0000" + row.repeatKey())) {
                errors.add(new ItemError(new ItemRef(row.itemGroupOid(), row.itemGroupOid(), row.repeatKey()),
                        "repeat key '" + row.repeatKey() + "' is used twice"));
            }
        }
    }

    private void checkValue(ItemRef ref, String value, List<ItemError> errors, List<ItemError> warnings) {
        ItemDef item = metadata.item(ref.itemOid())
                .orElseThrow(() -> new IllegalStateException("ItemDef not defined: " + ref.itemOid()));
        int maxLength = item.length() == null || item.dataType().isNumeric() ? MAX_VALUE_LENGTH
                : Math.min(item.length(), MAX_VALUE_LENGTH);
        if (value.length() > maxLength) {
            errors.add(new ItemError(ref, item.name() + " is longer than " + maxLength + " characters"));
            return;
        }
        Optional<String> typeError = item.dataType().typeError(value);
        if (typeError.isPresent()) {
            errors.add(new ItemError(ref, item.name() + " " + typeError.get()));
            return;
        }
        if (item.dataType() == DataType.DATE) {
            EventDate.fault(LocalDate.parse(value), today).ifPresent(fault -> errors.add(new ItemError(ref, item.name() + " " + fault)));
        }
        item.codeList().flatMap(metadata::codeList).ifPresent(codes -> {
            if (!codes.allows(value)) {
                errors.add(new ItemError(ref, item.name() + " must be one of " + String.join(", ",
                        codes.decodes().keySet()) + ", got '" + value + "'"));
            }
        });
        if (item.dataType().isNumeric()) {
            BigDecimal number = new BigDecimal(value);
            for (RangeCheck range : item.rangeChecks()) {
                if (!range.passes(number)) {
                    String message = range.message() != null ? range.message()
                            : item.name() + " is out of range (" + range.comparator() + " " + range.checkValues() + ")";
                    (range.hard() ? errors : warnings).add(new ItemError(ref, message));
                }
            }
        }
    }
}
