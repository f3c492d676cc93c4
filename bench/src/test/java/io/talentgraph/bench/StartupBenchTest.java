package io.talentgraph.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of bench-startup that need no child JVM: the store's log read into phases, class paths, the report. */
class StartupBenchTest {

    @TempDir
    Path dir;

    private static final String LOG = """
            2026-12-05 21:36:49.025+0000 INFO  [o.n.g.f.m.GlobalModule] Logging config in use: Embedded default config
            2026-12-05 21:36:51.320+0000 INFO  [o.n.d.d.DatabaseLifecycles] Creating 'DatabaseId{00000000[system]}'.
                                                                            [neo4j/73f392c2] a continuation line without a time
            2026-12-05 21:36:54.419+0000 INFO  [o.n.k.a.DatabaseAvailabilityGuard] [system/00000000] DatabaseId{00000000[system]} is ready.
            2026-12-05 21:36:57.643+0000 INFO  [o.n.k.a.DatabaseAvailabilityGuard] [neo4j/73f392c2] DatabaseId{73f392c2[neo4j]} is ready.
            2026-12-05 21:36:59.400+0000 INFO  [o.n.g.f.DatabaseManagementServiceFactory] Shutdown started
            2026-12-05 21:37:00.301+0000 INFO  [o.n.d.d.DatabaseLifecycles] Stopped 'DatabaseId{00000000[system]}' successfully.
            """;

    @Test
    void theStoresLogSplitsARunIntoStartOpenWorkShutdownAndExit() {
        long started = OffsetDateTime.parse("2026-12-05T21:36:48.000Z").toInstant().toEpochMilli();
        long ended = OffsetDateTime.parse("2026-12-05T21:37:00.500Z").toInstant().toEpochMilli();

        StartupBench.Phases phases = StartupBench.phases(LOG, started, ended);

        assertThat(phases).isEqualTo(new StartupBench.Phases(1_025, 8_618, 1_757, 901, 199));
    }

    @Test
    void aRunWhoseLogHasNoOpenHasNoPhases() {
        assertThat(StartupBench.phases("", 0, 1)).isEqualTo(StartupBench.Phases.UNKNOWN);
        assertThat(StartupBench.phases(LOG.lines().limit(2).reduce("", (a, b) -> a + b + "\n"), 0, 1))
                .isEqualTo(StartupBench.Phases.UNKNOWN);
    }

    @Test
    void theChildrenGetTheLaunchersMemoryGarbageCollectorAndCompilerButNotItsArchiveOrLogging() {
        assertThat(StartupBench.launcherOptions(List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:SharedArchiveFile=/x/talentgraph.jsa",
                "-XX:ArchiveClassesAtExit=/x/t.jsa", "-javaagent:/jacoco.jar", "-Dfile.encoding=UTF-8",
                "--add-opens=java.base/java.nio=ALL-UNNAMED")))
                .containsExactly("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void aManifestOnlyJarsClassPathIsFollowedAndTheBareChildLosesGdsAndTalentGraph() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path neo4j = jar(lib.resolve("neo4j-kernel.jar"), null, "org/neo4j/kernel/Kernel.class");
        Path gds = jar(lib.resolve("algo-2.13.9.jar"), null, "org/neo4j/gds/", "org/neo4j/gds/PageRank.class");
        Path ours = jar(lib.resolve("talentgraph-queries.jar"), null, "io/talentgraph/", "io/talentgraph/Q.class");
        Path launcher = jar(dir.resolve("app.jar"), "lib/neo4j-kernel.jar lib/algo-2.13.9.jar lib/talentgraph-queries.jar",
                "io/talentgraph/", "io/talentgraph/Main.class");

        List<Path> classPath = StartupBench.expand(launcher.toString());

        assertThat(classPath).containsExactly(launcher, neo4j, gds, ours);
        assertThat(StartupBench.bareClassPath(classPath)).contains(neo4j).doesNotContain(gds, ours, launcher);
    }

    @Test
    void theReportGivesEachRunTheMediansBothRatiosAndThePhases() throws IOException {
        StartupBench.Options options = StartupBench.defaults(dir, List.of("-jar", "talentgraph.jar"), List.of(dir))
                .withRuns(3).withJvmOptions(List.of("-Xmx1g"));
        StartupBench.Phases phases = new StartupBench.Phases(500, 3_000, 400, 300, 100);
        List<StartupBench.Run> runs = List.of(
                new StartupBench.Run(StartupBench.BARE, 1, 5_000, 4_000, phases),
                new StartupBench.Run(StartupBench.QUERY, 1, 6_000, 5_000, phases),
                new StartupBench.Run(StartupBench.DEMO, 1, 7_000, 6_000, phases),
                new StartupBench.Run(StartupBench.BARE, 2, 4_000, 4_000, phases),
                new StartupBench.Run(StartupBench.QUERY, 2, 5_000, 5_000, phases),
                new StartupBench.Run(StartupBench.DEMO, 2, 8_000, 6_000, phases),
                new StartupBench.Run(StartupBench.BARE, 3, 4_500, 4_000, StartupBench.Phases.UNKNOWN),
                new StartupBench.Run(StartupBench.QUERY, 3, 5_500, 5_000, phases),
                new StartupBench.Run(StartupBench.DEMO, 3, 7_500, 6_000, phases));
        StartupBench.Result result = new StartupBench.Result(options, runs, 1_000_000, 1.0, 1.5, 250, true);

        assertThat(result.medianWall(StartupBench.DEMO)).isEqualTo(7_500);
        assertThat(result.demoOverQuery()).isEqualTo(7_500.0 / 5_500);
        assertThat(result.queryOverBare()).isEqualTo(5_500.0 / 4_500);
        String report = StartupReport.markdown(result, "./talentgraph bench-startup --runs 3");
        assertThat(report).contains("`./talentgraph bench-startup --runs 3`", "`-Xmx1g`",
                        "| 2 | 4.00 s | 5.00 s | 8.00 s |", "| **median** | **4.50 s** | **5.50 s** | **7.50 s** |")
                .contains("| demo / query | **1.36×** | ≤ 1.3×: missed |", "| query / bare | **1.22×** | ≤ 1.3×: met |")
                .contains("| Neo4j's open, to the default database ready | 3.00 s | 3.00 s | 3.00 s |");

        Path doc = dir.resolve("benchmarks.md");
        Files.writeString(doc, "# Benchmarks\n\n" + BenchReport.BEGIN + "\nloads\n" + BenchReport.END + "\n\nBy hand.\n\n"
                + StartupReport.BEGIN + "\nold\n" + StartupReport.END + "\n\nMore.\n");
        StartupReport.writeInto(doc, report);
        assertThat(Files.readString(doc)).contains("\nloads\n", "By hand.", report).doesNotContain("\nold\n")
                .endsWith("More.\n");
    }

    private static Path jar(Path path, String classPath, String... entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream file = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            for (String entry : entries) {
                jar.putNextEntry(new JarEntry(entry));
                jar.closeEntry();
            }
        }
        return path.toAbsolutePath().normalize();
    }
}
