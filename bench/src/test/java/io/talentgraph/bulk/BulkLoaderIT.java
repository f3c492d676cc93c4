package io.talentgraph.bulk;

import io.talentgraph.bench.synthetic.SyntheticTalentGraph;
import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.connect.TransactionWork;
import io.talentgraph.dataset.DatasetProblem;
import io.talentgraph.dataset.InvalidDatasetException;
import io.talentgraph.query.Flow;
import io.talentgraph.query.FlowQuery;
import io.talentgraph.query.Page;
import io.talentgraph.query.TalentQueries;
import io.talentgraph.testing.ForwardingDatabase;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bulk loads of a generated talent graph into a real Neo4j, checked against what the generator wrote. */
class BulkLoaderIT {

    private static final int PERSONS = 600;

    @TempDir
    static Path work;
    private static Path csv;
    private static Path jsonl;
    private static Path delta;
    private static SyntheticTalentGraph.Summary summary;

    private final Database db = TestNeo4j.database();

    @BeforeAll
    static void generate() {
        SyntheticTalentGraph graph = SyntheticTalentGraph.of(PERSONS, 7);
        csv = work.resolve("csv");
        jsonl = work.resolve("jsonl");
        delta = work.resolve("delta");
        summary = graph.write(csv, BulkInput.Format.CSV);
        graph.write(jsonl, BulkInput.Format.JSON_LINES);
        graph.writeDelta(delta, 0.01, BulkInput.Format.JSON_LINES);
    }

    @BeforeEach
    void emptyDatabase() {
        TestNeo4j.clearData(db);
    }

    private static BulkOptions small() {
        return BulkOptions.defaults().withBatchSize(500);
    }

    @Test
    void aGeneratedGraphLoadsWithEveryNodeAndRelationshipTheGeneratorWrote() {
        BulkLoadReport report = new BulkLoader(db, small()).load(BulkInput.open(csv));

        assertThat(report.totalRecords()).isEqualTo(summary.records());
        assertThat(report.batches()).isGreaterThan(summary.records() / 500);
        Row counts = db.read(tx -> tx.run("""
                RETURN COUNT { (:Person) } AS people, COUNT { (:Organization) } AS orgs, COUNT { (:Source) } AS sources,
                       COUNT { (:HiringGroup) } AS groups, COUNT { ()-[r]->() } AS rels,
                       COUNT { (:Person:Executive) } AS executives, COUNT { (:Organization:Lab) } AS labs""")).get(0);
        assertThat(counts.longValue("people")).isEqualTo(summary.persons());
        assertThat(counts.longValue("orgs")).isEqualTo(summary.organizations());
        assertThat(counts.longValue("sources")).isEqualTo(summary.sources());
        assertThat(counts.longValue("people") + counts.longValue("orgs") + counts.longValue("sources")
                + counts.longValue("groups")).isEqualTo(summary.nodes());
        assertThat(counts.longValue("rels")).isEqualTo(summary.relationships());
        assertThat(counts.longValue("executives")).isPositive();
        assertThat(counts.longValue("labs")).isPositive();
    }

    @Test
    void csvAndJsonLinesOfTheSameGraphLoadTheSameGraph() {
        new BulkLoader(db, small()).load(BulkInput.open(csv));
        List<Row> fromCsv = TestNeo4j.snapshot(db);
        TestNeo4j.clearData(db);

        new BulkLoader(db, small()).load(BulkInput.open(jsonl));

        assertThat(TestNeo4j.snapshot(db)).isEqualTo(fromCsv);
    }

    @Test
    void loadingTwiceLeavesTheSameGraph() {
        new BulkLoader(db, small()).load(BulkInput.open(csv));
        List<Row> once = TestNeo4j.snapshot(db);

        BulkLoadReport again = new BulkLoader(db, small()).load(BulkInput.open(csv));

        assertThat(again.nodesCreated()).isZero();
        assertThat(again.relationshipsCreated()).isZero();
        assertThat(TestNeo4j.snapshot(db)).isEqualTo(once);
    }

