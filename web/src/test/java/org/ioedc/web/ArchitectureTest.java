package org.ioedc.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundary's components (resources, security, input reading, live streams) depend on each other in one
 * direction only, so that each can be read and changed without the others. The direction between modules is
 * checked below, in forms and ejb, which must not know this one.
 */
@AnalyzeClasses(packages = "org.ioedc.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.ioedc.web.(*)..")
            .should().beFreeOfCycles();
}
