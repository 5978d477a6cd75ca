package org.ioedc.forms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The clinical content stays plain Java: it is tested in milliseconds and reused by every layer above it, so it
 * may know none of them, and its packages depend on each other in one direction only, so that a trial module can
 * be read, tested and replaced without the rest.
 */
@AnalyzeClasses(packages = "org.ioedc.forms", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.ioedc.forms.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule formsKnowsNoContainerNorLayerAbove = noClasses()
            .that().resideInAPackage("org.ioedc.forms..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta..", "javax.persistence..", "org.eclipse.persistence..",
                    "ca.uhn.fhir..", "org.hl7.fhir..",
                    "org.ioedc.edc..", "org.ioedc.fhir..", "org.ioedc.web..", "org.ioedc.launcher..")
            .because("forms is plain Java 17 at the bottom of forms <- ejb <- fhir <- web");
}
