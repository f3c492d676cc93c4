package io.talentgraph.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives the embedded store the Graph Data Science procedures when it asks for them, and keeps them out when it does
 * not. Neo4j registers procedures only from jars in its plugin directory, and reads every class of every jar there to
 * find them, while GDS's extension comes from the classpath.
 *
 * <ul>
 *   <li>{@code <store>/plugins} is the user's: whatever is put there loads with every open. TalentGraph only removes
 *       from it the GDS links an earlier version made there, and dangling links.</li>
 *   <li>{@code <store>/plugins-with-gds} is TalentGraph's: links to the GDS jars of this classpath and to each entry
 *       of {@code plugins}. An open with GDS points Neo4j there; links already right stay untouched, so an unchanged
 *       store opens without work, and links to other jars (an upgraded build's) go.</li>
 * </ul>
 *
 * <p>An open without GDS points Neo4j at {@code plugins} and leaves GDS's extensions out, unless the user put GDS
 * jars there: then GDS starts, as those jars need it.
 */
final class EmbeddedPlugins {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPlugins.class);

    /** Every GDS jar holds this package directory; nothing else on the classpath does. */
    private static final String GDS_PACKAGE = "org/neo4j/gds/";

    /** The package of GDS's classes, its extensions included. */
    private static final String GDS_CLASSES = "org.neo4j.gds.";

    /** The procedures GDS needs unrestricted access for. */
    static final List<String> UNRESTRICTED = List.of("gds.*");

    /** The user's plugin directory inside a store. */
    static final String USERS = "plugins";

    /** TalentGraph's plugin directory with GDS inside a store. */
    static final String WITH_GDS = "plugins-with-gds";

    private EmbeddedPlugins() {
    }

    /**
     * Where Neo4j is to load procedures from.
     *
     * @param directory        the plugin directory
     * @param graphDataScience whether GDS is among them, so that its extensions must start too
     */
    record Plugins(Path directory, boolean graphDataScience) {
    }

    /**
     * Prepares the store's plugin directories.
     *
     * @param store            the store directory
     * @param graphDataScience whether the open wants GDS
     * @return the directory for Neo4j's {@code server.directories.plugins}, and whether GDS is in it
     */
    static Plugins prepare(Path store, boolean graphDataScience) {
        Path users = store.resolve(USERS);
        try {
            Files.createDirectories(users);
            boolean usersGds = tidyUsers(users);
            if (usersGds) {
                LOG.debug("Graph Data Science: the user's own jars in {}", users);
                return new Plugins(users, true);
            }
            if (!graphDataScience) {
                return new Plugins(users, false);
            }
            List<Path> jars = gdsJars();
            if (jars.isEmpty()) {
                LOG.debug("Graph Data Science: not on the classpath");
                return new Plugins(users, false);
            }
            Path withGds = store.resolve(WITH_GDS);
            link(withGds, jars, users);
            return new Plugins(withGds, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the plugin directories of " + store, e);
        }
    }

    /**
     * Removes the GDS links an earlier version put into the user's directory, and dangling links.
     *
     * @return whether the user put GDS jars there themselves
     */
    private static boolean tidyUsers(Path users) throws IOException {
        boolean usersGds = false;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(users)) {
            for (Path entry : entries) {
                if (Files.isSymbolicLink(entry)) {
                    if (!Files.exists(entry) || isGdsJar(entry)) {
                        Files.delete(entry);
                    }
                } else if (entry.getFileName().toString().endsWith(".jar") && isGdsJar(entry)) {
                    usersGds = true;
                }
            }
        }
        return usersGds;
    }

    /** Makes {@code withGds} hold links to exactly the GDS jars and the user's entries. */
    private static void link(Path withGds, List<Path> jars, Path users) throws IOException {
        Map<Path, Path> wanted = new LinkedHashMap<>();
        jars.forEach(jar -> wanted.put(jar.getFileName(), jar));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(users)) {
            for (Path entry : entries) {
                wanted.putIfAbsent(entry.getFileName(), entry.toAbsolutePath());
            }
        }
        Files.createDirectories(withGds);
        int kept = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(withGds)) {
            for (Path entry : entries) {
                Path target = wanted.get(entry.getFileName());
                boolean right = Files.isSymbolicLink(entry) ? Files.readSymbolicLink(entry).equals(target)
                        : target != null && Files.isRegularFile(entry) && Files.size(entry) == Files.size(target);
                if (right) {
                    // Already what we would make: kept without opening the jar.
                    wanted.remove(entry.getFileName());
                    kept++;
                } else {
                    Files.delete(entry);
                }
            }
        }
        for (Map.Entry<Path, Path> e : wanted.entrySet()) {
            Path link = withGds.resolve(e.getKey());
            try {
                Files.createSymbolicLink(link, e.getValue());
            } catch (UnsupportedOperationException | IOException failed) {
                Files.copy(e.getValue(), link);
            }
        }
        LOG.debug("Graph Data Science: {} jars in {}, {} entries already in place", jars.size(), withGds, kept);
    }

    /**
     * @param extension an extension Neo4j found on the classpath
     * @return whether it is not one of GDS's
     */
    static boolean isNotGraphDataScience(Class<?> extension) {
        return !extension.getName().startsWith(GDS_CLASSES);
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
