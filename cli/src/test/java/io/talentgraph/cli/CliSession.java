package io.talentgraph.cli;

import io.talentgraph.connect.Database;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.server.GraphDataScience;
import io.talentgraph.testing.ForwardingDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the command line in-process, as {@link CliRunner} does, but keeps each embedded store open from one command
 * to the next, as a long-lived process would: a test that runs ten commands on a store opens it once, not ten times
 * (an open and close costs a test JVM seconds). Every command still goes through the whole command line, schema
 * check included; only the open is shared. Stores are closed after each test, before its temporary directory goes,
 * or after all tests when registered on a static field, or when the session is closed.
 *
 * <p>Tests of what an open itself does (locks, crash recovery, a running {@code serve}) use {@link CliRunner}.
 */
final class CliSession implements AfterEachCallback, AfterAllCallback, AutoCloseable {

    private final Map<Path, EmbeddedNeo4j> open = new LinkedHashMap<>();
    private final boolean perClass;

    private CliSession(boolean perClass) {
        this.perClass = perClass;
    }

    /** @return a session whose stores close after each test (register it on an instance field) */
    static CliSession perTest() {
        return new CliSession(false);
    }

    /** @return a session whose stores stay open for the test class (register it on a static field) */
    static CliSession perClass() {
        return new CliSession(true);
    }

    /**
     * Runs one command.
     *
     * @param env  the environment variables the command sees
     * @param args the arguments
     * @return what the command printed and returned
     */
    CliRunner.Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true), this::kept);
        return new CliRunner.Result(code, out.toString(), err.toString());
    }

    /** Kept stores start with Graph Data Science, which every command can use, whether it asks for it or not. */
    private synchronized Database kept(Path directory, boolean graphDataScience) {
        EmbeddedNeo4j db = open.computeIfAbsent(directory.toAbsolutePath().normalize(),
                d -> GraphDataScience.open(EmbeddedOptions.at(d)));
        // the command's close ends the command, not the kept store
        return new ForwardingDatabase(db);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            closeAll();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeAll();
    }

    /** Closes every store this session opened. */
    @Override
    public void close() {
        closeAll();
    }

    private synchronized void closeAll() {
        RuntimeException failure = null;
        for (EmbeddedNeo4j db : open.values()) {
            try {
                db.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
