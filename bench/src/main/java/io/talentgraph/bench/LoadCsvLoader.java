package io.talentgraph.bench;

import io.talentgraph.bulk.BulkInput;
import io.talentgraph.bulk.internal.CsvShape;
import io.talentgraph.connect.Database;
import io.talentgraph.dataset.FactType;
import io.talentgraph.load.internal.GraphWrites;
import io.talentgraph.schema.GraphSchema;
import io.talentgraph.schema.TalentFlowAggregate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Neo4j's recommended online path, as a skilled user would write it for the bulk CSV files:
 * {@code LOAD CSV WITH HEADERS ... CALL { ... } IN TRANSACTIONS OF n ROWS}, one pass per file, the rows built
 * in Cypher from the columns and written by the very statement bodies TalentGraph's loaders run
 * ({@link GraphWrites}), so that it writes the same graph. It does not validate anything.
 */
final class LoadCsvLoader {

    private final Database db;
    private final Path importRoot;
    private final int batchSize;

    /**
     * @param db         the server, over Bolt
     * @param importRoot the server's import directory: file URLs are relative to it
     * @param batchSize  rows per inner transaction
     */
    LoadCsvLoader(Database db, Path importRoot, int batchSize) {
        this.db = db;
        this.importRoot = importRoot;
        this.batchSize = batchSize;
    }

    /** @return milliseconds for schema, the passes over the files and the talent flow rebuild */
    long load(Path inputDir) {
        long started = System.nanoTime();
        BulkInput input = BulkInput.open(inputDir);
        GraphSchema.apply(db);
        TalentFlowAggregate.markStale(db);
        for (BulkInput.File file : input.files()) {
            if (file.format() != BulkInput.Format.CSV) {
                throw new IllegalArgumentException("LOAD CSV reads CSV, not " + file.path());
            }
            String url = "file:///" + importRoot.toAbsolutePath().relativize(file.path().toAbsolutePath()).toString().replace('\\', '/');
            Map<String, Object> params = Map.of("url", url, "dataset", input.datasetId());
            switch (file.part()) {
                case PEOPLE -> run(PEOPLE, params);
                case ORGANIZATIONS -> run(ORGANIZATIONS, params);
                case SOURCES -> {
                    run(SOURCES, params);
                    run(SOURCE_LINKS, params);
                }
                case FACTS -> run(FACTS, params);
            }
        }
        TalentFlowAggregate.rebuild(db);
        return (System.nanoTime() - started) / 1_000_000;
    }

    private void run(String body, Map<String, Object> params) {
        db.runAutoCommit("""
                LOAD CSV WITH HEADERS FROM $url AS line
                CALL (line) {
                %s
                } IN TRANSACTIONS OF %d ROWS""".formatted(body.indent(2), batchSize), params);
    }

    // ---- the rows, built from the columns ----------------------------------------------------------

    /** A cell, null when empty. */
    static String f(String column) {
        return "CASE line.`" + column + "` WHEN '' THEN null ELSE line.`" + column + "` END";
    }

    private static String list(String column) {
        return "CASE WHEN " + f(column) + " IS NULL THEN [] ELSE split(" + f(column) + ", '" + CsvShape.LIST_SEPARATOR + "') END";
    }

    private static String precision(String value) {
        return "CASE size(" + value + ") WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END";
    }

    private static String body(GraphWrites.Statement statement) {
        return statement.body();
    }

    static final String PEOPLE = """
            WITH {id: %s, name: %s, nameAr: %s, aliases: %s, roles: %s} AS row
            """.formatted(f("id"), f("name"), f("nameAr"), list("aliases"), list("roles")) + body(GraphWrites.PEOPLE);

    static final String ORGANIZATIONS = """
            WITH {id: %s, name: %s, nameAr: %s, aliases: %s, kind: %s, description: %s, descriptionAr: %s} AS row
            """.formatted(f("id"), f("name"), f("nameAr"), list("aliases"), f("kind"), f("description"),
            f("descriptionAr")) + body(GraphWrites.ORGANIZATIONS);

    static final String SOURCES = """
            WITH {id: %s, props: {kind: %s, outlet: %s, outletAr: %s, language: %s, title: %s, titleEn: %s, url: %s,
                  published: %s, publishedPrecision: %s, when: %s, whenEn: %s, hasText: false}} AS row
            """.formatted(f("id"), f("kind"), f("outlet"), f("outletAr"), f("language"), f("title"), f("titleEn"), f("url"),
            f("published"), precision(f("published")), f("when"), f("whenEn")) + body(GraphWrites.SOURCES);

