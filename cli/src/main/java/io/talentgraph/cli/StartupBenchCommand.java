package io.talentgraph.cli;

import io.talentgraph.bench.StartupBench;
import io.talentgraph.bench.StartupReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * {@code talentgraph bench-startup}: the demo and a bare query against Neo4j's own open, in fresh JVMs on one warm
 * store, as ratios within one run (see {@link StartupBench} and docs/benchmarks.md).
 */
@Command(name = "bench-startup", mixinStandardHelpOptions = true,
        description = {"Time what a user waits for at the prompt: a bare embedded Neo4j (open, RETURN 1, shutdown), "
                + "`talentgraph query 'RETURN 1'` and `talentgraph demo`, each in fresh JVMs with the launcher's options, "
                + "alternating on one warm store; prints each run, the medians, the ratios demo/query and query/bare, "
                + "and where the time goes by the store's log.",
                "Takes about half a minute per round on 2 cores, plus one demo and one bare open to prepare."})
final class StartupBenchCommand implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Runs of each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--store", paramLabel = "DIR",
            description = "The store to open (default: a new one in the work directory, filled by the demo).")
    Path store;

    @Option(names = "--work", defaultValue = "target/bench-startup", paramLabel = "DIR",
            description = "Class-data archives, the children's output and the default store (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--doc", paramLabel = "FILE", description = "Also write the results into this Markdown file, "
            + "between its bench-startup markers (e.g. docs/benchmarks.md).")
    Path doc;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> classPath = StartupBench.expand(System.getProperty("java.class.path"));
        StartupBench.Options options = StartupBench.defaults(work.toAbsolutePath(), talentGraph(classPath), classPath)
                .withRuns(runs)
                .withProgress(line -> {
                    err.println(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " bench-startup: " + line);
                    err.flush();
                });
        if (store != null) {
            options = options.withStore(store.toAbsolutePath());
        }
        StartupBench.Result result = new StartupBench(options).run();
        String javaOptions = ((Main) spec.root().userObject()).env().get("TALENTGRAPH_JAVA_OPTS");
        String command = (javaOptions == null ? "" : "TALENTGRAPH_JAVA_OPTS=\"" + javaOptions + "\" ") + "./talentgraph "
                + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        String report = StartupReport.markdown(result, command);
        PrintWriter out = spec.commandLine().getOut();
        out.println(report);
        out.flush();
        if (doc != null) {
            StartupReport.writeInto(doc, report);
        }
        return 0;
    }

    /**
     * How this JVM runs {@code talentgraph}: {@code -jar talentgraph.jar} when the launcher started it so (the jar's
     * manifest opens what Neo4j needs), otherwise this class path and {@link Main}, as in a test.
     */
    private static List<String> talentGraph(List<Path> classPath) {
        String started = System.getProperty("sun.java.command", "").split(" ")[0];
        if (started.endsWith(".jar") && Main.class.getName().equals(mainClass(Path.of(started)))) {
            return List.of("-jar", Path.of(started).toAbsolutePath().toString());
        }
        List<String> launch = new ArrayList<>(List.of("--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED", "-cp"));
        launch.add(String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        launch.add(Main.class.getName());
        return launch;
    }

    private static String mainClass(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
        } catch (IOException e) {
            return null;
        }
    }
}
