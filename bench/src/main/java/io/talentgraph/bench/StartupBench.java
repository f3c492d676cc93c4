package io.talentgraph.bench;

import io.talentgraph.TalentGraphException;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a user waits for at the prompt, against the floor: on one warm store, fresh JVMs in turn run a bare embedded
 * Neo4j that opens the store and runs {@code RETURN 1} ({@link BareNeo4j}), {@code talentgraph query 'RETURN 1'} and
 * {@code talentgraph demo}, each with the launcher's JVM options and a class-data archive of its own. Each run is
 * timed from the process's start to its end, and split into phases by the store's own log ({@code logs/debug.log}),
 * which every one of them writes: JVM start and the work before Neo4j's first line, Neo4j's open, the command's work,
 * the shutdown, and the JVM's exit.
 */
public final class StartupBench {

    /** The bare embedded Neo4j. */
    public static final String BARE = "bare Neo4j";
    /** {@code talentgraph query 'RETURN 1'}. */
    public static final String QUERY = "talentgraph query 'RETURN 1'";
    /** {@code talentgraph demo}. */
    public static final String DEMO = "talentgraph demo";
    /** The three, in the order each round runs them. */
    public static final List<String> COMMANDS = List.of(BARE, QUERY, DEMO);

    /** Page cache of every child: the embedded store's default, so that the bare open allocates what TalentGraph's does. */
    static final long PAGE_CACHE_BYTES = 128L << 20;

    private static final List<String> OPENS = List.of("--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED");

    /**
     * How to run it. Start from {@link #defaults(Path, List, List)}.
     *
     * @param workDirectory     where the store (unless given), the class-data archives and the children's output go
     * @param store             the store the three open, filled by one {@code talentgraph demo} first
     * @param runs              runs of each command, alternated
     * @param java              the {@code java} executable
     * @param jvmOptions        the launcher's JVM options, e.g. {@code -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
     * @param talentGraph       what follows the JVM options to run {@code talentgraph}: {@code -jar talentgraph.jar},
     *                          or {@code -cp ... io.talentgraph.cli.Main}
     * @param classPath         the jars and directories of {@code talentgraph}'s class path; the bare child gets them
     *                          without Graph Data Science's and TalentGraph's own
     * @param classDataArchives give each kind of child a class-data archive made by one run of it, as the launcher does
     * @param progress          where a line goes as each run ends
     */
    public record Options(Path workDirectory, Path store, int runs, String java, List<String> jvmOptions,
                          List<String> talentGraph, List<Path> classPath, boolean classDataArchives,
                          Consumer<String> progress) {

        /**
         * Checks the values.
         *
         * @param workDirectory     where the store (unless given), the class-data archives and the children's output go
         * @param store             the store the three open, filled by one {@code talentgraph demo} first
         * @param runs              runs of each command, alternated
         * @param java              the {@code java} executable
         * @param jvmOptions        the launcher's JVM options, e.g. {@code -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
         * @param talentGraph       what follows the JVM options to run {@code talentgraph}: {@code -jar talentgraph.jar},
         *                                 or {@code -cp ... io.talentgraph.cli.Main}
         * @param classPath         the jars and directories of {@code talentgraph}'s class path; the bare child gets them
         *                                 without Graph Data Science's and TalentGraph's own
         * @param classDataArchives give each kind of child a class-data archive made by one run of it, as the launcher does
         * @param progress          where a line goes as each run ends
         */
        public Options {
            Objects.requireNonNull(workDirectory, "workDirectory");
            Objects.requireNonNull(store, "store");
            jvmOptions = List.copyOf(jvmOptions);
            talentGraph = List.copyOf(talentGraph);
            classPath = List.copyOf(classPath);
            if (runs < 1) {
                throw new IllegalArgumentException("Give at least one run");
            }
        }

        /**
         * @param value runs of each command
         * @return a copy with it
         */
        public Options withRuns(int value) {
            return new Options(workDirectory, store, value, java, jvmOptions, talentGraph, classPath, classDataArchives,
                    progress);
        }

        /**
         * @param value the store to open
         * @return a copy with it
         */
        public Options withStore(Path value) {
            return new Options(workDirectory, value, runs, java, jvmOptions, talentGraph, classPath, classDataArchives,
                    progress);
        }

        /**
         * @param value the JVM options of every child
         * @return a copy with them
         */
        public Options withJvmOptions(List<String> value) {
            return new Options(workDirectory, store, runs, java, value, talentGraph, classPath, classDataArchives,
                    progress);
        }

        /**
         * @param value whether each kind of child gets a class-data archive
         * @return a copy with it
         */
        public Options withClassDataArchives(boolean value) {
            return new Options(workDirectory, store, runs, java, jvmOptions, talentGraph, classPath, value, progress);
        }

        /**
         * @param value where progress lines go
         * @return a copy with it
         */
        public Options withProgress(Consumer<String> value) {
            return new Options(workDirectory, store, runs, java, jvmOptions, talentGraph, classPath, classDataArchives,
                    value);
        }
    }

