package org.ioedc.forms.module;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.ioedc.forms.crf.FormDef;
import org.ioedc.forms.crf.FormMetadata;
import org.ioedc.forms.crf.OdmMetadataReader;
import org.ioedc.forms.deviation.DeviationRule;

/**
 * The trial modules found on the classpath, with their metadata read once. A study enables a subset;
 * the CORE module (demographics, vital signs) is always on.
 */
public final class TrialModules {

    public static final String CORE = "CORE";

    private final Map<String, TrialModule> modules;
    private final Map<String, FormMetadata> metadata;

    public TrialModules(Collection<TrialModule> found) {
        Map<String, TrialModule> byId = new LinkedHashMap<>();
        Map<String, FormMetadata> meta = new LinkedHashMap<>();
        OdmMetadataReader reader = new OdmMetadataReader();
        found.stream().sorted(Comparator.comparing(TrialModule::id)).forEach(m -> {
            if (byId.putIfAbsent(m.id(), m) != null) {
                throw new IllegalStateException("Two trial modules share the id " + m.id());
            }
            meta.put(m.id(), reader.readResource(m.odmResource()));
        });
        this.modules = java.util.Collections.unmodifiableMap(byId);
        this.metadata = java.util.Collections.unmodifiableMap(meta);
        // Fails at start, not at the first save, when two modules define the same OID.
        FormMetadata.merge(List.copyOf(meta.values()));
    }

    /** Every module that ServiceLoader finds with this class's loader. */
    public static TrialModules discover() {
        return new TrialModules(ServiceLoader.load(TrialModule.class, TrialModules.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList());
    }

    public Collection<TrialModule> all() {
        return modules.values();
    }

    public Optional<TrialModule> module(String id) {
        return Optional.ofNullable(modules.get(id));
    }

    /** The FormOIDs a module itself defines. */
    public List<String> formsOf(String moduleId) {
        FormMetadata own = metadata.get(moduleId);
        return own == null ? List.of() : own.forms().stream().map(FormDef::oid).toList();
    }

    /** The metadata of CORE and the given modules together. */
    public FormMetadata metadataFor(Set<String> enabled) {
        return FormMetadata.merge(enabledIds(enabled).stream().map(metadata::get).toList());
    }

    /** The module that defines {@code formOid}, among the enabled ones. */
    public Optional<TrialModule> moduleOfForm(Set<String> enabled, String formOid) {
        return enabledIds(enabled).stream()
                .filter(id -> metadata.get(id).form(formOid).isPresent())
                .map(modules::get).findFirst();
    }

    public Optional<FormDef> form(Set<String> enabled, String formOid) {
        return moduleOfForm(enabled, formOid).flatMap(m -> metadata.get(m.id()).form(formOid));
    }

    /** The edit checks of the enabled modules that run on {@code formOid}. */
    public List<EditCheck> editChecks(Set<String> enabled, String formOid) {
        return enabledIds(enabled).stream().map(modules::get)
                .flatMap(m -> m.editChecks().stream())
                .filter(c -> c.formOid().equals(formOid)).toList();
    }

    /** The edit checks of the enabled modules that read {@code formOid} besides the form they run on. */
    public List<EditCheck> editChecksReading(Set<String> enabled, String formOid) {
        return enabledIds(enabled).stream().map(modules::get)
                .flatMap(m -> m.editChecks().stream())
                .filter(c -> c.reads().contains(formOid)).toList();
    }

    /** The deviation rules of the enabled modules. */
    public List<DeviationRule> deviationRules(Set<String> enabled) {
        return enabledIds(enabled).stream().map(modules::get)
                .flatMap(m -> m.deviationRules().stream()).toList();
    }

    private List<String> enabledIds(Set<String> enabled) {
        return modules.keySet().stream().filter(id -> id.equals(CORE) || enabled.contains(id)).toList();
    }
}