    @Test
    void aDeltaAddsNewMovesEndsTheJobsTheyLeaveAndKeepsTheTalentFlowExact() {
        new BulkLoader(db, small()).load(BulkInput.open(csv));
        long currentBefore = currentJobs();

        BulkLoadReport report = new BulkLoader(db, small()).load(BulkInput.open(delta));

        assertThat(report.flowMode()).isEqualTo(BulkOptions.FlowMode.INCREMENTAL);
        long moves = report.records().get(BulkInput.Part.FACTS) / 2;
        assertThat(report.relationshipsCreated()).isEqualTo(2 * moves);
        assertThat(currentJobs()).as("each mover has one current job, the new one").isEqualTo(currentBefore);
        TalentQueries queries = new TalentQueries(db);
        assertThat(sorted(everyFlow(queries, FlowQuery.all()))).isEqualTo(sorted(plainFlow(false)));
        assertThat(sorted(everyFlow(queries, FlowQuery.all().rolledUp()))).isEqualTo(sorted(plainFlow(true)));
        Row moved = db.read(tx -> tx.run("""
                MATCH (p:Person)-[h:HIRED_FROM]->() WHERE h.since >= '2025-07'
                MATCH (p)-[w:WORKS_AT]->() WHERE w.current
                RETURN count(DISTINCT p) AS movers, count(w) AS currentJobs, collect(DISTINCT w.since >= '2025-07') AS allNew""")).get(0);
        assertThat(moved.longValue("movers")).isEqualTo(moves);
        assertThat(moved.longValue("currentJobs")).isEqualTo(moves);
        assertThat(moved.get("allNew")).isEqualTo(List.of(true));
    }

    @Test
    void aFactThatEndsAJobMakesItFormerAndOneThatEndsNothingKnownIsRefused(@TempDir Path more) throws IOException {
        new BulkLoader(db, small()).load(BulkInput.open(csv));
        Row job = db.read(tx -> tx.run("""
                MATCH (p:Person)-[w:WORKS_AT {current: true}]->(o:Organization)
                WITH p, w, o LIMIT 1
                MATCH (s:Source) WITH p, w, o, s LIMIT 1
                RETURN p.id AS person, w.factId AS job, o.id AS org, s.id AS source""")).get(0);
        Files.writeString(more.resolve(BulkInput.MANIFEST), "{\"format\": \"talentgraph-bulk/1\", \"id\": \"more\"}");
        String line = """
                {"type": "works-at", "id": "%s", "person": "%s", "organization": "%s", "title": "Advisor", "since": "2026-02", \
                "ends": ["%s"], "sources": ["%s"], "evidence": [{"quote": "q"}]}
                """;
        Files.writeString(more.resolve("facts.jsonl"), line.formatted("now-an-advisor", job.string("person"),
                job.string("org"), job.string("job"), job.string("source")));

        new BulkLoader(db, small()).load(BulkInput.open(more));

        Row ended = db.read(tx -> tx.run("MATCH ()-[w:WORKS_AT {factId: $job}]->() RETURN w.current AS current, "
                + "w.endedBy AS endedBy, w.validTo AS validTo", Map.of("job", job.string("job")))).get(0);
        assertThat(ended.bool("current")).isFalse();
        assertThat(ended.strings("endedBy")).containsExactly("now-an-advisor");
        assertThat(ended.string("validTo")).isEqualTo("2026-02-01");

        Files.writeString(more.resolve("facts.jsonl"), line.formatted("ends-nothing", job.string("person"),
                job.string("org"), "no-such-job", job.string("source")));
        assertThatThrownBy(() -> new BulkLoader(db, small()).load(BulkInput.open(more)))
                .hasMessageContaining("ends-nothing").hasMessageContaining("no-such-job").hasMessageContaining("ends");
        assertThat(db.read(tx -> tx.run("MATCH ()-[w {factId: 'ends-nothing'}]->() RETURN count(w) AS c")).get(0)
                .longValue("c")).as("the refused batch is rolled back").isZero();
    }

