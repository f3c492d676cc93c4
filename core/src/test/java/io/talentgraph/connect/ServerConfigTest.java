package io.talentgraph.connect;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerConfigTest {

    @Test
    void readsTheServerFromTheEnvironment() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of("TALENTGRAPH_URI", "neo4j+s://x.databases.neo4j.io",
                "TALENTGRAPH_USER", "neo4j", "TALENTGRAPH_PASSWORD", "secret", "TALENTGRAPH_DATABASE", "talent")).orElseThrow();

        assertThat(config.uri()).hasToString("neo4j+s://x.databases.neo4j.io");
        assertThat(config.user()).isEqualTo("neo4j");
        assertThat(config.password()).isEqualTo("secret");
        assertThat(config.database()).isEqualTo("talent");
    }

    @Test
    void noUriMeansNoServer() {
        assertThat(ServerConfig.fromEnvironment(Map.of("TALENTGRAPH_USER", "neo4j"))).isEmpty();
        assertThat(ServerConfig.fromEnvironment(Map.of("TALENTGRAPH_URI", "  "))).isEmpty();
    }

    @Test
    void anHttpUriIsRefusedWithTheSchemesThatWork() {
        assertThatThrownBy(() -> ServerConfig.of("http://localhost:7474"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bolt://, neo4j://");
    }

    @Test
    void thePasswordNeverAppearsInItsText() {
        assertThat(ServerConfig.of("bolt://localhost:7687").withAuth("neo4j", "hunter2")).asString()
                .doesNotContain("hunter2").contains("neo4j");
    }
}
