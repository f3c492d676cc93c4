package io.talentgraph.cli;

import io.talentgraph.TalentGraphException;
import io.talentgraph.embedded.StoreInUseException;
import io.talentgraph.load.MergeRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The libraries' errors say what to do in library terms; the command line adds its own commands and options. */
class CliHintsTest {

    @Test
    void aStoreInUseIsPointedAtServeAndUri() {
        StoreInUseException e = new StoreInUseException(Path.of("/tmp/store"), new IllegalStateException("lock"));
        assertThat(e.getMessage()).contains("in use by another process").doesNotContain("--uri", "talentgraph");
        assertThat(CliHints.of(e)).contains("`talentgraph serve`").contains("--uri bolt://127.0.0.1:7687");
    }

    @Test
    void aMergeInTheWayIsUndoneWithUnmerge() {
        MergeRefusedException e = new MergeRefusedException("Merge m-1 is built on by m-2: undo merge m-2 first.", "m-2");
        assertThat(CliHints.of(e)).isEqualTo(" Undo it with: talentgraph unmerge m-2");
        assertThat(CliHints.of(new MergeRefusedException("'a' and 'a' are the same id: nothing to merge."))).isEmpty();
        assertThat(CliHints.of(new TalentGraphException("anything else"))).isEmpty();
    }

    @Test
    void theHintFollowsTheMessageOnTheErrorLine(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"schema", "--store", dir.toString()}, Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(err),
                (directory, gds) -> {
                    throw new StoreInUseException(directory, new IllegalStateException("lock"));
                });
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("is in use by another process.").contains("Is `talentgraph serve` running on it?")
                .contains("--uri bolt://127.0.0.1:7687");
    }
}