    static final String SOURCE_LINKS = """
            WITH line WHERE %1$s IS NOT NULL OR %2$s IS NOT NULL
            CALL (line) {
              UNWIND %3$s AS citing
              WITH {citing: citing, cited: %5$s} AS row
            %6$s}
            CALL (line) {
              UNWIND %4$s AS person
              WITH {person: person, source: %5$s} AS row
            %7$s}
            """.formatted(f("citedBy"), f("participants"), list("citedBy"), list("participants"), f("id"),
            body(GraphWrites.CITES).indent(2), body(GraphWrites.APPEARED_IN).indent(2));

    static final String FACTS = facts();

    /** The row {@link GraphWrites#factRow} builds, built in Cypher: the fields of every fact type, by kind. */
    private static String facts() {
        Set<String> references = new LinkedHashSet<>();
        Set<String> texts = new LinkedHashSet<>();
        for (FactType type : FactType.values()) {
            for (FactType.Field field : type.fields()) {
                switch (field.kind()) {
                    case REFERENCE -> references.add(field.name());
                    case TEXT -> texts.add(field.name());
                    default -> { }
                }
            }
        }
        String derivedId = "CASE " + f("type") + " " + java.util.Arrays.stream(FactType.values())
                .map(t -> "WHEN '" + t.key() + "' THEN '" + t.key() + "' + "
                        + t.identifyingFields().stream().map(x -> "':' + " + f(x.name())).collect(Collectors.joining(" + ")))
                .collect(Collectors.joining(" ")) + " END";
        String factId = "coalesce(" + f("id") + ", " + derivedId + ")";
        String amount = "CASE WHEN " + f("amount.value") + " CONTAINS '.' THEN toFloat(" + f("amount.value") + ") ELSE toInteger("
                + f("amount.value") + ") END";
        List<String> props = new ArrayList<>(List.of(
                "factId: " + factId,
                "attribution: coalesce(" + f("attribution") + ", 'stated')",
                "reportedBy: " + f("reportedBy"), "claimedBy: " + f("claimedBy"), "note: " + f("note"),
                "when: " + f("when"), "whenEn: " + f("whenEn"),
                "date: " + f("date"), "datePrecision: " + precision(f("date")),
                "since: " + f("since"), "sincePrecision: " + precision(f("since")),
                "until: " + f("until"), "untilPrecision: " + precision(f("until")),
                "evidenceVerified: false"));
        texts.forEach(t -> props.add("`" + t + "`: " + f(t)));
        props.add("current: CASE WHEN " + f("type") + " = 'works-at' THEN coalesce(toBoolean(" + f("current")
                + "), true) ELSE toBoolean(" + f("current") + ") END");
        props.add("count: toInteger(" + f("count") + ")");
        props.add("amount: " + amount);
        props.add("currency: " + f("amount.currency"));
        props.add("amountQualifier: CASE WHEN " + f("amount.value") + " IS NULL THEN null ELSE coalesce("
                + f("amount.qualifier") + ", 'exact') END");
        props.add("amountUsd: CASE WHEN " + f("amount.currency") + " = 'USD' THEN " + amount + " END");
        props.add("hiredBy: CASE WHEN " + f("type") + " IN ['hire', 'group-hire'] THEN " + f("by") + " END");
        props.add("`from`: CASE WHEN " + f("type") + " IN ['hire', 'group-hire'] THEN " + f("from") + " END");
        props.add("id: CASE WHEN " + f("type") + " = 'group-hire' THEN " + f("id") + " END");
        List<String> row = new ArrayList<>();
        row.add("type: " + f("type"));
        references.forEach(r -> row.add("`" + r + "`: " + f(r)));
        row.add("factId: " + factId);
        row.add("props: {" + String.join(", ", props) + "}");
        row.add("sources: " + list("sources"));
        row.add("evidence: " + list("evidence"));
        row.add("evidenceEn: CASE WHEN " + f("evidenceEn") + " IS NULL THEN [q IN " + list("evidence") + " | ''] ELSE "
                + list("evidenceEn") + " END");
        StringBuilder sb = new StringBuilder("WITH {" + String.join(",\n      ", row) + "} AS row\n");
        for (FactType type : GraphWrites.writeOrder()) {
            for (GraphWrites.Statement statement : GraphWrites.factStatements(type)) {
                sb.append("CALL (row) {\n  WITH row WHERE row.type = '").append(type.key()).append("'\n")
                        .append(statement.body().indent(2)).append("}\n");
            }
        }
        return sb.toString();
    }
}
