package io.talentgraph.export;

import io.talentgraph.TalentGraphException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * CSV files in the layout of Neo4j's offline bulk importer ({@code neo4j-admin database import full}),
 * so that an export loads into a fresh store with the same nodes, relationships, labels and properties.
 * One node file per main label ({@code :ID} is the export key, {@code :LABEL} all labels) and one
 * relationship file per type; every property column names its type ({@code name:string},
 * {@code count:long}, {@code aliases:string[]}). A label or type whose properties disagree on a type
 * gets a second file. Array items are separated by U+001F (unit separator), which text never holds,
 * so quotes with semicolons stay whole; strings may span lines. {@link #importArguments} gives the
 * importer's arguments, and the export writes them to {@code import-command.txt}.
 */
public final class BulkImportCsv {

    /** The array delimiter the files use, as the importer's {@code --array-delimiter} option spells it. */
    public static final String ARRAY_DELIMITER_OPTION = "U+001F";
    static final char ARRAY_DELIMITER = '\u001F';

    /**
     * The files of one export.
     *
     * @param directory     where they are
     * @param nodes         node files
     * @param relationships relationship files
     */
    public record Files(Path directory, List<Path> nodes, List<Path> relationships) {
        /**
         * Defensive copies.
         *
         * @param directory     where they are
         * @param nodes         node files
         * @param relationships relationship files
         */
        public Files {
            nodes = List.copyOf(nodes);
            relationships = List.copyOf(relationships);
        }
    }

    private BulkImportCsv() {
    }

    /**
     * Writes the graph into {@code directory}, which must be empty or not exist.
     *
     * @param graph     the graph
     * @param directory where to write the files
     * @return the files written
     */
    public static Files write(GraphSnapshot graph, Path directory) {
        try {
            java.nio.file.Files.createDirectories(directory);
            try (var entries = java.nio.file.Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new TalentGraphException("Export into an empty directory: " + directory + " is not empty.");
                }
            }
            List<Path> nodeFiles = new ArrayList<>();
            for (Group<ExportNode> g : groups(graph.nodes(), ExportNode::mainLabel, ExportNode::properties)) {
                Path file = directory.resolve("nodes-" + g.name() + ".csv");
                List<String> columns = new ArrayList<>(List.of(":ID", ":LABEL"));
                g.types().forEach((name, type) -> columns.add(name + ":" + type.importer));
                writeFile(file, columns, g.items(), n -> {
                    List<String> cells = new ArrayList<>(List.of(quote(n.key()), quote(String.join(String.valueOf(ARRAY_DELIMITER), n.labels()))));
                    g.types().forEach((name, type) -> cells.add(cell(n.properties().get(name))));
                    return cells;
                });
                nodeFiles.add(file);
            }
            List<Path> relFiles = new ArrayList<>();
            for (Group<ExportRelationship> g : groups(graph.relationships(), ExportRelationship::type, ExportRelationship::properties)) {
                Path file = directory.resolve("relationships-" + g.name() + ".csv");
                List<String> columns = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE"));
                g.types().forEach((name, type) -> columns.add(name + ":" + type.importer));
                writeFile(file, columns, g.items(), r -> {
                    List<String> cells = new ArrayList<>(List.of(quote(r.start()), quote(r.end()), r.type()));
                    g.types().forEach((name, type) -> cells.add(cell(r.properties().get(name))));
                    return cells;
                });
                relFiles.add(file);
            }
            Files files = new Files(directory, nodeFiles, relFiles);
            java.nio.file.Files.writeString(directory.resolve("import-command.txt"), """
                    # Load these files into a fresh, stopped Neo4j database named DATABASE (Neo4j 5):
                    neo4j-admin database import full %s DATABASE
                    # With TalentGraph's embedded store, run it with the store directory as NEO4J_HOME, then
                    # open the store once with talentgraph to add the schema (constraints and indexes).
                    """.formatted(String.join(" ", importArguments(files).stream()
                    .map(a -> a.contains(" ") ? "'" + a + "'" : a).toList())), StandardCharsets.UTF_8);
            return files;
        } catch (IOException e) {
            throw new TalentGraphException("Cannot write the CSV export into " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param files an export
     * @return the importer's options for it, without the database name
     */
    public static List<String> importArguments(Files files) {
        List<String> args = new ArrayList<>();
        files.nodes().forEach(f -> args.add("--nodes=" + f.toAbsolutePath()));
        files.relationships().forEach(f -> args.add("--relationships=" + f.toAbsolutePath()));
        args.add("--array-delimiter=" + ARRAY_DELIMITER_OPTION);
        args.add("--multiline-fields=true");
        return args;
    }

    private record Group<T>(String name, Map<String, PropertyType> types, List<T> items) {
    }

    /** Items of one label or type share a file while their property types agree. */
    private static <T> List<Group<T>> groups(List<T> items, Function<T, String> name,
                                             Function<T, Map<String, Object>> properties) {
        List<Group<T>> groups = new ArrayList<>();
        for (T item : items) {
            Map<String, PropertyType> types = new LinkedHashMap<>();
            properties.apply(item).forEach((k, v) -> types.put(k, PropertyType.of(k, v)));
            Group<T> home = null;
            for (Group<T> g : groups) {
                if (g.items().isEmpty() || !name.apply(g.items().get(0)).equals(name.apply(item))) {
                    continue;
                }
                boolean agrees = types.entrySet().stream()
                        .allMatch(e -> !g.types().containsKey(e.getKey()) || g.types().get(e.getKey()) == e.getValue());
                if (agrees) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                long same = groups.stream().filter(g -> name.apply(g.items().get(0)).equals(name.apply(item))).count();
                home = new Group<>(name.apply(item) + (same == 0 ? "" : "-" + (same + 1)), new LinkedHashMap<>(), new ArrayList<>());
                groups.add(home);
            }
            home.types().putAll(types);
            home.items().add(item);
        }
        return groups;
    }

    private static <T> void writeFile(Path file, List<String> header, List<T> items, Function<T, List<String>> row)
            throws IOException {
        try (BufferedWriter out = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", header));
            out.write('\n');
            for (T item : items) {
                out.write(String.join(",", row.apply(item)));
                out.write('\n');
            }
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            List<String> texts = new ArrayList<>();
            for (Object item : list) {
                String text = String.valueOf(item);
                if (text.indexOf(ARRAY_DELIMITER) >= 0) {
                    throw new TalentGraphException("A list item holds the character U+001F, which the CSV export uses "
                            + "between list items: " + text);
                }
                texts.add(text);
            }
            return quote(String.join(String.valueOf(ARRAY_DELIMITER), texts));
        }
        if (value instanceof String s) {
            return quote(s);
        }
        return String.valueOf(value);
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
