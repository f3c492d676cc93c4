package io.talentgraph.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Every public type of the modules an application depends on for its data — core, the loader's public packages and
 * the queries — says how far it may be leaned on (the README's "API status"): found, not listed, so that a type added
 * tomorrow is held to it too.
 */
class ApiStatusTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.talentgraph");

    @Test
    void everyPublicTypeOfCoreLoaderQueriesAndEmbeddedCarriesAnApiStatus() {
        classes().that().arePublic().and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
                .and().resideInAnyPackage("io.talentgraph", "io.talentgraph.connect", "io.talentgraph.model",
                        "io.talentgraph.schema", "io.talentgraph.dataset",
                        "io.talentgraph.load", "io.talentgraph.write", "io.talentgraph.query", "io.talentgraph.embedded")
                .should().beAnnotatedWith(API.class)
                .because("the README promises a status (STABLE, EXPERIMENTAL or INTERNAL) for each of them")
                .check(CLASSES);
    }
}
