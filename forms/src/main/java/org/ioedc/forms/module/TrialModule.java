package org.ioedc.forms.module;

import java.util.List;
import org.ioedc.forms.deviation.DeviationRule;

/**
 * The plugin SPI of a trial module. Implementations are listed in
 * {@code META-INF/services/org.ioedc.forms.module.TrialModule} and found with ServiceLoader.
 */
public interface TrialModule {

    /** Stable id used when a study enables the module, e.g. {@code CORE}, {@code IRECIST}. */
    String id();

    /** A name for people. */
    String name();

    /**
     * Classpath resource of the module's CDISC ODM 1.3.2 document: its FormDefs, ItemGroupDefs,
     * ItemDefs and CodeLists. A FormDef with {@code Repeating="Yes"} is a log form (kept per subject,
     * any number of instances); the others are visit forms.
     */
    String odmResource();

    /** The module's edit checks. */
    List<EditCheck> editChecks();

    /** The protocol deviation rules the module ships; none unless a module says otherwise. */
    default List<DeviationRule> deviationRules() {
        return List.of();
    }
}
