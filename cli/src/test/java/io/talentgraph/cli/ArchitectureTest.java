package io.talentgraph.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture of docs/architecture.md, checked: the library modules an application embeds talk to
 * Neo4j only through the driver, internals stay internal, lower layers do not know higher ones, each module imports
 * only the modules it depends on (with no exceptions), and no packages form a cycle.
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
    void driverTypesStayInsideThePackagePrivateDriverImplementation() {
        noClasses().that(resideOutsideOfPackage("io.talentgraph.connect").or(modifier(JavaModifier.PUBLIC)))
                .should().dependOnClassesThat().resideInAPackage("org.neo4j.driver..")
                .because("the driver implementation of Database is package-private in connect; everything else, "
                        + "the public connect API included, speaks plain Java")
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
        assertThat(internals).contains("io.talentgraph.load", "io.talentgraph.ingest.llm");
        for (String owner : internals) {
            noClasses().that().resideOutsideOfPackage(owner + "..")
                    .should().dependOnClassesThat().resideInAPackage(owner + ".internal..")
                    .because("only " + owner + " may use its internals; other modules use its public packages")
                    .check(CLASSES);
        }
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

    /**
     * Every module and the packages it holds. core's test jar ({@code testing}) is on this class path too and counts
     * as core's; the language-model extractor's packages sit inside the ingest package tree but are a module of
     * their own, so ingest names its one package exactly.
     */
    private static final Map<String, List<String>> MODULES = new LinkedHashMap<>();

    /** What each module may import of the others: what its pom depends on, and nothing else. */
    private static final Map<String, List<String>> MAY_IMPORT = new LinkedHashMap<>();

    static {
        module("core", List.of(), "io.talentgraph", "io.talentgraph.connect..", "io.talentgraph.model..",
                "io.talentgraph.schema..", "io.talentgraph.testing..");
        module("loader", List.of("core"), "io.talentgraph.dataset..", "io.talentgraph.load..", "io.talentgraph.write..");
        module("queries", List.of("core"), "io.talentgraph.query..");
        module("embedded", List.of("core"), "io.talentgraph.embedded..");
        module("server", List.of("core", "embedded"), "io.talentgraph.server..");
        module("bulk", List.of("core", "loader"), "io.talentgraph.bulk..");
        module("analytics", List.of("core", "loader", "queries"), "io.talentgraph.analytics..", "io.talentgraph.export..");
        module("ingest", List.of("core", "loader"), "io.talentgraph.ingest");
        module("ingest-llm", List.of("core", "loader", "ingest"), "io.talentgraph.ingest.llm..");
        module("bench", List.of("core", "loader", "queries", "analytics", "bulk", "embedded"), "io.talentgraph.bench..",
                "io.talentgraph.offline..");
        module("cli", List.of("core", "loader", "queries", "embedded", "server", "bulk", "analytics", "ingest",
                "ingest-llm", "bench"), "io.talentgraph.cli..");
    }

    private static void module(String name, List<String> mayImport, String... packages) {
        MODULES.put(name, List.of(packages));
        MAY_IMPORT.put(name, mayImport);
    }

    private static String[] packagesOf(List<String> modules) {
        return modules.stream().flatMap(m -> MODULES.get(m).stream()).toArray(String[]::new);
    }

    private static List<String> modulesOf(com.tngtech.archunit.core.domain.JavaClass c) {
        return MODULES.entrySet().stream()
                .filter(m -> m.getValue().stream().anyMatch(p -> p.endsWith("..")
                        ? (c.getPackageName() + ".").startsWith(p.substring(0, p.length() - 2) + ".")
                        : c.getPackageName().equals(p)))
                .map(Map.Entry::getKey).toList();
    }

    @Test
    void everyClassBelongsToExactlyOneModuleAndEveryModuleIsChecked() {
        Set<String> seen = new TreeSet<>();
        CLASSES.forEach(c -> {
            List<String> modules = modulesOf(c);
            assertThat(modules).as("the modules of %s (add a new package to MODULES)", c.getName()).hasSize(1);
            seen.addAll(modules);
        });
        assertThat(seen).as("modules whose classes this test sees").containsExactlyInAnyOrderElementsOf(MODULES.keySet());
    }

    @Test
    void eachModuleImportsOnlyTheModulesItDependsOn() {
        for (String module : MODULES.keySet()) {
            List<String> forbidden = new ArrayList<>(MODULES.keySet());
            forbidden.remove(module);
            forbidden.removeAll(MAY_IMPORT.get(module));
            if (forbidden.isEmpty()) {
                continue;
            }
            noClasses().that().resideInAnyPackage(MODULES.get(module).toArray(String[]::new))
                    .should().dependOnClassesThat().resideInAnyPackage(packagesOf(forbidden))
                    .because("the " + module + " module may import only " + MAY_IMPORT.get(module))
                    .check(CLASSES);
        }
    }

    @Test
    void noPackageDependsOnItselfInACycle() {
        // Every package is its own slice, internal ones included: an internal package may use its API's types, so the
        // API may not reach into it (a public factory of a package-private implementation lives in one package).
        slices().matching("io.talentgraph.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
