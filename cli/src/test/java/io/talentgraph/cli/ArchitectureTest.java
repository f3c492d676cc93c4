package io.talentgraph.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture of docs/architecture.md, checked: the library modules an application embeds talk to
 * Neo4j only through the driver, internals stay internal, and lower layers do not know higher ones.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.talentgraph");

    @Test
    void libraryModulesDoNotDependOnTheNeo4jServer() {
        noClasses().that().resideInAnyPackage("io.talentgraph.model..", "io.talentgraph.schema..",
                        "io.talentgraph.connect..", "io.talentgraph.dataset..", "io.talentgraph.load..",
                        "io.talentgraph.query..", "io.talentgraph.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.graphdb..", "org.neo4j.kernel..",
                        "org.neo4j.dbms..", "org.neo4j.configuration..", "org.neo4j.harness..")
                .check(CLASSES);
    }

    @Test
    void driverTypesStayInsideTheConnectionInternals() {
        noClasses().that().resideOutsideOfPackage("io.talentgraph.connect.internal..")
                .should().dependOnClassesThat().resideInAPackage("org.neo4j.driver..")
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNothingElseOfTalentGraph() {
        noClasses().that().resideInAPackage("io.talentgraph.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.talentgraph.dataset..", "io.talentgraph.load..",
                        "io.talentgraph.query..", "io.talentgraph.connect..", "io.talentgraph.cli..")
                .check(CLASSES);
    }

    @Test
    void theLoaderDoesNotDependOnQueriesOrTheApp() {
        noClasses().that().resideInAnyPackage("io.talentgraph.dataset..", "io.talentgraph.load..")
                .should().dependOnClassesThat().resideInAnyPackage("io.talentgraph.query..", "io.talentgraph.cli..",
                        "io.talentgraph.embedded..")
                .check(CLASSES);
    }

    @Test
    void internalsAreUsedOnlyByTheirOwnModule() {
        noClasses().that().resideOutsideOfPackage("io.talentgraph.connect..")
                .should().dependOnClassesThat().resideInAPackage("io.talentgraph.connect.internal..")
                .check(CLASSES);
        // The bulk reader validates each streamed record with the dataset reader's own binder and schema, and
        // writes with the loader's statements, so that both paths accept and write exactly the same things; the
        // benchmark's baseline loaders run those statements too, reading the same files with the bulk readers.
        noClasses().that().resideOutsideOfPackages("io.talentgraph.dataset..", "io.talentgraph.bulk..", "io.talentgraph.bench..")
                .should().dependOnClassesThat().resideInAPackage("io.talentgraph.dataset.internal..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("io.talentgraph.load..", "io.talentgraph.bulk..", "io.talentgraph.bench..")
                .should().dependOnClassesThat().resideInAPackage("io.talentgraph.load.internal..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("io.talentgraph.bulk..", "io.talentgraph.bench..")
                .should().dependOnClassesThat().resideInAPackage("io.talentgraph.bulk.internal..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("io.talentgraph.embedded..")
                .should().dependOnClassesThat().resideInAPackage("io.talentgraph.embedded.internal..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("io.talentgraph.ingest..")
                .should().dependOnClassesThat().resideInAPackage("io.talentgraph.ingest.internal..")
                .check(CLASSES);
        // the language-model extractor is its own module: it uses the ingest API, never the pattern internals
        noClasses().that().resideInAPackage("io.talentgraph.ingest.llm..")
                .should().dependOnClassesThat().resideInAPackage("io.talentgraph.ingest.internal..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("io.talentgraph.ingest.llm..")
                .should().dependOnClassesThat().resideInAPackage("io.talentgraph.ingest.llm.internal..")
                .check(CLASSES);
    }

    @Test
    void onlyTheLanguageModelModuleKnowsTheModelClient() {
        noClasses().that().resideOutsideOfPackage("io.talentgraph.ingest.llm..")
                .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
                .check(CLASSES);
    }

    @Test
    void onlyTheAppConfiguresLoggingOrPrints() {
        // The benchmark's server and loader processes are programs of their own that report to the bench over stdout.
        noClasses().that().resideOutsideOfPackages("io.talentgraph.cli..", "io.talentgraph.bench..")
                .should().dependOnClassesThat().resideInAPackage("ch.qos.logback..")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
