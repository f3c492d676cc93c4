package io.talentgraph.offline;

import io.talentgraph.TalentGraphException;
import io.talentgraph.bulk.BulkInput;
import io.talentgraph.bulk.OfflineImportFiles;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.schema.GraphSchema;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A first load of a {@link BulkInput} into a new embedded store with Neo4j's offline importer
 * ({@code neo4j-admin database import full}), the fastest way to fill an empty store: the input is validated and
 * turned into the importer's files ({@link OfflineImportFiles}), the importer writes the store files directly
 * (the store must not be running), then the store is opened once to create TalentGraph's constraints and indexes
 * and build the talent flow aggregate. The result is the graph the online loader writes from the same input.
 */
public final class OfflineImport {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineImport.class);

    /**
     * How to run the importer.
     *
     * @param maxOffHeapMemory the importer's {@code --max-off-heap-memory}, e.g. {@code 2G}: by default it takes 90% of
     *                         free memory, which a shared machine does not have to spare
     * @param threads          worker threads, or 0 for one per processor
     * @param overwrite        replace an existing store instead of refusing
     * @param workDirectory    where the importer's files go (deleted afterwards), or {@code null} for a directory
     *                         next to the store
     * @param pageCache        the page cache of the store while the schema is built, e.g. {@code 512m}
     */
    public record Options(String maxOffHeapMemory, int threads, boolean overwrite, Path workDirectory, String pageCache) {
        /**
         * Checks the memory setting.
         *
         * @param maxOffHeapMemory the importer's {@code --max-off-heap-memory}, e.g. {@code 2G}
         * @param threads          worker threads, or 0 for one per processor
         * @param overwrite        replace an existing store instead of refusing
         * @param workDirectory    where the importer's files go, or {@code null} for a directory next to the store
         * @param pageCache        the page cache of the store while the schema is built, e.g. {@code 512m}
         */
        public Options {
            Objects.requireNonNull(maxOffHeapMemory, "maxOffHeapMemory");
            Objects.requireNonNull(pageCache, "pageCache");
        }

        /** @return 2 GiB off-heap, all processors, never overwrite, a work directory next to the store, 512 MiB page cache */
        public static Options defaults() {
            return new Options("2G", 0, false, null, "512m");
        }

        /**
         * @param size the importer's off-heap memory, e.g. {@code 1G}
         * @return a copy with it
         */
        public Options withMaxOffHeapMemory(String size) {
            return new Options(size, threads, overwrite, workDirectory, pageCache);
        }

        /**
         * @param value whether to replace an existing store
         * @return a copy with that setting
         */
        public Options withOverwrite(boolean value) {
            return new Options(maxOffHeapMemory, threads, value, workDirectory, pageCache);
        }

        /**
         * @param dir where to write the importer's files
         * @return a copy that writes them there
         */
        public Options withWorkDirectory(Path dir) {
            return new Options(maxOffHeapMemory, threads, overwrite, dir, pageCache);
        }

        /**
         * @param size page cache while building the schema
         * @return a copy with it
         */
        public Options withPageCache(String size) {
            return new Options(maxOffHeapMemory, threads, overwrite, workDirectory, size);
        }
    }

    /**
     * What the import did.
     *
     * @param store          the store directory
     * @param records        records in the input
     * @param nodes          nodes imported
     * @param relationships  relationships imported
     * @param prepareMillis  validating the input and writing the importer's files
     * @param importMillis   the importer itself
     * @param schemaMillis   opening the store, creating constraints and indexes, building the talent flow aggregate
     */
    public record Result(Path store, long records, long nodes, long relationships, long prepareMillis, long importMillis,
                         long schemaMillis) {
        /** @return all three steps */
        public long totalMillis() {
            return prepareMillis + importMillis + schemaMillis;
        }
    }

    private OfflineImport() {
    }

    /**
     * @param input   the input; everything it refers to must be in it
     * @param store   the store directory, which must not hold a database (unless {@link Options#overwrite()})
     * @param options how to run the importer
     * @return what was imported
     * @throws io.talentgraph.dataset.InvalidDatasetException when the input is invalid; nothing was written
     */
    public static Result run(BulkInput input, Path store, Options options) {
        Path home = store.toAbsolutePath().normalize();
        Path database = home.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (Files.isDirectory(database) && !options.overwrite()) {
            throw new TalentGraphException("The store at " + home + " already holds a database; the offline importer "
                    + "only fills a new store. Load into it with the online loader (bulk-load without --offline), or "
                    + "choose a new --store.");
        }
        Path work = options.workDirectory() != null ? options.workDirectory()
                : home.resolveSibling(home.getFileName() + "-import-files");
        long started = System.nanoTime();
        OfflineImportFiles.Layout layout = OfflineImportFiles.write(input, work);
        long prepareMillis = millisSince(started);
        LOG.info("Wrote the importer's files for {} ({} nodes, {} relationships) to {} in {} ms", input,
                layout.nodeCount(), layout.relationshipCount(), work, prepareMillis);

        long importStarted = System.nanoTime();
        try {
            Files.createDirectories(home.resolve("conf"));
            runImporter(home, work, layout, options);
        } catch (IOException e) {
            throw new TalentGraphException("Cannot prepare the store at " + home + ": " + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
        long importMillis = millisSince(importStarted);

        long schemaStarted = System.nanoTime();
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(EmbeddedOptions.at(home).withPageCache(options.pageCache()))) {
            GraphSchema.apply(db);
        }
        long schemaMillis = millisSince(schemaStarted);
        LOG.info("Imported {} into {}: {} ms preparing, {} ms importing, {} ms building schema and talent flow",
                input, home, prepareMillis, importMillis, schemaMillis);
        return new Result(home, layout.records(), layout.nodeCount(), layout.relationshipCount(), prepareMillis,
                importMillis, schemaMillis);
    }

    private static void runImporter(Path home, Path work, OfflineImportFiles.Layout layout, Options options) {
        List<String> args = new ArrayList<>(List.of("database", "import", "full",
                GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
                "--id-type=string",
                "--array-delimiter=" + OfflineImportFiles.ARRAY_DELIMITER_NAME,
                "--max-off-heap-memory=" + options.maxOffHeapMemory(),
                "--report-file=" + work.resolve("import.report"),
                "--overwrite-destination=" + options.overwrite()));
        if (options.threads() > 0) {
            args.add("--threads=" + options.threads());
        }
        if (layout.multiline()) {
            args.add("--multiline-fields=true");
        }
        layout.nodes().forEach(n -> args.add("--nodes=" + n));
        layout.relationships().forEach(r -> args.add("--relationships=" + r));
        LogLines out = new LogLines(false);
        LogLines err = new LogLines(true);
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = AdminTool.execute(new ExecutionContext(home, home.resolve("conf"), o, e,
                    new DefaultFileSystemAbstraction()), args.toArray(String[]::new));
        }
        if (code != 0) {
            throw new TalentGraphException("Neo4j's importer failed (exit code " + code + "):\n  "
                    + String.join("\n  ", err.last.isEmpty() ? out.last : err.last));
        }
    }

    /** The importer prints to streams; these lines go to the log instead, and the last ones are kept for errors. */
    private static final class LogLines extends OutputStream {
        private final boolean errors;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final Deque<String> last = new ArrayDeque<>();

        LogLines(boolean errors) {
            this.errors = errors;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
                line.reset();
                if (!text.isBlank()) {
                    if (errors) {
                        LOG.warn("neo4j-admin: {}", text);
                    } else {
                        LOG.info("neo4j-admin: {}", text);
                    }
                    last.addLast(text);
                    if (last.size() > 12) {
                        last.removeFirst();
                    }
                }
            } else {
                line.write(b);
            }
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}
