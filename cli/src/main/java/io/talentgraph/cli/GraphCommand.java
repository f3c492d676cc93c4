package io.talentgraph.cli;

import io.talentgraph.TalentGraphException;
import io.talentgraph.connect.Database;
import io.talentgraph.connect.QueryFailedException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Map;
import java.util.concurrent.Callable;

/** A subcommand that works on the graph: opens it, runs, closes it, and prints in the chosen format. */
abstract class GraphCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Output.Format format;

    @Spec
    CommandSpec spec;

    /** Environment, replaceable in tests. */
    Map<String, String> env() {
        return ((Main) spec.root().userObject()).env();
    }

    @Override
    public Integer call() {
        Output out = new Output(spec.commandLine().getOut(), format);
        try {
            return runOn(out);
        } catch (QueryFailedException e) {
            if (connection.servedReadOnly && e.code() != null && e.code().contains("ReadOnly")) {
                throw new TalentGraphException("This store is served read-only (`talentgraph serve --read-only`), so it "
                        + "refuses changes. Stop that server and serve without --read-only to change the graph.", e);
            }
            throw e;
        }
    }

    private int runOn(Output out) {
        beforeOpen();
        try (Database db = connection.open((Main) spec.root().userObject(), needsGraphDataScience(),
                !checksSchemaItself())) {
            int code = run(db, out);
            if (code == 0 && warnWhenEmpty()) {
                boolean empty = db.read(tx -> tx.run("MATCH (p:Person) RETURN count(p) = 0 AS empty")).get(0).bool("empty");
                if (empty) {
                    spec.commandLine().getErr().println("The graph is empty. Load the article first: ./talentgraph demo "
                            + "(or ./talentgraph load --seed).");
                }
            }
            return code;
        }
    }

    /**
     * @return whether the command calls Graph Data Science's procedures; only then does the embedded store start GDS,
     *         which adds seconds to its open
     */
    boolean needsGraphDataScience() {
        return false;
    }

    /**
     * @return whether the command's first call on the graph brings the schema up to date itself, so that the open need
     *         not check it; no by default
     */
    boolean checksSchemaItself() {
        return false;
    }

    /** Starts work that needs no database, so that it runs beside the store's open; none by default. */
    void beforeOpen() {
    }

    /** @return whether to hint at loading data when the graph turns out to be empty */
    boolean warnWhenEmpty() {
        return true;
    }

    abstract int run(Database db, Output out);
}
