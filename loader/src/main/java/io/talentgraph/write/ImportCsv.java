package io.talentgraph.write;

import io.talentgraph.TalentGraphException;
import org.apiguardian.api.API;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The one writer of CSV files for Neo4j's offline importer ({@code neo4j-admin database import full}): the export of a
 * whole graph ({@code analytics}' {@code BulkImportCsv}) and the offline load of a bulk input ({@code bulk}'s
 * {@code OfflineImportFiles}) both write through it, so the files agree on headers, types, quoting and lists.
 *
 * <p>The caller chooses the files: it names each file and its header ({@link NodeFile}, {@link RelationshipFile})
 * and appends rows to it, streaming; the first row of a file writes its header. Every value is quoted (an unquoted
 * empty field is no value, a quoted one the empty string), and a property a row lacks is an empty, unquoted cell:
 * no property. Lists are one cell with their items separated by U+001F (unit separator), which text never holds,
 * so quotes with commas or semicolons stay whole; the importer needs {@code --array-delimiter=U+001F}, and
 * {@code --multiline-fields=true} when a value spans lines ({@link Layout#multiline()}).
 *
 * <p>Close it, or call {@link #finish()} to close it and learn what was written.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ImportCsv implements AutoCloseable {

    /** The importer's {@code --array-delimiter} value for the files' lists. */
    public static final String ARRAY_DELIMITER_OPTION = "U+001F";

    /** The character between list items. */
    public static final char ARRAY_DELIMITER = '\u001F';

    /**
     * A node file's name and header.
     *
     * @param name       the file's name in the directory, e.g. {@code nodes-Person.csv}
     * @param idSpace    the importer's id group of the file's ids (ids are unique within a group), or {@code null}
     *                   for ids unique across every file
     * @param idProperty the property the id is also stored under (e.g. {@code id}), or {@code null} to use the id for
     *                   the import only
     * @param labels     the labels of every node of the file, named in its {@code --nodes} argument; empty for a
     *                   {@code :LABEL} column that gives each node's own labels
     * @param columns    the property columns in order, each with its importer type ({@link #typeOf})
     */
    public record NodeFile(String name, String idSpace, String idProperty, List<String> labels,
                           Map<String, String> columns) {
        /**
         * Copies the lists.
         *
         * @param name       the file's name in the directory, e.g. {@code nodes-Person.csv}
         * @param idSpace    the importer's id group of the file's ids, or {@code null}
         * @param idProperty the property the id is also stored under, or {@code null}
         * @param labels     the labels of every node of the file; empty for a {@code :LABEL} column
         * @param columns    the property columns in order, each with its importer type
         */
        public NodeFile {
            Objects.requireNonNull(name, "name");
            labels = List.copyOf(labels);
            columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }
    }

    /**
     * A relationship file's name and header.
     *
     * @param name       the file's name in the directory, e.g. {@code relationships-HIRED_FROM.csv}
     * @param type       the type of every relationship of the file, named in its {@code --relationships} argument;
     *                   {@code null} for a {@code :TYPE} column that gives each relationship's own type
     * @param startSpace the id group of the start nodes, or {@code null}
     * @param endSpace   the id group of the end nodes, or {@code null}
     * @param columns    the property columns in order, each with its importer type ({@link #typeOf})
     */
    public record RelationshipFile(String name, String type, String startSpace, String endSpace,
                                   Map<String, String> columns) {
        /**
         * Copies the columns.
         *
         * @param name       the file's name in the directory
         * @param type       the type of every relationship of the file, or {@code null} for a {@code :TYPE} column
         * @param startSpace the id group of the start nodes, or {@code null}
         * @param endSpace   the id group of the end nodes, or {@code null}
         * @param columns    the property columns in order, each with its importer type
         */
        public RelationshipFile {
            Objects.requireNonNull(name, "name");
            columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }
    }

    /**
     * What was written.
     *
     * @param directory         where the files are
     * @param nodeFiles         the node files, in the order they were started
     * @param relationshipFiles the relationship files, in the order they were started
     * @param nodes             the importer's {@code --nodes} values: {@code Label:Label=file}, or the file alone
     * @param relationships     the importer's {@code --relationships} values: {@code TYPE=file}, or the file alone
     * @param multiline         whether some value spans lines (the importer then needs {@code --multiline-fields})
     * @param nodeCount         nodes written
     * @param relationshipCount relationships written
     */
    public record Layout(Path directory, List<Path> nodeFiles, List<Path> relationshipFiles, List<String> nodes,
                         List<String> relationships, boolean multiline, long nodeCount, long relationshipCount) {
        /**
         * Copies the lists.
         *
         * @param directory         where the files are
         * @param nodeFiles         the node files
         * @param relationshipFiles the relationship files
         * @param nodes             the importer's {@code --nodes} values
         * @param relationships     the importer's {@code --relationships} values
         * @param multiline         whether some value spans lines
         * @param nodeCount         nodes written
         * @param relationshipCount relationships written
         */
        public Layout {
            nodeFiles = List.copyOf(nodeFiles);
            relationshipFiles = List.copyOf(relationshipFiles);
            nodes = List.copyOf(nodes);
            relationships = List.copyOf(relationships);
        }

        /**
         * @return the importer's options for these files, without the database name: {@code --nodes},
         *         {@code --relationships}, {@code --array-delimiter}, and {@code --multiline-fields} when needed
         */
        public List<String> importArguments() {
            List<String> args = new ArrayList<>();
            nodes.forEach(n -> args.add("--nodes=" + n));
            relationships.forEach(r -> args.add("--relationships=" + r));
            args.add("--array-delimiter=" + ARRAY_DELIMITER_OPTION);
            if (multiline) {
                args.add("--multiline-fields=true");
            }
            return args;
        }
    }

    private record Open(Object header, Writer writer) {
    }

    private final Path directory;
    private final Map<String, Open> files = new LinkedHashMap<>();
    private final List<Path> nodeFiles = new ArrayList<>();
    private final List<Path> relationshipFiles = new ArrayList<>();
    private final List<String> nodeArgs = new ArrayList<>();
    private final List<String> relationshipArgs = new ArrayList<>();
    private boolean multiline;
    private long nodes;
    private long relationships;
    private boolean closed;

    private ImportCsv(Path directory) {
        this.directory = directory;
    }

    /**
     * @param directory where to write the files; created when missing
     * @return a writer with no file started
     * @throws TalentGraphException when the directory cannot be created
     */
    public static ImportCsv in(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new TalentGraphException("Cannot create " + directory + ": " + e.getMessage(), e);
        }
        return new ImportCsv(directory);
    }

    /**
     * The importer's column type of a property value: {@code string}, {@code long}, {@code double}, {@code boolean},
     * or a list of one of them ({@code string[]}...).
     *
     * @param property the property's name, for the message
     * @param value    its value: a String, an integral number, a floating-point number, a Boolean, or a list of one
     *                 of these (an empty list counts as a list of strings)
     * @return the type
     * @throws TalentGraphException for another kind of value, or a list of mixed types
     */
    public static String typeOf(String property, Object value) {
        if (value instanceof List<?> list) {
            String element = list.isEmpty() ? "string" : scalarType(property, list.get(0));
            for (Object item : list) {
                if (!scalarType(property, item).equals(element)) {
                    throw new TalentGraphException("Property '" + property + "' holds a list of mixed types " + list
                            + "; Neo4j stores only lists of one type.");
                }
            }
            return element + "[]";
        }
        return scalarType(property, value);
    }

    private static String scalarType(String property, Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return "long";
        }
        if (value instanceof Double || value instanceof Float) {
            return "double";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        throw new TalentGraphException("Property '" + property + "' has a value of type "
                + (value == null ? "null" : value.getClass().getSimpleName()) + " that the importer's files do not hold.");
    }

    /**
     * Appends a node.
     *
     * @param file       its file; the first node of a file writes the header, later ones must name the same header
     * @param id         the node's import id
     * @param labels     its labels, written when the file has a {@code :LABEL} column (ignored otherwise)
     * @param properties its properties; those the file has no column for are refused, those it lacks are left empty
     */
    public void node(NodeFile file, String id, List<String> labels, Map<String, Object> properties) {
        Writer writer = writer(file.name(), file, () -> {
            List<String> header = new ArrayList<>();
            header.add((file.idProperty() == null ? "" : file.idProperty()) + ":ID" + space(file.idSpace()));
            if (file.labels().isEmpty()) {
                header.add(":LABEL");
            }
            file.columns().forEach((name, type) -> header.add(name + ":" + type));
            Path path = directory.resolve(file.name());
            nodeFiles.add(path);
            nodeArgs.add(file.labels().isEmpty() ? path.toAbsolutePath().toString()
                    : String.join(":", file.labels()) + "=" + path.toAbsolutePath());
            return header;
        });
        List<String> cells = new ArrayList<>();
        cells.add(quote(id));
        if (file.labels().isEmpty()) {
            cells.add(quote(list(labels)));
        }
        cells.addAll(properties(file.name(), file.columns(), properties));
        line(writer, cells);
        nodes++;
    }

    /**
     * Appends a relationship.
     *
     * @param file       its file; the first relationship of a file writes the header, later ones must name the same
     * @param start      the start node's import id
     * @param end        the end node's import id
     * @param type       its type, written when the file has a {@code :TYPE} column (ignored otherwise)
     * @param properties its properties; those the file has no column for are refused, those it lacks are left empty
     */
    public void relationship(RelationshipFile file, String start, String end, String type, Map<String, Object> properties) {
        Writer writer = writer(file.name(), file, () -> {
            List<String> header = new ArrayList<>();
            header.add(":START_ID" + space(file.startSpace()));
            header.add(":END_ID" + space(file.endSpace()));
            if (file.type() == null) {
                header.add(":TYPE");
            }
            file.columns().forEach((name, columnType) -> header.add(name + ":" + columnType));
            Path path = directory.resolve(file.name());
            relationshipFiles.add(path);
            relationshipArgs.add(file.type() == null ? path.toAbsolutePath().toString()
                    : file.type() + "=" + path.toAbsolutePath());
            return header;
        });
        List<String> cells = new ArrayList<>();
        cells.add(quote(start));
        cells.add(quote(end));
        if (file.type() == null) {
            cells.add(quote(type));
        }
        cells.addAll(properties(file.name(), file.columns(), properties));
        line(writer, cells);
        relationships++;
    }

    /**
     * Closes every file.
     *
     * @return what was written
     */
    public Layout finish() {
        close();
        return new Layout(directory, nodeFiles, relationshipFiles, nodeArgs, relationshipArgs, multiline, nodes,
                relationships);
    }

    /** Closes every file; the first failure is thrown after all were tried. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        IOException failure = null;
        for (Open open : files.values()) {
            try {
                open.writer().close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw new TalentGraphException("Cannot write the importer's files in " + directory + ": "
                    + failure.getMessage(), failure);
        }
    }

    private static String space(String idSpace) {
        return idSpace == null ? "" : "(" + idSpace + ")";
    }

    private Writer writer(String name, Object header, java.util.function.Supplier<List<String>> columns) {
        if (closed) {
            throw new IllegalStateException("The importer's files in " + directory + " are closed");
        }
        Open open = files.get(name);
        if (open != null) {
            if (open.header() != header && !open.header().equals(header)) {
                throw new IllegalArgumentException("File " + name + " was started with another header: " + open.header());
            }
            return open.writer();
        }
        try {
            Writer writer = new BufferedWriter(Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8),
                    1 << 16);
            files.put(name, new Open(header, writer));
            writer.write(String.join(",", columns.get()));
            writer.write('\n');
            return writer;
        } catch (IOException e) {
            throw new TalentGraphException("Cannot write " + directory.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    private List<String> properties(String file, Map<String, String> columns, Map<String, Object> properties) {
        for (String key : properties.keySet()) {
            if (!columns.containsKey(key)) {
                throw new IllegalArgumentException("File " + file + " has no column for property '" + key + "'");
            }
        }
        List<String> cells = new ArrayList<>(columns.size());
        for (String column : columns.keySet()) {
            Object value = properties.get(column);
            cells.add(value == null ? "" : quote(value instanceof List<?> items ? list(items) : String.valueOf(value)));
        }
        return cells;
    }

    private static String list(List<?> items) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String item = String.valueOf(items.get(i));
            if (item.indexOf(ARRAY_DELIMITER) >= 0) {
                throw new TalentGraphException("A list item holds the character U+001F, which the importer's files use "
                        + "between list items: " + item);
            }
            if (i > 0) {
                text.append(ARRAY_DELIMITER);
            }
            text.append(item);
        }
        return text.toString();
    }

    private String quote(String text) {
        multiline |= text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private void line(Writer writer, List<String> cells) {
        try {
            writer.write(String.join(",", cells));
            writer.write('\n');
        } catch (IOException e) {
            throw new TalentGraphException("Cannot write the importer's files in " + directory + ": " + e.getMessage(), e);
        }
    }
}
