package org.ioedc.edc.study;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ioedc.forms.crf.FormDef;
import org.ioedc.forms.crf.FormMetadata;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.module.TrialModules;

/**
 * The trial modules on the classpath and the metadata of each study's enabled set, read once at start
 * (the ODM resources are parsed once, merged metadata is cached per set of modules). It belongs to the
 * study's set-up, which decides the modules and so the forms a study has; data entry and review read it.
 */
@ApplicationScoped
public class FormCatalog {

    private TrialModules modules;
    private final Map<Set<String>, FormMetadata> merged = new ConcurrentHashMap<>();

    @PostConstruct
    void load() {
        modules = TrialModules.discover();
    }

    public TrialModules modules() {
        return modules;
    }

    public FormMetadata metadata(Study study) {
        return merged.computeIfAbsent(study.modules(), modules::metadataFor);
    }

    public Optional<FormDef> form(Study study, String formOid) {
        return modules.form(study.modules(), formOid);
    }

    public List<EditCheck> editChecks(Study study, String formOid) {
        return modules.editChecks(study.modules(), formOid);
    }

    /** The study's edit checks that read {@code formOid} besides the form they run on. */
    public List<EditCheck> editChecksReading(Study study, String formOid) {
        return modules.editChecksReading(study.modules(), formOid);
    }
}
