package io.talentgraph.server;

import io.talentgraph.TalentGraphException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServeOptionsTest {

    private final ServeOptions defaults = ServeOptions.defaults(Path.of("store"));

    @Test
    void byDefaultTheGraphIsServedToThisMachineOnlyAndAsksForALogin() {
        assertThat(defaults.listenHost()).isEqualTo("127.0.0.1");
        assertThat(defaults.listensOnLoopbackOnly()).isTrue();
        assertThat(defaults.authEnabled()).isTrue();
        assertThat(defaults.readOnly()).isFalse();
        assertThat(defaults.boltPort()).isEqualTo(7687);
        assertThat(defaults.httpPort()).isEqualTo(7474);
    }

    @Test
    void servingTheNetworkWithoutALoginIsRefused() {
        assertThatThrownBy(() -> defaults.withListenHost("0.0.0.0").withAuth(false).requireSafe())
                .isInstanceOf(TalentGraphException.class)
                .hasMessageContaining("Refusing to listen on 0.0.0.0 without authentication");
        assertThatThrownBy(() -> GraphServer.start(defaults.withListenHost("0.0.0.0").withAuth(false)))
                .hasMessageContaining("without authentication");
    }

    @Test
    void servingTheNetworkWithALoginOrThisMachineWithoutOneIsAllowed() {
        assertThat(defaults.withListenHost("0.0.0.0").listensOnLoopbackOnly()).isFalse();
        assertThatCode(() -> defaults.withListenHost("0.0.0.0").requireSafe()).doesNotThrowAnyException();
        assertThatCode(() -> defaults.withAuth(false).requireSafe()).doesNotThrowAnyException();
        assertThatCode(() -> defaults.withListenHost("localhost").withAuth(false).requireSafe()).doesNotThrowAnyException();
    }

    @Test
    void passwordsShorterThanNeo4jAllowsAreRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> defaults.withPassword("short"))
                .isInstanceOf(TalentGraphException.class).hasMessageContaining("at least 8 characters");
    }

    @Test
    void portsMustBeRealAndDifferent() {
        assertThatThrownBy(() -> defaults.withPorts(0, 7474)).hasMessageContaining("Bolt port 0 is not a port");
        assertThatThrownBy(() -> defaults.withPorts(7474, 7474)).hasMessageContaining("cannot share port 7474");
    }

    @Test
    void thePasswordNeverShowsInMessagesOrLogs() {
        assertThat(defaults.withPassword("a-secret-of-mine").toString()).doesNotContain("a-secret-of-mine");
    }
}
