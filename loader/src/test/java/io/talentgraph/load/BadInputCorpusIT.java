package io.talentgraph.load;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.connect.Transaction;
import io.talentgraph.connect.TransactionWork;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetProblem;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.dataset.InvalidDatasetException;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.testing.ForwardingDatabase;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every file of {@code bad-datasets/} is malformed or hostile in one way. Each must be refused with a
 * problem that names the file, the line and the field listed in {@code expected-problems.tsv}, and the
 * graph must hold exactly what it held before, property for property.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusIT {

    private final Database db = TestNeo4j.database();
    private Path corpus;

    record Expected(String file, int line, String field, String fragment) {
    }

    @BeforeAll
    void graphHoldsTheArticle() throws URISyntaxException {
        TestNeo4j.clearData(db);
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
        corpus = Path.of(getClass().getResource("/bad-datasets/expected-problems.tsv").toURI()).getParent();
    }

    private List<Expected> expectations() throws IOException {
        return Files.readAllLines(corpus.resolve("expected-problems.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(c -> new Expected(c[0], Integer.parseInt(c[1]), c[2], c[3]))
                .toList();
    }

    @Test
    void everyFileOfTheCorpusHasAnExpectationAndThereAreAtLeastForty() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".json")).collect(Collectors.toSet());
        }
        assertThat(expectations()).extracting(Expected::file).containsExactlyInAnyOrderElementsOf(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyBadDatasetIsRefusedWithFileLineAndFieldAndTheGraphIsUnchanged() throws IOException {
        List<Row> before = TestNeo4j.snapshot(db);
        List<String> failures = new ArrayList<>();
        for (Expected expected : expectations()) {
            Path file = corpus.resolve(expected.file());
            try {
                new GraphLoader(db).load(DatasetReader.read(file));
                failures.add(expected.file() + ": was loaded");
            } catch (InvalidDatasetException e) {
                if (e.problems().stream().noneMatch(p -> matches(p, file, expected))) {
                    failures.add(expected.file() + ": expected line " + expected.line() + ", field " + expected.field()
                            + ", '" + expected.fragment() + "' but got " + e.problems());
                }
                e.problems().stream().filter(p -> p.line() < 1 || p.field().isBlank()).findAny()
                        .ifPresent(p -> failures.add(expected.file() + ": a problem without line or field: " + p));
                assertThat(e.getMessage()).contains(file.toString()).contains("nothing was loaded");
            }
        }
        assertThat(failures).isEmpty();
        assertThat(TestNeo4j.snapshot(db)).isEqualTo(before);
    }

    private static boolean matches(DatasetProblem p, Path file, Expected expected) {
        boolean field = expected.field().endsWith("*")
                ? p.field().startsWith(expected.field().substring(0, expected.field().length() - 1))
                : p.field().equals(expected.field());
        return p.file().equals(file.toString()) && p.line() == expected.line() && field
                && p.message().contains(expected.fragment());
    }

    @Test
    void aStringOfTwoMillionCharactersIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge-string.yaml");
        Files.writeString(file, "format: talentgraph-dataset/1\nid: huge\ntitle: '" + "x".repeat(2_000_000)
                + "'\nsources: [{id: s, kind: article}]\nfacts: []\n");

        assertThatThrownBy(() -> DatasetReader.read(file)).isInstanceOfSatisfying(InvalidDatasetException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.field()).isEqualTo("title");
                }));
    }

    @Test
    void nestingTenThousandLevelsDeepIsRefusedBeforeTheStackOverflows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("deep.json");
        Files.writeString(file, "{\"format\": \"talentgraph-dataset/1\", \"id\": \"deep\", \"sources\": "
                + "[".repeat(10_000) + "]".repeat(10_000) + "}");

        assertThatThrownBy(() -> DatasetReader.read(file)).isInstanceOfSatisfying(InvalidDatasetException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.field()).startsWith("sources[0]");
                    assertThat(p.message()).contains("nested too deeply");
                }));
    }

    /** A real transaction that the database aborts after {@code statements} statements. */
    private static Database failingAfter(Database real, int statements) {
        return new ForwardingDatabase(real) {
            @Override
            public <T> T write(TransactionWork<T> work) {
                return real.write(tx -> {
                    AtomicInteger run = new AtomicInteger();
                    Transaction failing = (cypher, parameters) -> {
                        if (run.incrementAndGet() > statements) {
                            // An error the database raises itself, as a lost connection or a full disk would.
                            return tx.run("RETURN 1 / 0 AS boom");
                        }
                        return tx.run(cypher, parameters);
                    };
                    return work.execute(failing);
                });
            }
        };
    }

    @Test
    void aLoadThatFailsHalfwayLeavesNothingBehind() throws URISyntaxException {
        Dataset dataset = DatasetReader.read(Path.of(getClass().getResource("/valid/corpus-case.yaml").toURI()));
        List<Row> before = TestNeo4j.snapshot(db);

        // Fail at every second statement until the load gets through: each failure must leave nothing.
        int statements = 0;
        LoadReport report;
        while (true) {
            try {
                report = new GraphLoader(failingAfter(db, statements)).load(dataset);
                break;
            } catch (RuntimeException expected) {
                assertThat(TestNeo4j.snapshot(db)).as("after failing at statement %d", statements + 1)
                        .isEqualTo(before);
            }
            statements += 2;
        }

        assertThat(statements).as("statements before the load got through").isGreaterThanOrEqualTo(10);
        assertThat(report.nodesCreated()).isEqualTo(5);
        assertThat(TestNeo4j.snapshot(db)).isNotEqualTo(before);
        db.write(tx -> tx.run("MATCH (n) WHERE 'corpus-case' IN n.datasets DETACH DELETE n"));
    }
}
