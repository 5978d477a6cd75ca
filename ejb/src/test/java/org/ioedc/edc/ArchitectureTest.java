package org.ioedc.edc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The EDC core is reached through HTTP and, later, FHIR, but knows neither: the same services must serve the REST
 * API, a FHIR import and an export. Its business components depend on each other in one direction only, so that
 * each can be read and changed without the others.
 */
@AnalyzeClasses(packages = "org.ioedc.edc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.ioedc.edc.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreKnowsNoBoundary = noClasses()
            .that().resideInAPackage("org.ioedc.edc..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.ioedc.web..", "org.ioedc.fhir..", "org.ioedc.launcher..",
                    "jakarta.ws.rs..", "jakarta.servlet..", "ca.uhn.fhir..", "org.hl7.fhir..")
            .because("ejb sits below fhir and web in forms <- ejb <- fhir <- web");
}
