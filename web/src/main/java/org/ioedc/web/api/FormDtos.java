package org.ioedc.web.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ioedc.edc.crf.DerivedChange;
import org.ioedc.edc.crf.FormSaveResult;
import org.ioedc.edc.crf.FormView;
import org.ioedc.edc.deviation.DeviationNotice;
import org.ioedc.forms.crf.CodeList;
import org.ioedc.forms.crf.FormDef;
import org.ioedc.forms.crf.FormMetadata;
import org.ioedc.forms.crf.ItemDef;
import org.ioedc.forms.crf.ItemGroupDef;

/** What goes over the wire about form metadata and form data. */
public final class FormDtos {
    private FormDtos() {
    }

    /** A save: items by OID (null clears), rows of repeating groups, status, the version read, the reason. */
    public record FormIn(Map<String, Object> items, List<RowIn> rows, String status, Long version, String reasonForChange) {
    }

    public record RowIn(String itemGroupOid, String repeatKey, boolean remove, Map<String, Object> items) {
    }

    public record FindingOut(String checkId, List<String> items, String message) {
    }

    public record ChangeOut(String item, String oldValue, String newValue) {
    }

    /** A derived value the save recomputed, in this form or another of the subject's (e.g. a later iRECIST response). */
    public record DerivedOut(String formOid, String visitOid, Integer logNumber, String item, String oldValue, String newValue) {
    }

    /** The stored form, what changed, edit-check findings, soft warnings, derived values recomputed, deviations raised or closed. */
    public record SaveOut(FormView form, List<ChangeOut> changes, List<FindingOut> findings, List<Problem.ItemFault> warnings,
                          List<DerivedOut> derived, List<DeviationNotice> deviations) {
        static SaveOut of(FormSaveResult r) {
            return new SaveOut(r.form(),
                    r.changes().stream().map(c -> new ChangeOut(c.key().repeatKey().isEmpty() ? c.key().itemOid()
                            : c.key().itemOid() + "[" + c.key().repeatKey() + "]", c.oldValue(), c.newValue())).toList(),
                    r.findings().stream().map(f -> new FindingOut(f.checkId(),
                            f.items().stream().map(i -> i.label()).toList(), f.message())).toList(),
                    r.warnings().stream().map(w -> new Problem.ItemFault(w.item().label(), w.message())).toList(),
                    r.effects().of(DerivedChange.class).stream().map(d -> new DerivedOut(d.formOid(), d.visitOid(),
                            d.logNumber(), d.itemOid(), d.oldValue(), d.newValue())).toList(),
                    r.effects().of(DeviationNotice.class));
        }
    }

    public record CodeOut(String code, String decode) {
    }

    public record RangeOut(String comparator, List<BigDecimal> values, boolean hard, String message) {
    }

    /** {@code derived}: computed by the product (an ODM ItemRef with a MethodOID); shown, never entered. */
    public record ItemOut(String oid, String name, String question, String dataType, Integer length, String unit,
                          boolean mandatory, List<CodeOut> codeList, List<RangeOut> rangeChecks, boolean derived) {
    }

    public record GroupOut(String oid, String name, boolean repeating, List<ItemOut> items) {
    }

    public record FormDefOut(String oid, String name, boolean logForm, List<GroupOut> groups) {
        static FormDefOut of(FormDef form, FormMetadata meta) {
            return new FormDefOut(form.oid(), form.name(), form.repeating(),
                    meta.groupsOf(form).stream().map(g -> group(g, meta)).toList());
        }

        private static GroupOut group(ItemGroupDef g, FormMetadata meta) {
            return new GroupOut(g.oid(), g.name(), g.repeating(), g.items().stream().map(ref -> {
                ItemDef item = meta.item(ref.itemOid()).orElseThrow();
                List<CodeOut> codes = item.codeList().flatMap(meta::codeList).map(FormDefOut::codes).orElse(null);
                return new ItemOut(item.oid(), item.name(), item.question(), item.dataType().odmName(), item.length(),
                        item.unit(), ref.mandatory(), codes, item.rangeChecks().stream()
                        .map(r -> new RangeOut(r.comparator().name(), r.checkValues(), r.hard(), r.message())).toList(),
                        ref.derived());
            }).toList());
        }

        private static List<CodeOut> codes(CodeList list) {
            return list.decodes().entrySet().stream().map(e -> new CodeOut(e.getKey(), e.getValue())).toList();
        }
    }

    public record ModuleOut(String id, String name, List<String> forms, List<CheckOut> editChecks) {
    }

    public record CheckOut(String id, String formOid, String description) {
    }
}
