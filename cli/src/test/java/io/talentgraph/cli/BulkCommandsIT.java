package io.talentgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk commands as a user runs them: generate a graph, load it online and offline, and get told what is wrong. */
class BulkCommandsIT {

    @TempDir
    Path work;

    private record Run(int code, String out, String err) {
    }

    private Run talentgraph(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aGeneratedGraphLoadsOnlineAndOfflineAndAnswersQueries() {
        Path data = work.resolve("data");
        Run generate = talentgraph("generate", "--persons", "300", "--seed", "5", "--out", data.toString());
        assertThat(generate.code()).isZero();
        assertThat(generate.out()).contains("synthetic-300-seed-5").contains("300 persons");

        Run online = talentgraph("bulk-load", "--store", work.resolve("online").toString(), data.toString());
        assertThat(online.code()).as(online.err()).isZero();
        assertThat(online.out()).contains("Loaded synthetic-300-seed-5").contains("records/s");
        assertThat(data.resolve(".talentgraph-checkpoint.json")).doesNotExist();

        Run offline = talentgraph("bulk-load", "--offline", "--store", work.resolve("offline").toString(), data.toString());
        assertThat(offline.code()).as(offline.err()).isZero();
        assertThat(offline.out()).contains("Imported synthetic-300-seed-5");

        Run flow = talentgraph("flow", "--store", work.resolve("offline").toString(), "--format", "csv");
        assertThat(flow.code()).as(flow.err()).isZero();
        assertThat(flow.out().lines().count()).isGreaterThan(5);
    }

    @Test
    void anInvalidInputIsReportedWithFileAndLineAndTheStoreStaysEmpty() throws Exception {
        Path data = work.resolve("bad");
        Files.createDirectories(data);
        Files.writeString(data.resolve("manifest.json"), "{\"format\": \"talentgraph-bulk/1\", \"id\": \"bad-input\"}");
        Files.writeString(data.resolve("people.csv"), "id,name\nada-lovelace,Ada Lovelace\nada-lovelace,Ada Again\n");

        Run load = talentgraph("bulk-load", "--store", work.resolve("store").toString(), data.toString());

        assertThat(load.code()).isEqualTo(1);
        assertThat(load.err()).contains("people.csv:3: id: duplicate id 'ada-lovelace'").contains("nothing was loaded");
        Run people = talentgraph("query", "--store", work.resolve("store").toString(), "--format", "csv",
                "MATCH (p:Person) RETURN count(p) AS people");
        assertThat(people.out()).contains("people\n0");
    }
}