    @Test
    void aLoadThatStopsMidwayResumesFromItsCheckpointWithoutDuplicates(@TempDir Path elsewhere) throws IOException {
        Path checkpoint = elsewhere.resolve("checkpoint.json");
        BulkOptions options = small().withCheckpoint(checkpoint);
        Database failing = failingAfter(db, 9);

        assertThatThrownBy(() -> new BulkLoader(failing, options).load(BulkInput.open(csv)))
                .hasMessageContaining("connection lost");
        assertThat(checkpoint).exists();
        assertThat(Files.readString(checkpoint)).contains("\"people\" : 600").contains("\"validated\"");

        List<BulkProgress> seen = new ArrayList<>();
        BulkLoadReport resumed = new BulkLoader(db, options.withProgress(seen::add)).load(BulkInput.open(csv));

        assertThat(resumed.recordsWritten()).isLessThan(summary.records());
        assertThat(seen).extracting(BulkProgress::phase).as("the checkpoint's input was validated").doesNotContain("validating");
        assertThat(resumed.totalRecords()).isEqualTo(summary.records());
        assertThat(checkpoint).doesNotExist();
        List<Row> afterResume = TestNeo4j.snapshot(db);
        TestNeo4j.clearData(db);
        new BulkLoader(db, small()).load(BulkInput.open(csv));
        assertThat(afterResume).isEqualTo(TestNeo4j.snapshot(db));
    }

