package io.talentgraph.server;

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
    void anOpenWithGdsGetsTheGdsJarsInTalentGraphsDirectoryAndASecondOpenKeepsTheLinksInPlace() throws IOException {
        List<Path> jars = EmbeddedPlugins.gdsJars();
        assertThat(jars).as("GDS is on this module's classpath").isNotEmpty();

        EmbeddedPlugins.Plugins plugins = EmbeddedPlugins.prepare(store, true);

        assertThat(plugins).isEqualTo(new EmbeddedPlugins.Plugins(store.resolve(EmbeddedPlugins.WITH_GDS), true));
        Map<Path, Object> first = linkIdentities(plugins.directory());
        assertThat(first).hasSize(jars.size());
        assertThat(store.resolve(EmbeddedPlugins.USERS)).isEmptyDirectory();

        EmbeddedPlugins.prepare(store, true);
        assertThat(linkIdentities(plugins.directory())).as("the same links, not deleted and made again").isEqualTo(first);
    }

    @Test
    void anOpenWithoutGdsGetsTheUsersDirectoryAloneAndNoGds() {
        EmbeddedPlugins.prepare(store, true);

        EmbeddedPlugins.Plugins plugins = EmbeddedPlugins.prepare(store, false);

        assertThat(plugins).isEqualTo(new EmbeddedPlugins.Plugins(store.resolve(EmbeddedPlugins.USERS), false));
        assertThat(plugins.directory()).isEmptyDirectory();
    }

    @Test
    void theGdsLinksAnEarlierVersionPutAmongTheUsersPluginsGoAndTheUsersFilesStayAndLoadWithGdsToo() throws IOException {
        Path users = Files.createDirectories(store.resolve(EmbeddedPlugins.USERS));
        Path jar = EmbeddedPlugins.gdsJars().get(0);
        Path oldLink = Files.createSymbolicLink(users.resolve(jar.getFileName()), jar);
        Path dangling = Files.createSymbolicLink(users.resolve("gone.jar"), store.resolve("nowhere.jar"));
        Path usersJar = Files.writeString(users.resolve("users-own.jar"), "not ours");

        assertThat(EmbeddedPlugins.prepare(store, false).graphDataScience()).isFalse();

        assertThat(Files.exists(oldLink, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(dangling, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(usersJar).hasContent("not ours");
        Path withGds = EmbeddedPlugins.prepare(store, true).directory();
        assertThat(Files.readSymbolicLink(withGds.resolve("users-own.jar"))).isEqualTo(usersJar.toAbsolutePath());
        assertThat(Files.readSymbolicLink(withGds.resolve(jar.getFileName()))).isEqualTo(jar);
    }

    @Test
    void aLinkToAnotherCopyOfAGdsJarIsReplaced() throws IOException {
        Path withGds = Files.createDirectories(store.resolve(EmbeddedPlugins.WITH_GDS));
        Path jar = EmbeddedPlugins.gdsJars().get(0);
        Path oldCopy = Files.copy(jar, store.resolve("old-" + jar.getFileName()));
        Files.createSymbolicLink(withGds.resolve(jar.getFileName()), oldCopy);

        EmbeddedPlugins.prepare(store, true);

        assertThat(Files.readSymbolicLink(withGds.resolve(jar.getFileName()))).isEqualTo(jar);
    }

    @Test
    void gdsJarsAUserPutThereThemselvesKeepGdsOn() throws IOException {
        Path users = Files.createDirectories(store.resolve(EmbeddedPlugins.USERS));
        Path jar = EmbeddedPlugins.gdsJars().get(0);
        Files.copy(jar, users.resolve(jar.getFileName()));

        assertThat(EmbeddedPlugins.prepare(store, false)).isEqualTo(new EmbeddedPlugins.Plugins(users, true));
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