    /**
     * @param workDirectory where everything goes; the store is {@code store} inside
     * @param talentGraph   what follows the JVM options to run {@code talentgraph}
     * @param classPath     {@code talentgraph}'s class path
     * @return five runs each, this JVM's {@code java}, the {@code -X} options this JVM was started with (the launcher's),
     *         class-data archives, no progress lines
     */
    public static Options defaults(Path workDirectory, List<String> talentGraph, List<Path> classPath) {
        return new Options(workDirectory, workDirectory.resolve("store"), 5, javaExecutable(), launcherOptions(),
                talentGraph, classPath, true, line -> { });
    }

    /**
     * One child's run.
     *
     * @param command    one of {@link #COMMANDS}
     * @param round      1 for the first round
     * @param wallMillis from the process's start to its end
     * @param cpuMillis  user and system time of the process, sampled every 50 ms until it ended (-1 when unknown)
     * @param phases     the same time split by the store's log
     */
    public record Run(String command, int round, long wallMillis, long cpuMillis, Phases phases) {
    }

    /**
     * A run split by the store's log; each -1 when the log did not say.
     *
     * @param startMillis from the process's start to Neo4j's first log line: the JVM's start, and what the program
     *                    does before it opens the store
     * @param openMillis  from that line to the default database's "is ready"
     * @param workMillis  from there to "Shutdown started": the program's queries
     * @param closeMillis from there to Neo4j's last line
     * @param exitMillis  from there to the process's end
     */
    public record Phases(long startMillis, long openMillis, long workMillis, long closeMillis, long exitMillis) {

        /** Nothing known. */
        public static final Phases UNKNOWN = new Phases(-1, -1, -1, -1, -1);
    }

    /**
     * @param options       how it ran
     * @param runs          every run, in the order they ran
     * @param storeBytes    the store's size on disk
     * @param loadAtStart   the one-minute load average before the first measured run
     * @param loadAtEnd     and after the last
     * @param bareClassPath how many jars the bare child had, against {@code talentgraph}'s
     * @param archives      whether the children ran with class-data archives (only class paths of jars can)
     */
    public record Result(Options options, List<Run> runs, long storeBytes, double loadAtStart, double loadAtEnd,
                         int bareClassPath, boolean archives) {

        /**
         * @param command one of {@link #COMMANDS}
         * @return its runs
         */
        public List<Run> of(String command) {
            return runs.stream().filter(r -> r.command().equals(command)).toList();
        }

        /**
         * @param command one of {@link #COMMANDS}
         * @return the median of its wall-clock times
         */
        public double medianWall(String command) {
            return median(of(command).stream().mapToLong(Run::wallMillis).boxed().toList());
        }

        /**
         * @param command one of {@link #COMMANDS}
         * @param phase   which part of its runs, e.g. {@code Phases::openMillis}
         * @return the median, or -1 when the log did not say
         */
        public double medianPhase(String command, java.util.function.ToLongFunction<Phases> phase) {
            List<Long> known = of(command).stream().map(r -> phase.applyAsLong(r.phases())).filter(v -> v >= 0).toList();
            return known.isEmpty() ? -1 : median(known);
        }

        /** @return demo's median over query's */
        public double demoOverQuery() {
            return medianWall(DEMO) / medianWall(QUERY);
        }

        /** @return query's median over the bare open's */
        public double queryOverBare() {
            return medianWall(QUERY) / medianWall(BARE);
        }
    }

    private final Options options;

    /** @param options how to run */
    public StartupBench(Options options) {
        this.options = options;
    }

