package io.talentgraph.export;

import io.talentgraph.TalentGraphException;
import io.talentgraph.write.ImportCsv;

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
 * gets a second file. The files are written by {@link ImportCsv}, the writer the offline load of bulk inputs
 * uses too: lists are separated by U+001F, strings may span lines. {@link #importArguments} gives the
 * importer's arguments, and the export writes them to {@code import-command.txt}.
 */
public final class BulkImportCsv {

    /** The array delimiter the files use, as the importer's {@code --array-delimiter} option spells it. */
    public static final String ARRAY_DELIMITER_OPTION = ImportCsv.ARRAY_DELIMITER_OPTION;

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
            ImportCsv.Layout layout;
            try (ImportCsv csv = ImportCsv.in(directory)) {
                for (Group<ExportNode> g : groups(graph.nodes(), ExportNode::mainLabel, ExportNode::properties)) {
                    ImportCsv.NodeFile file = new ImportCsv.NodeFile("nodes-" + g.name() + ".csv", null, null, List.of(),
                            g.types());
                    g.items().forEach(n -> csv.node(file, n.key(), n.labels(), n.properties()));
                }
                for (Group<ExportRelationship> g : groups(graph.relationships(), ExportRelationship::type,
                        ExportRelationship::properties)) {
                    ImportCsv.RelationshipFile file = new ImportCsv.RelationshipFile("relationships-" + g.name() + ".csv",
                            null, null, null, g.types());
                    g.items().forEach(r -> csv.relationship(file, r.start(), r.end(), r.type(), r.properties()));
                }
                layout = csv.finish();
            }
            Files files = new Files(directory, layout.nodeFiles(), layout.relationshipFiles());
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
     * @return the importer's options for it, without the database name; multi-line fields always, as any string of
     *         an export may span lines
     */
    public static List<String> importArguments(Files files) {
        List<String> nodes = files.nodes().stream().map(f -> f.toAbsolutePath().toString()).toList();
        List<String> relationships = files.relationships().stream().map(f -> f.toAbsolutePath().toString()).toList();
        return new ImportCsv.Layout(files.directory(), files.nodes(), files.relationships(), nodes, relationships, true,
                0, 0).importArguments();
    }

    private record Group<T>(String name, Map<String, String> types, List<T> items) {
    }

    /** Items of one label or type share a file while their property types agree. */
    private static <T> List<Group<T>> groups(List<T> items, Function<T, String> name,
                                             Function<T, Map<String, Object>> properties) {
        List<Group<T>> groups = new ArrayList<>();
        for (T item : items) {
            Map<String, String> types = new LinkedHashMap<>();
            properties.apply(item).forEach((k, v) -> types.put(k, ImportCsv.typeOf(k, v)));
            Group<T> home = null;
            for (Group<T> g : groups) {
                if (g.items().isEmpty() || !name.apply(g.items().get(0)).equals(name.apply(item))) {
                    continue;
                }
                boolean agrees = types.entrySet().stream()
                        .allMatch(e -> !g.types().containsKey(e.getKey()) || g.types().get(e.getKey()).equals(e.getValue()));
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
}
