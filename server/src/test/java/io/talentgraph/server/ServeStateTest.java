package io.talentgraph.server;

import io.talentgraph.TalentGraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServeStateTest {

    @TempDir
    Path store;

    private static ServeState ofThisProcess() {
        return ServeState.ofThisProcess(URI.create("bolt://127.0.0.1:7687"), URI.create("http://127.0.0.1:7474/browser/"),
                "talentgraph_cli", "session-secret", false);
    }

    @Test
    void aRunningServerIsFoundWithItsAddressAndSessionLogin() {
        ofThisProcess().write(store);

        ServeState found = ServeState.find(store).orElseThrow();
        assertThat(found.boltUri()).isEqualTo(URI.create("bolt://127.0.0.1:7687"));
        assertThat(found.user()).isEqualTo("talentgraph_cli");
        assertThat(found.password()).isEqualTo("session-secret");
        assertThat(found.toString()).doesNotContain("session-secret");
    }

    @Test
    void theNoteIsReadableByItsOwnerOnly() throws Exception {
        ofThisProcess().write(store);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ServeState.file(store)))).isEqualTo("rw-------");
    }

    @Test
    void aNoteOthersCanReadIsRefusedRatherThanTrusted() throws Exception {
        ofThisProcess().write(store);
        Files.setPosixFilePermissions(ServeState.file(store), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> ServeState.find(store)).isInstanceOf(TalentGraphException.class)
                .hasMessageContaining("other users can read or change it");
    }

    @Test
    void aNoteLeftByAServerThatDiedIsIgnored() {
        new ServeState(ProcessHandle.current().pid(), Instant.parse("2001-01-01T00:00:00Z"), URI.create("bolt://127.0.0.1:1"),
                URI.create("http://127.0.0.1:2/browser/"), null, null, false).write(store);

        assertThat(ServeState.find(store)).as("same process id, different start: a reused id").isEmpty();
    }

    @Test
    void aServerRemovesOnlyItsOwnNote() {
        ServeState mine = ofThisProcess();
        ServeState other = new ServeState(mine.pid() + 1, mine.started(), mine.boltUri(), mine.browserUri(), null, null, false);
        mine.write(store);

        other.delete(store);
        assertThat(ServeState.file(store)).exists();
        mine.delete(store);
        assertThat(ServeState.file(store)).doesNotExist();
    }
}
