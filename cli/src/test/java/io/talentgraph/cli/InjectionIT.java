package io.talentgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.query.TalentQueries;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names, aliases, quotes and command-line parameters made of Cypher (and Lucene) fragments are data: they
 * are stored and returned verbatim and never change what a statement does. And {@code query} without
 * {@code --write} cannot change data whatever its text, on the embedded store and over Bolt, because the
 * database runs it in read access mode.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionIT {

    private static final Logger LOG = LoggerFactory.getLogger(InjectionIT.class);

    /**
     * How many generated inputs: 100 here, before every change; 1,000 in {@link InjectionFuzzIT}, the long suite.
     * Overridable for a longer run: {@code -Dtg.fuzz.inputs=20000}.
     */
    int inputCount() {
        return Integer.getInteger("tg.fuzz.inputs", 100);
    }

    static final long SEED = Long.getLong("tg.fuzz.seed", 20250701L);
    private static final int PER_DATASET = 10;

    private static final List<String> FRAGMENTS = List.of(
            "'", "\"", "`", "{", "}", "(", ")", "[", "]", "//", "/*", "*/", ";", "\\", "\\'", "\\\"", "$name", "$1",
            "DETACH DELETE n", "MATCH (n)", "}) MATCH (n) DETACH DELETE n //", "'}) CREATE (:Person {id: 'evil'}) //",
            "\" OR 1=1 --", "` MERGE (x:Evil) RETURN `", "CALL db.labels()", "UNION MATCH (n) RETURN n",
            "SET n.name = 'pwned'", "LOAD CSV FROM 'file:///etc/passwd' AS l", ":param x => 1", "${jndi:ldap://x}",
            "ＭＡＴＣＨ （ｎ） ＤＥＴＡＣＨ ＤＥＬＥＴＥ ｎ", "＇", "＂", "｛", "｝", "＄name", "ˈ", "ʹ", "‘", "’", "“", "”",
            "name:*", "AND", "OR", "NOT", "*", "?", "~", "^2", "+", "-", "&&", "||", "!", ":", "%", "<script>", "%00",
            "Robert'); DROP TABLE students;--", "\\u0027", "n.id", "x", "Lee", "O'Brien");

    private final Database db = TestNeo4j.database();
    private final List<String> inputs = new ArrayList<>();

    @BeforeAll
    void graphHoldsTheArticleAndTheFuzzedNames() {
        TestNeo4j.clearData(db);
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
        Random random = new Random(SEED);
        for (int i = 0, count = inputCount(); i < count; i++) {
            StringBuilder s = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            for (int p = 0; p < parts; p++) {
                if (p > 0 && random.nextBoolean()) {
                    s.append(' ');
                }
                s.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
            inputs.add(s.toString().strip().replaceAll(" +", " "));
        }
    }

    /** A unique, resolution-safe name around the input: two numbers, so any two names differ in two places. */
    private static String nameFor(int i, String input) {
        return "Fz" + i + "q" + i + " " + input;
    }

    private static String aliasFor(int i, String input) {
        return input + " Al" + i + "z" + i;
    }

    private Map<String, Long> counts() {
        return db.read(tx -> tx.run("MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels"))
                .get(0).values().entrySet().stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), (Long) e.getValue()), Map::putAll);
    }

    /** The seed's nodes and their outgoing relationships; other datasets may only add themselves to datasets lists. */
    private Map<String, Object> seedSnapshot() {
        Map<String, Object> snapshot = new java.util.TreeMap<>();
        db.read(tx -> tx.run("""
                MATCH (n) WHERE 'msl-launch-ar' IN n.datasets
                RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
                       [(n)-[r]->(m) | [type(r), m.id, properties(r)]] AS rels""")).forEach(r -> {
            Map<String, Object> props = new java.util.HashMap<>(r.map("props"));
            props.remove("datasets");
            snapshot.put(r.string("id"), List.of(new java.util.HashSet<>(r.strings("labels")), props,
                    new java.util.HashSet<>((List<?>) r.get("rels"))));
        });
        return snapshot;
    }

    @Test
    void fuzzedNamesAliasesAndQuotesAreStoredVerbatimAndWriteNothingElse() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> seedBefore = seedSnapshot();
        int loads = 0;
        for (int start = 0; start < inputs.size(); start += PER_DATASET) {
            List<Map<String, Object>> people = new ArrayList<>();
            List<Map<String, Object>> facts = new ArrayList<>();
            StringBuilder text = new StringBuilder("Fuzz wire.\n");
            String source = "fuzz-source-" + start;
            int end = Math.min(inputs.size(), start + PER_DATASET);
            for (int i = start; i < end; i++) {
                people.add(Map.of("id", "fz-" + i, "name", nameFor(i, inputs.get(i)), "aliases", List.of(aliasFor(i, inputs.get(i)))));
                facts.add(Map.of("type", "works-at", "person", "fz-" + i, "organization", "meta",
                        "sources", List.of(source), "evidence", List.of(Map.of("quote", inputs.get(i) + " @" + i))));
                text.append(inputs.get(i)).append(" @").append(i).append('\n');
            }
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("format", "talentgraph-dataset/1");
            dataset.put("id", "fuzz-" + start);
            dataset.put("sources", List.of(Map.of("id", source, "kind", "report", "text", "fuzz.txt")));
            dataset.put("people", people);
            dataset.put("organizations", List.of(Map.of("id", "meta", "name", "Meta", "kind", "company")));
            dataset.put("facts", facts);
            String body = json.writeValueAsString(dataset);
            String sourceText = text.toString();
            Map<String, Long> before = counts();

            new GraphLoader(db).load(DatasetReader.parse("fuzz-" + start + ".json", body, name -> sourceText));
            loads++;

            Map<String, Long> after = counts();
            int n = end - start;
            assertThat(after.get("nodes")).as("nodes after dataset %d", start).isEqualTo(before.get("nodes") + n + 1);
            assertThat(after.get("rels")).as("relationships after dataset %d", start).isEqualTo(before.get("rels") + n);
        }
        for (int i = 0; i < inputs.size(); i++) {
            int index = i;
            Row stored = db.read(tx -> tx.run("""
                    MATCH (p:Person {id: $id})-[w:WORKS_AT]->(:Organization {id: 'meta'})
                    RETURN p.name AS name, p.aliases AS aliases, w.evidence AS evidence""", Map.of("id", "fz-" + index))).get(0);
            assertThat(stored.string("name")).isEqualTo(nameFor(i, inputs.get(i)));
            assertThat(stored.strings("aliases")).containsExactly(aliasFor(i, inputs.get(i)));
            assertThat(stored.strings("evidence")).containsExactly(inputs.get(i) + " @" + i);
        }
        assertThat(seedSnapshot()).isEqualTo(seedBefore);
        LOG.info("FIGURES fuzz: {} generated inputs in {} loads, seed {}: all stored verbatim, no extra writes",
                inputs.size(), loads, SEED);
    }

    @Test
    void fuzzedTextsAsQueryInputsFindTheirPersonAndChangeNothing() {
        fuzzedNamesAliasesAndQuotesAreStoredVerbatimAndWriteNothingElseOnce();
        Map<String, Long> before = counts();
        Map<String, Object> seedBefore = seedSnapshot();
        TalentQueries queries = new TalentQueries(db);
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(queries.personId(nameFor(i, inputs.get(i)))).isEqualTo("fz-" + i);
            queries.search(inputs.get(i), 3);
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(seedSnapshot()).isEqualTo(seedBefore);
    }

    private boolean loaded;

    private void fuzzedNamesAliasesAndQuotesAreStoredVerbatimAndWriteNothingElseOnce() {
        if (!loaded && db.read(tx -> tx.run("MATCH (p:Person {id: 'fz-0'}) RETURN p")).isEmpty()) {
            try {
                fuzzedNamesAliasesAndQuotesAreStoredVerbatimAndWriteNothingElse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        loaded = true;
    }

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void cypherFragmentsAsCliParametersAreValuesNotStatements() {
        fuzzedNamesAliasesAndQuotesAreStoredVerbatimAndWriteNothingElseOnce();
        String uri = TestNeo4j.server().boltURI().toString();
        Map<String, Long> before = counts();
        int runs = Math.min(50, inputs.size() / 5);
        for (int i = 0; i < runs; i++) {
            Run run = cli("query", "--uri", uri, "--format", "json",
                    "MATCH (p:Person) WHERE p.name = $name RETURN p.id AS id, p.name AS name",
                    "--param", "name=" + nameFor(i, inputs.get(i)));
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("\"fz-" + i + "\"");
        }
        assertThat(counts()).isEqualTo(before);
    }

    /** Statements that would change data or schema, and ways of hiding a write inside a read. */
    static final List<String> WRITES = List.of(
            "CREATE (:Person {id: 'intruder', name: 'Intruder'})",
            "MERGE (p:Person {id: 'intruder'}) RETURN p",
            "MATCH (p:Person {id: 'sam-altman'}) SET p.name = 'Someone Else'",
            "MATCH (p:Person {id: 'sam-altman'}) REMOVE p.nameAr",
            "MATCH (p:Person {id: 'noam-brown'}) SET p:Hired",
            "MATCH (n) DETACH DELETE n",
            "MATCH ()-[r:TRIED_TO_HIRE]->() DELETE r",
            "MATCH (o:Organization {id: 'meta'}), (p:Person {id: 'noam-brown'}) CREATE (p)-[:WORKS_AT]->(o)",
            "MATCH (p:Person) WITH p LIMIT 1 CALL { WITH p SET p.pwned = true } RETURN count(*)",
            "FOREACH (i IN range(1, 3) | CREATE (:Person {id: 'loop-' + i}))",
            "MATCH (p:Person) RETURN p.name UNION CREATE (x:Person {id: 'union'}) RETURN x.id AS `p.name`",
            "CREATE INDEX evil IF NOT EXISTS FOR (n:Person) ON (n.evil)",
            "DROP CONSTRAINT person_id",
            "CALL db.createLabel('Evil')",
            "CALL db.createProperty('evil')",
            "UNWIND range(1, 5) AS i CALL { CREATE (:Evil) } IN TRANSACTIONS OF 1 ROWS",
            "MATCH (p:Person {id: 'sam-altman'}) SET p += {name: 'x'} RETURN p",
            "RETURN 1 // harmless\nCREATE (:Evil)",
            "/* read */ MATCH (n) SET n.touched = true",
            "LOAD CSV FROM 'file:///dev/null' AS line CREATE (:Evil)");

    @Test
    void queryWithoutWriteChangesNothingOverBolt() {
        fuzzedNamesAliasesAndQuotesAreStoredVerbatimAndWriteNothingElseOnce();
        String uri = TestNeo4j.server().boltURI().toString();
        Map<String, Long> before = counts();
        Map<String, Object> seedBefore = seedSnapshot();
        List<Row> schemaBefore = db.read(tx -> tx.run("SHOW INDEXES YIELD name RETURN name ORDER BY name"));

        for (String statement : WRITES) {
            Run run = cli("query", "--uri", uri, statement);
            assertThat(run.code()).as(statement + " -> " + run.out() + run.err()).isEqualTo(1);
        }

        assertThat(counts()).isEqualTo(before);
        assertThat(seedSnapshot()).isEqualTo(seedBefore);
        List<Row> schemaAfter = db.read(tx -> tx.run("SHOW INDEXES YIELD name RETURN name ORDER BY name"));
        assertThat(schemaAfter).isEqualTo(schemaBefore);
        assertThat(cli("query", "--uri", uri, "CREATE (:Person {id: 'x'})").err())
                .contains("queries are read-only. Add --write if you mean it");
    }

    @Test
    void queryWithoutWriteChangesNothingOnTheEmbeddedStore(@TempDir Path home) {
        String store = home.resolve("store").toString();
        // One store open for all commands, as a long-lived process would hold it: every kind of write is tried.
        try (CliSession session = CliSession.perTest()) {
            assertThat(session.run(Map.of(), "load", "--store", store, "--seed").exitCode()).isZero();
            String countAll = "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels, "
                    + "collect(DISTINCT n.name)[0..200] AS names";
            CliRunner.Result before = session.run(Map.of(), "query", "--store", store, "--format", "json", countAll);
            assertThat(before.exitCode()).isZero();

            for (String statement : WRITES) {
                CliRunner.Result run = session.run(Map.of(), "query", "--store", store, statement);
                assertThat(run.exitCode()).as(statement + " -> " + run.out() + run.err()).isEqualTo(1);
            }

            assertThat(session.run(Map.of(), "query", "--store", store, "--format", "json", countAll).out())
                    .isEqualTo(before.out());
        }
    }
}