    /**
     * Fills the store with one {@code talentgraph demo} (which also makes TalentGraph's class-data archive), makes the
     * bare child's archive with one run of it, then runs the three in turn, {@link Options#runs()} rounds.
     *
     * @return every run
     * @throws TalentGraphException when a child fails
     */
    public Result run() {
        Path work = options.workDirectory().toAbsolutePath();
        Path store = options.store().toAbsolutePath();
        Path barePlugins = work.resolve("bare-plugins");
        Path tgArchive = work.resolve("talentgraph.jsa");
        Path bareArchive = work.resolve("bare.jsa");
        List<Path> bareClassPath = bareClassPath(options.classPath());
        // The JVM archives classes from jars only (a test's class path holds directories); both kinds get one, or
        // neither, so that the comparison stays fair.
        boolean archives = options.classDataArchives() && allJars(options.classPath()) && allJars(bareClassPath);
        try {
            Files.createDirectories(barePlugins);
            Files.deleteIfExists(tgArchive);
            Files.deleteIfExists(bareArchive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Warm-up: the store filled, the operating system's file cache warm, and each kind of child's archive made.
        progress("preparing: talentgraph demo on " + store);
        child(DEMO, 0, store, archives ? "-XX:ArchiveClassesAtExit=" + tgArchive : null, barePlugins, bareClassPath);
        progress("preparing: bare Neo4j");
        child(BARE, 0, store, archives ? "-XX:ArchiveClassesAtExit=" + bareArchive : null, barePlugins, bareClassPath);
        double loadAtStart = BenchReport.loadAverage();
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= options.runs(); round++) {
            for (String command : COMMANDS) {
                Path archive = command.equals(BARE) ? bareArchive : tgArchive;
                String cds = archives && Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive : null;
                Run run = child(command, round, store, cds, barePlugins, bareClassPath);
                runs.add(run);
                progress(String.format("round %d/%d: %-30s %6.2f s (Neo4j open %s)", round, options.runs(), command,
                        run.wallMillis() / 1e3, run.phases().openMillis() < 0 ? "?"
                                : String.format("%.2f s", run.phases().openMillis() / 1e3)));
            }
        }
        return new Result(options, runs, sizeOf(store.resolve("data")), loadAtStart, BenchReport.loadAverage(), bareClassPath.size(),
                archives);
    }

    private void progress(String line) {
        options.progress().accept(line);
    }

    private Run child(String command, int round, Path store, String cdsOption, Path barePlugins, List<Path> bareClassPath) {
        List<String> cmd = new ArrayList<>();
        cmd.add(options.java());
        cmd.addAll(options.jvmOptions());
        if (cdsOption != null) {
            cmd.addAll(List.of(cdsOption, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        switch (command) {
            case BARE -> {
                cmd.addAll(OPENS);
                cmd.addAll(List.of("-cp", join(bareClassPath), BareNeo4j.class.getName(), store.toString(),
                        barePlugins.toString(), String.valueOf(PAGE_CACHE_BYTES)));
            }
            case QUERY -> {
                cmd.addAll(options.talentGraph());
                cmd.addAll(List.of("query", "--store", store.toString(), "RETURN 1"));
            }
            case DEMO -> {
                cmd.addAll(options.talentGraph());
                cmd.addAll(List.of("demo", "--store", store.toString()));
            }
            default -> throw new IllegalArgumentException(command);
        }
        Path work = options.workDirectory().toAbsolutePath();
        String name = command.equals(BARE) ? "bare" : command.equals(QUERY) ? "query" : "demo";
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        Path log = store.resolve("logs").resolve("debug.log");
        long logOffset = sizeOf(log);
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        Map<String, String> env = builder.environment();
        // The children open the store themselves, never a server the caller's environment names.
        env.keySet().removeIf(k -> k.equals("TALENTGRAPH_URI") || k.equals("TALENTGRAPH_USER")
                || k.equals("TALENTGRAPH_PASSWORD") || k.equals("TALENTGRAPH_DATABASE") || k.equals("JAVA_TOOL_OPTIONS")
                || k.equals("JDK_JAVA_OPTIONS"));
        try {
            long startedEpoch = System.currentTimeMillis();
            long started = System.nanoTime();
            Process process = builder.start();
            long cpu = -1;
            while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
                cpu = process.info().totalCpuDuration().map(Duration::toMillis).orElse(cpu);
            }
            long wall = (System.nanoTime() - started) / 1_000_000;
            long endedEpoch = System.currentTimeMillis();
            if (process.exitValue() != 0) {
                throw new TalentGraphException("bench-startup: " + command + " failed with exit code " + process.exitValue()
                        + "; its output is in " + out + " and " + err + ". The end of its errors: " + tail(err));
            }
            Phases phases = phases(readFrom(log, logOffset), startedEpoch, endedEpoch);
            return new Run(command, round, wall, cpu, phases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TalentGraphException("Interrupted", e);
        }
    }

    // ---- the store's log ---------------------------------------------------------------------------

    private static final Pattern LINE = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}) ");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSxx");

    /**
     * Splits one run by what it wrote to the store's log.
     *
     * @param log          the lines the run appended to {@code logs/debug.log}
     * @param startedEpoch when the process started, in epoch milliseconds
     * @param endedEpoch   when it ended
     * @return the phases; {@link Phases#UNKNOWN} when the log has no open in it
     */
    static Phases phases(String log, long startedEpoch, long endedEpoch) {
        long first = -1;
        long ready = -1;
        long shutdown = -1;
        long last = -1;
        for (String line : log.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            long at;
            try {
                at = OffsetDateTime.parse(m.group(1), STAMP).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                continue;
            }
            if (first < 0) {
                first = at;
            }
            if (ready < 0 && line.contains("[neo4j]} is ready")) {
                ready = at;
            }
            if (shutdown < 0 && line.contains("Shutdown started")) {
                shutdown = at;
            }
            last = at;
        }
        if (first < 0 || ready < 0) {
            return Phases.UNKNOWN;
        }
        return new Phases(first - startedEpoch, ready - first, shutdown < 0 ? -1 : shutdown - ready,
                shutdown < 0 ? -1 : last - shutdown, endedEpoch - last);
    }

    private static String readFrom(Path log, long offset) throws IOException {
        if (!Files.isRegularFile(log)) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            // A rotated log starts again from zero.
            long from = file.length() < offset ? 0 : offset;
            byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    // ---- class paths and options -------------------------------------------------------------------

    /**
     * The jars and directories of a class path, with the {@code Class-Path} of a jar's manifest followed (as
     * {@code java -jar} and Surefire's manifest-only jar use it).
     *
     * @param classPath a class path as {@code java.class.path} gives it
     * @return every entry, each once
     */
    public static List<Path> expand(String classPath) {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                expand(Path.of(entry).toAbsolutePath().normalize(), entries);
            }
        }
        return List.copyOf(entries);
    }

