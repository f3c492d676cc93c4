package io.talentgraph.bench;

import io.talentgraph.bulk.BulkInput;
import io.talentgraph.bulk.read.CsvShape;
import io.talentgraph.connect.Database;
import io.talentgraph.dataset.FactType;
import io.talentgraph.schema.GraphSchema;
import io.talentgraph.schema.TalentFlowAggregate;
import io.talentgraph.write.GraphWrites;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** The earliest day of a partial date, as ISO text ({@code PartialDate.earliest()}). */
    private static String earliest(String value) {
        return "CASE size(" + value + ") WHEN 4 THEN " + value + " + '-01-01' WHEN 7 THEN " + value + " + '-01' ELSE "
                + value + " END";
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

    /**
     * The row {@link GraphWrites#factRow} builds, built in Cypher for each fact type from that type's fields (a
     * property a type does not have must not be in its map: {@code SET r += map} would remove it), then that type's
     * statements, each in a subquery of its own.
     */
    private static String facts() {
        StringBuilder sb = new StringBuilder();
        for (FactType type : GraphWrites.writeOrder()) {
            String derivedId = "'" + type.key() + "' + " + type.identifyingFields().stream()
                    .map(x -> "':' + " + f(x.name())).collect(Collectors.joining(" + "));
            String factId = "coalesce(" + f("id") + ", " + derivedId + ")";
            List<String> props = new ArrayList<>(List.of(
                    "factId: " + factId,
                    "attribution: coalesce(" + f("attribution") + ", 'stated')",
                    "reportedBy: " + f("reportedBy"), "claimedBy: " + f("claimedBy"), "note: " + f("note"),
                    "when: " + f("when"), "whenEn: " + f("whenEn"),
                    "date: " + f("date"), "datePrecision: " + precision(f("date")),
                    "since: " + f("since"), "sincePrecision: " + precision(f("since")),
                    "until: " + f("until"), "untilPrecision: " + precision(f("until")),
                    "validTo: " + earliest(f("until")),
                    "ends: CASE WHEN " + f("ends") + " IS NULL THEN null ELSE " + list("ends") + " END",
                    "evidenceVerified: false"));
            List<String> row = new ArrayList<>();
            for (FactType.Field field : type.fields()) {
                String name = field.name();
                switch (field.kind()) {
                    case REFERENCE -> row.add("`" + name + "`: " + f(name));
                    case TEXT -> props.add("`" + name + "`: " + f(name));
                    case FLAG -> props.add("`" + name + "`: " + (type == FactType.WORKS_AT && name.equals("current")
                            ? "coalesce(toBoolean(" + f(name) + "), true)" : "toBoolean(" + f(name) + ")"));
                    case COUNT -> props.add("`" + name + "`: toInteger(" + f(name) + ")");
                    case AMOUNT -> {
                        String amount = "CASE WHEN " + f(name + ".value") + " CONTAINS '.' THEN toFloat(" + f(name + ".value")
                                + ") ELSE toInteger(" + f(name + ".value") + ") END";
                        props.add("amount: " + amount);
                        props.add("currency: " + f(name + ".currency"));
                        props.add("amountQualifier: coalesce(" + f(name + ".qualifier") + ", 'exact')");
                        props.add("amountUsd: CASE WHEN " + f(name + ".currency") + " = 'USD' THEN " + amount + " END");
                    }
                }
            }
            if (type == FactType.HIRE || type == FactType.GROUP_HIRE) {
                props.add("hiredBy: " + f("by"));
                props.add("`from`: " + f("from"));
            }
            if (type == FactType.GROUP_HIRE) {
                props.add("id: " + f("id"));
            }
            row.add("factId: " + factId);
            row.add("validFrom: " + earliest("coalesce(" + f("since") + ", " + f("date") + ")"));
            row.add("props: {" + String.join(", ", props) + "}");
            row.add("sources: " + list("sources"));
            row.add("evidence: " + list("evidence"));
            row.add("evidenceEn: CASE WHEN " + f("evidenceEn") + " IS NULL THEN [q IN " + list("evidence") + " | ''] ELSE "
                    + list("evidenceEn") + " END");
            sb.append("CALL (line) {\n  WITH line WHERE ").append(f("type")).append(" = '").append(type.key()).append("'\n")
                    .append("  WITH {").append(String.join(", ", row)).append("} AS row\n");
            for (GraphWrites.Statement statement : GraphWrites.factStatements(type)) {
                sb.append("  CALL (row) {\n").append(statement.body().indent(4)).append("  }\n");
            }
            sb.append("}\n");
        }
        return sb.toString();
    }
}
