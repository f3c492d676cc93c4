package io.talentgraph.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives the embedded store the Graph Data Science procedures. Neo4j registers procedures only from jars
 * in its plugin directory, while GDS's extensions come from the classpath; so the GDS jars this JVM
 * already has are linked into {@code <store>/plugins} before the store starts. On every start, links that point
 * at this classpath's jars stay untouched (an unchanged store opens without work), GDS links to other jars go, so
 * that an upgraded build never leaves an old GDS jar behind; links to anything else, and regular files, that a
 * user put there stay.
 */
final class EmbeddedPlugins {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPlugins.class);

    /** Every GDS jar holds this package directory; nothing else on the classpath does. */
    private static final String GDS_PACKAGE = "org/neo4j/gds/";

    /** The procedures GDS needs unrestricted access for. */
    static final List<String> UNRESTRICTED = List.of("gds.*");

    private EmbeddedPlugins() {
    }

    /**
     * @param pluginDirectory the store's plugin directory, created when missing
     * @return how many GDS jars were linked (0 when GDS is not on the classpath)
     */
    static int linkGraphDataScience(Path pluginDirectory) {
        List<Path> jars = gdsJars();
        Set<Path> wanted = new HashSet<>(jars);
        int kept = 0;
        try {
            Files.createDirectories(pluginDirectory);
            Set<Path> present = new HashSet<>();
            try (DirectoryStream<Path> old = Files.newDirectoryStream(pluginDirectory)) {
                for (Path entry : old) {
                    if (!Files.isSymbolicLink(entry)) {
                        continue;
                    }
                    // A link already pointing at a jar of this classpath is what we would create: keep it without
                    // opening the jar, so that an unchanged store opens without touching 100-odd jars.
                    Path target = Files.readSymbolicLink(entry);
                    if (wanted.contains(target) && entry.getFileName().equals(target.getFileName())) {
                        present.add(target);
                        kept++;
                    } else if (!Files.exists(entry) || isGdsJar(entry)) {
                        Files.delete(entry);
                    }
                }
            }
            for (Path jar : jars) {
                Path link = pluginDirectory.resolve(jar.getFileName());
                if (present.contains(jar) || Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    Files.createSymbolicLink(link, jar);
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(jar, link);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the plugin directory " + pluginDirectory, e);
        }
        LOG.debug("Graph Data Science: {} jars in {}, {} of them already linked", jars.size(), pluginDirectory, kept);
        return jars.size();
    }

    private static boolean isGdsJar(Path jar) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            return file.getEntry(GDS_PACKAGE) != null;
        } catch (IOException e) {
            return false;
        }
    }

    static List<Path> gdsJars() {
        List<Path> jars = new ArrayList<>();
        try {
            Enumeration<URL> urls = EmbeddedPlugins.class.getClassLoader().getResources(GDS_PACKAGE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if ("jar".equals(url.getProtocol())) {
                    URL jarFile = ((JarURLConnection) url.openConnection()).getJarFileURL();
                    Path jar = Path.of(jarFile.toURI()).toAbsolutePath();
                    if (!jars.contains(jar)) {
                        jars.add(jar);
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("Cannot list the Graph Data Science jars on the classpath", e);
        }
        return jars;
    }
}
