package io.talentgraph.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPluginsTest {

    @TempDir
    Path store;

    @Test
    void aSecondOpenKeepsTheLinksItFindsInPlace() throws IOException {
        Path plugins = store.resolve("plugins");
        List<Path> jars = EmbeddedPlugins.gdsJars();
        assertThat(jars).as("GDS is on this module's classpath").isNotEmpty();

        assertThat(EmbeddedPlugins.linkGraphDataScience(plugins)).isEqualTo(jars.size());
        Map<Path, Object> first = linkIdentities(plugins);
        assertThat(first).hasSize(jars.size());

        EmbeddedPlugins.linkGraphDataScience(plugins);
        assertThat(linkIdentities(plugins)).as("the same links, not deleted and made again").isEqualTo(first);
    }

    @Test
    void aLinkToAnotherCopyOfAGdsJarIsReplacedAndAUsersFilesStay() throws IOException {
        Path plugins = store.resolve("plugins");
        Files.createDirectories(plugins);
        Path jar = EmbeddedPlugins.gdsJars().get(0);
        Path oldCopy = Files.copy(jar, store.resolve("old-" + jar.getFileName()));
        Files.createSymbolicLink(plugins.resolve(jar.getFileName()), oldCopy);
        Path dangling = Files.createSymbolicLink(plugins.resolve("gone.jar"), store.resolve("nowhere.jar"));
        Path usersJar = Files.writeString(plugins.resolve("users-own.jar"), "not ours");

        EmbeddedPlugins.linkGraphDataScience(plugins);

        assertThat(Files.readSymbolicLink(plugins.resolve(jar.getFileName()))).isEqualTo(jar);
        assertThat(dangling).doesNotExist();
        assertThat(Files.exists(dangling, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(usersJar).hasContent("not ours");
    }

    private static Map<Path, Object> linkIdentities(Path plugins) throws IOException {
        Map<Path, Object> identities = new HashMap<>();
        try (var entries = Files.list(plugins)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                assertThat(attributes.isSymbolicLink()).isTrue();
                identities.put(entry.getFileName(), List.of(attributes.fileKey(), attributes.creationTime()));
            }
        }
        return identities;
    }
}
