package io.talentgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.talentgraph.connect.Database;
import io.talentgraph.connect.QueryFailedException;
import io.talentgraph.connect.Row;
import io.talentgraph.TalentGraphException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs Cypher given on the command line. Without {@code --write} it runs in a read transaction, so the
 * database itself refuses any write, whatever the text says.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run Cypher, read-only unless --write. Values go in as --param name=value, never into the text.",
                "Graph Data Science's procedures and functions (gds.*) are there when the statement names them."})
final class CypherCommand extends GraphCommand {

    @Parameters(paramLabel = "CYPHER", description = "The statement, e.g. \"MATCH (p:Person) RETURN p.name\".")
    String cypher;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter. VALUE is read as JSON when it is a number, true/false, null, a \"string\", "
                    + "[list] or {map}; otherwise as plain text.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--write", description = "Allow the statement to change data.")
    boolean write;

    @Override
    boolean warnWhenEmpty() {
        return false;
    }

    /** The embedded store starts Graph Data Science only for a statement that names one of its procedures. */
    @Override
    boolean needsGraphDataScience() {
        return cypher != null && cypher.toLowerCase(Locale.ROOT).contains("gds.");
    }

    @Override
    int run(Database db, Output out) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        params.forEach((k, v) -> parameters.put(k, parse(v)));
        List<Row> rows;
        try {
            rows = write ? db.write(tx -> tx.run(cypher, parameters)) : db.read(tx -> tx.run(cypher, parameters));
        } catch (QueryFailedException e) {
            if (!write && e.isWriteInReadMode()) {
                throw new TalentGraphException("The statement tries to change data; queries are read-only. "
                        + "Add --write if you mean it.", e);
            }
            throw e;
        }
        List<Map<String, Object>> out2 = new ArrayList<>();
        rows.forEach(r -> out2.add(r.values()));
        out.rows(out2);
        return 0;
    }

    static Object parse(String value) {
        String v = value.strip();
        if (v.matches("-?\\d+")) {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                return value;
            }
        }
        if (v.equals("true") || v.equals("false") || v.equals("null") || v.matches("-?\\d+\\.\\d+([eE]-?\\d+)?")
                || v.startsWith("[") || v.startsWith("{") || v.startsWith("\"")) {
            try {
                return Output.JSON.readValue(v, Object.class);
            } catch (JsonProcessingException e) {
                return value;
            }
        }
        return value;
    }
}
