package io.talentgraph.analytics;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The analytics module is a library applications embed: it reaches Neo4j and Graph Data Science only
 * through Cypher over the core connection, never through the server's (GPL) classes.
 */
class AnalyticsArchitectureTest {

    private final JavaClasses analytics = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.talentgraph.analytics", "io.talentgraph.export");

    @Test
    void analyticsUsesNeitherTheServerNorGdsNorTheDriverDirectly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.neo4j..")
                .because("GDS runs inside the database and is called through Cypher procedures")
                .check(analytics);
    }

    @Test
    void analyticsDoesNotDependOnTheEmbeddedStoreOrTheCommandLine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.talentgraph.embedded..", "io.talentgraph.server..",
                        "io.talentgraph.cli..")
                .check(analytics);
    }
}
