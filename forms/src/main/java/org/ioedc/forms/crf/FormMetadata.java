package org.ioedc.forms.crf;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ODM metadata of a set of forms (one trial module's, or the union of a study's modules), with the
 * look-ups the engine needs. Immutable.
 */
public final class FormMetadata {
    private final Map<String, FormDef> forms;
    private final Map<String, ItemGroupDef> groups;
    private final Map<String, ItemDef> items;
    private final Map<String, CodeList> codeLists;

    public FormMetadata(Collection<FormDef> forms, Collection<ItemGroupDef> groups,
                        Collection<ItemDef> items, Collection<CodeList> codeLists) {
        this.forms = index(forms, FormDef::oid);
        this.groups = index(groups, ItemGroupDef::oid);
        this.items = index(items, ItemDef::oid);
        this.codeLists = index(codeLists, CodeList::oid);
    }

    private static <T> Map<String, T> index(Collection<T> defs, java.util.function.Function<T, String> oid) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T def : defs) {
            if (map.putIfAbsent(oid.apply(def), def) != null) {
                throw new IllegalArgumentException("Duplicate OID in ODM metadata: " + oid.apply(def));
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The union of several modules' metadata; an OID defined twice is an error of the modules. */
    public static FormMetadata merge(List<FormMetadata> parts) {
        return new FormMetadata(
                parts.stream().flatMap(p -> p.forms.values().stream()).toList(),
                parts.stream().flatMap(p -> p.groups.values().stream()).toList(),
                parts.stream().flatMap(p -> p.items.values().stream()).toList(),
                parts.stream().flatMap(p -> p.codeLists.values().stream()).toList());
    }

    public Collection<FormDef> forms() {
        return forms.values();
    }

    public Optional<FormDef> form(String oid) {
        return Optional.ofNullable(forms.get(oid));
    }

    public Optional<ItemGroupDef> group(String oid) {
        return Optional.ofNullable(groups.get(oid));
    }

    public Optional<ItemDef> item(String oid) {
        return Optional.ofNullable(items.get(oid));
    }

    public Optional<CodeList> codeList(String oid) {
        return Optional.ofNullable(codeLists.get(oid));
    }

    public List<ItemGroupDef> groupsOf(FormDef form) {
        return form.itemGroupOids().stream().map(this::requireGroup).toList();
    }

    private ItemGroupDef requireGroup(String oid) {
        return group(oid).orElseThrow(() -> new IllegalStateException("ItemGroupDef not defined: " + oid));
    }
}