    @Test
    void badInputIsReportedWithFileLineAndFieldAndNothingIsWritten(@TempDir Path bad) throws IOException {
        Files.writeString(bad.resolve(BulkInput.MANIFEST), "{\"format\": \"talentgraph-bulk/1\", \"id\": \"bad\"}");
        Files.writeString(bad.resolve("people.csv"), """
                id,name,nameAr,roles
                ada-lovelace,Ada Lovelace,,researcher
                Ada Lovelace,Ada,,researcher
                ada-lovelace,Ada Again,,researcher
                """);
        Files.writeString(bad.resolve("organizations.jsonl"), """
                {"id": "analytical-engines", "name": "Analytical Engines", "kind": "company"}
                {"id": "difference-labs", "name": "Difference Labs", "kind": "garage"}
                """);
        Files.writeString(bad.resolve("facts.jsonl"), """
                {"type": "hire", "person": "ada-lovelace", "by": "analytical-engines", "from": "nowhere-inc", "sources": ["s1"], "evidence": [{"quote": "q"}]}
                {"type": "hire", "person": "ada-lovelace", "by": "analytical-engines", "group": "later-group", "sources": ["s1"], "evidence": [{"quote": "q"}]}
                {"type": "group-hire", "id": "later-group", "by": "analytical-engines", "count": 3, "sources": ["s1"], "evidence": [{"quote": "q"}]}
                not json
                """);
        Files.writeString(bad.resolve("sources.csv"), "id,kind\ns1,article\n");

        assertThatThrownBy(() -> new BulkLoader(db, small()).load(BulkInput.open(bad)))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> {
                    List<String> where = e.problems().stream()
                            .map(p -> Path.of(p.file()).getFileName() + ":" + p.line() + ":" + p.field()).toList();
                    assertThat(where).contains("people.csv:3:id", "people.csv:4:id", "organizations.jsonl:2:kind",
                            "facts.jsonl:1:from", "facts.jsonl:2:group", "facts.jsonl:4:");
                    assertThat(e.problems()).extracting(DatasetProblem::message).anySatisfy(m ->
                            assertThat(m).contains("duplicate id 'ada-lovelace'").contains("line 2"));
                    assertThat(e.problems()).extracting(DatasetProblem::message).anySatisfy(m ->
                            assertThat(m).contains("unknown organization 'nowhere-inc'"));
                    assertThat(e.problems()).extracting(DatasetProblem::message).anySatisfy(m ->
                            assertThat(m).contains("defined at line 3, after the fact that names it"));
                    assertThat(e.getMessage()).contains("nothing was loaded");
                });
        assertThat(db.read(tx -> tx.run("MATCH (n) WHERE NOT n:TalentGraphSchema RETURN count(n) AS c")).get(0)
                .longValue("c")).isZero();
    }

    @Test
    void progressIsReportedWithRateAndEta() {
        List<BulkProgress> seen = new ArrayList<>();
        new BulkLoader(db, small().withProgress(seen::add)).load(BulkInput.open(csv));

        assertThat(seen).extracting(BulkProgress::phase).contains("people", "organizations", "sources", "facts");
        BulkProgress last = seen.stream().filter(p -> p.phase().equals("facts")).reduce((a, b) -> b).orElseThrow();
        assertThat(last.done()).isEqualTo(last.total());
        assertThat(last.rowsPerSecond()).isPositive();
        assertThat(last.describe()).contains("rows/s").contains("100%");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private long currentJobs() {
        return db.read(tx -> tx.run("MATCH ()-[w:WORKS_AT]->() WHERE w.current RETURN count(w) AS c")).get(0).longValue("c");
    }

    private List<Flow> plainFlow(boolean rollUp) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("from", null);
        params.put("to", null);
        params.put("rollUp", rollUp);
        params.put("limit", Integer.MAX_VALUE);
        params.put("asOf", null);
        String cypher = "CALL {\n" + io.talentgraph.schema.TalentFlowAggregate.COUNTED_UNITS + "}\n" + """
                WITH CASE WHEN $rollUp AND src IS NOT NULL
                          THEN head([(src)-[:PART_OF*0..]->(top:Organization) WHERE NOT (top)-[:PART_OF]->() | top])
                          ELSE src END AS src,
                     CASE WHEN $rollUp
                          THEN head([(dst)-[:PART_OF*0..]->(top:Organization) WHERE NOT (top)-[:PART_OF]->() | top])
                          ELSE dst END AS dst, fromDescription, named, unnamed
                WITH src, dst, fromDescription, sum(named) AS named, sum(unnamed) AS unnamed
                RETURN src.id AS src, fromDescription, dst.id AS dst, named, unnamed""";
        return db.read(tx -> tx.run(cypher, params)).stream()
                .map(r -> new Flow(r.string("src") == null ? null : new io.talentgraph.query.EntityRef(r.string("src"), null, "", null),
                        r.string("fromDescription"), new io.talentgraph.query.EntityRef(r.string("dst"), null, "", null),
                        r.longValue("named") + r.longValue("unnamed"), r.longValue("named"), r.longValue("unnamed")))
                .toList();
    }

    private static List<String> sorted(List<Flow> flows) {
        return flows.stream().map(f -> (f.from() == null ? "-" : f.from().id()) + "|" + f.fromDescription() + "|"
                + f.to().id() + "|" + f.named() + "|" + f.unnamed()).sorted().toList();
    }

    /** A database whose connection breaks after {@code writes} write transactions, as a crash would. */
    private static Database failingAfter(Database real, int writes) {
        AtomicInteger left = new AtomicInteger(writes);
        return new ForwardingDatabase(real) {
            @Override
            public <T> T write(TransactionWork<T> work) {
                if (left.decrementAndGet() < 0) {
                    throw new io.talentgraph.TalentGraphException("connection lost");
                }
                return real.write(work);
            }
        };
    }

    /** Every flow, a page of a thousand at a time. */
    private static List<Flow> everyFlow(TalentQueries queries, FlowQuery query) {
        List<Flow> all = new ArrayList<>();
        FlowQuery request = query.first(FlowQuery.MAX_PAGE_SIZE);
        for (Page<Flow> page = queries.flow(request); ; page = queries.flow(request.after(page.next()))) {
            all.addAll(page.items());
            if (!page.hasNext()) {
                return all;
            }
        }
    }
}
