package io.talentgraph.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

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
    void internalsAreUsedOnlyByTheirOwnPackageTree() {
        // every internal package found, not a list: one added tomorrow is held to the rule too
        Set<String> internals = new TreeSet<>();
        CLASSES.forEach(c -> {
            int at = c.getPackageName().indexOf(".internal");
            if (at > 0) {
                internals.add(c.getPackageName().substring(0, at));
            }
        });
        assertThat(internals).contains("io.talentgraph.connect", "io.talentgraph.dataset", "io.talentgraph.load",
                "io.talentgraph.bulk", "io.talentgraph.ingest", "io.talentgraph.ingest.llm");
        for (String owner : internals) {
            noClasses().that().resideOutsideOfPackage(owner + "..")
                    .should().dependOnClassesThat().resideInAPackage(owner + ".internal..")
                    .because("only " + owner + " may use its internals; other modules use its public packages")
                    .check(CLASSES);
        }
        // the language-model extractor is its own module inside the ingest package tree: it uses the ingest API,
        // never the pattern extractor's internals
        noClasses().that().resideInAPackage("io.talentgraph.ingest.llm..")
                .should().dependOnClassesThat().resideInAPackage("io.talentgraph.ingest.internal..")
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