    private static void expand(Path entry, Set<Path> entries) {
        if (!entries.add(entry) || !entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            String manifestPath = jar.getManifest() == null ? null
                    : jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (manifestPath == null) {
                return;
            }
            for (String ref : manifestPath.trim().split("\\s+")) {
                Path p = ref.startsWith("file:") ? Path.of(java.net.URI.create(ref)) : entry.getParent().resolve(
                        java.net.URLDecoder.decode(ref, StandardCharsets.UTF_8));
                expand(p.toAbsolutePath().normalize(), entries);
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a jar we can read: it stays on the path as it is
        }
    }

    /**
     * The bare child's class path: {@code talentgraph}'s, without the jars of Graph Data Science (which Neo4j would
     * start as an extension from the class path) and without TalentGraph's own, but with the one holding
     * {@link BareNeo4j}.
     */
    static List<Path> bareClassPath(List<Path> classPath) {
        Path own = codeSource();
        List<Path> bare = new ArrayList<>();
        for (Path entry : classPath) {
            if (entry.equals(own) || (!holds(entry, "org/neo4j/gds/") && !holds(entry, "io/talentgraph/"))) {
                bare.add(entry);
            }
        }
        if (own != null && !bare.contains(own)) {
            bare.add(own);
        }
        return bare;
    }

    private static Path codeSource() {
        try {
            return Path.of(BareNeo4j.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean holds(Path entry, String directory) {
        if (Files.isDirectory(entry)) {
            return Files.isDirectory(entry.resolve(directory));
        }
        if (!Files.isRegularFile(entry)) {
            return false;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            if (jar.getEntry(directory) != null) {
                return true;
            }
            // A jar written without directory entries still names its classes below it.
            return jar.stream().limit(200).anyMatch(e -> e.getName().startsWith(directory));
        } catch (IOException e) {
            return false;
        }
    }

    /** @return the {@code -X} options this JVM started with, but its class-data archive and its logging */
    static List<String> launcherOptions() {
        return launcherOptions(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static List<String> launcherOptions(List<String> arguments) {
        return arguments.stream().filter(a -> a.startsWith("-X"))
                .filter(a -> !a.startsWith("-XX:SharedArchiveFile") && !a.startsWith("-XX:ArchiveClassesAtExit")
                        && !a.startsWith("-Xlog") && !a.startsWith("-Xshare") && !a.startsWith("-XX:StartFlightRecording")
                        && !a.startsWith("-Xrunjdwp") && !a.startsWith("-Xdebug"))
                .toList();
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    // ---- small helpers -----------------------------------------------------------------------------

    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static boolean allJars(List<Path> paths) {
        return paths.stream().allMatch(p -> Files.isRegularFile(p) && p.toString().endsWith(".jar"));
    }

    private static String join(List<Path> paths) {
        return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String tail(Path file) {
        try {
            String text = Files.isRegularFile(file) ? Files.readString(file) : "";
            return text.length() > 2000 ? "..." + text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "";
        }
    }

    private static long sizeOf(Path path) {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
