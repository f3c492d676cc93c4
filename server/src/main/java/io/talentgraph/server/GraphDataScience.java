package io.talentgraph.server;

import io.talentgraph.TalentGraphException;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.embedded.EmbeddedSetup;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.Neo4jDatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The embedded store with the Graph Data Science library: its {@code gds.*} procedures answer without any install.
 * GDS's jars come with this module; Neo4j registers procedures only from its plugin directory, so each open links
 * them there ({@link EmbeddedPlugins}).
 *
 * <p>An open without GDS ({@code open(options, false)}) keeps GDS's extension from starting although its jars are
 * on the classpath: the store then opens faster, as Neo4j neither starts it nor reads its hundred-odd jars for
 * procedures. An application that depends on {@code talentgraph-embedded} alone has no GDS to keep out and opens
 * with {@link EmbeddedNeo4j#open(EmbeddedOptions)}.
 */
public final class GraphDataScience {

    private static final Logger LOG = LoggerFactory.getLogger(GraphDataScience.class);

    private GraphDataScience() {
    }

    /**
     * Opens (and creates, when missing) the store with Graph Data Science.
     *
     * @param options where and how
     * @return the running store; close it to shut it down
     * @throws TalentGraphException when another process holds the store or it cannot be opened
     */
    public static EmbeddedNeo4j open(EmbeddedOptions options) {
        return open(options, true);
    }

    /**
     * Opens (and creates, when missing) the store, with or without Graph Data Science.
     *
     * @param options where and how
     * @param enabled whether the store starts GDS, for its {@code gds.*} procedures; without it, it opens faster
     * @return the running store; close it to shut it down
     * @throws TalentGraphException when another process holds the store or it cannot be opened
     */
    public static EmbeddedNeo4j open(EmbeddedOptions options, boolean enabled) {
        return EmbeddedNeo4j.open(options, setup(options.storeDirectory(), enabled));
    }

    /**
     * Prepares the store's plugin directories and says how the store must open to have GDS, or not.
     *
     * @param store   the store directory
     * @param enabled whether the store is to start GDS
     * @return the plugin directory, GDS's unrestricted procedures, and which extensions start
     * @throws TalentGraphException when the plugin directories cannot be prepared
     */
    static EmbeddedSetup setup(Path store, boolean enabled) {
        EmbeddedPlugins.Plugins plugins;
        try {
            plugins = EmbeddedPlugins.prepare(store.toAbsolutePath().normalize(), enabled);
        } catch (UncheckedIOException e) {
            throw new TalentGraphException("Cannot open the Neo4j store at " + store + ": " + e.getMessage(), e);
        }
        LOG.debug("Opening {} {} Graph Data Science", store, plugins.graphDataScience() ? "with" : "without");
        return new EmbeddedSetup() {
            @Override
            public boolean starts(Class<?> extensionFactory) {
                // every extension on the classpath; without GDS, all but GDS's
                return plugins.graphDataScience() || EmbeddedPlugins.isNotGraphDataScience(extensionFactory);
            }

            @Override
            public void configure(Neo4jDatabaseManagementServiceBuilder builder) {
                builder.setConfig(GraphDatabaseSettings.plugin_dir, plugins.directory());
                if (plugins.graphDataScience()) {
                    builder.setConfig(GraphDatabaseSettings.procedure_unrestricted, EmbeddedPlugins.UNRESTRICTED);
                }
            }
        };
    }
}
