package io.talentgraph.embedded;

import org.apiguardian.api.API;
import org.neo4j.dbms.api.Neo4jDatabaseManagementServiceBuilder;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What a module built on the embedded store adds to it as it opens: Neo4j settings beyond
 * {@link EmbeddedOptions}, and which of the Neo4j extensions found on the classpath start with it. The store
 * itself needs none ({@link #NONE}); the server module uses it for Bolt and HTTP with Neo4j Browser, and for the
 * Graph Data Science plugin.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface EmbeddedSetup {

    /** Nothing beyond {@link EmbeddedOptions}: every extension on the classpath starts, no settings are added. */
    EmbeddedSetup NONE = new EmbeddedSetup() {
    };

    /**
     * @param extensionFactory the class of an extension factory Neo4j found on the classpath
     * @return whether it starts with the store; every one does by default
     */
    default boolean starts(Class<?> extensionFactory) {
        return true;
    }

    /**
     * Adds settings. Called after the store's own settings are applied, so these win.
     *
     * @param builder the builder of the store about to open
     */
    default void configure(Neo4jDatabaseManagementServiceBuilder builder) {
    }

    /**
     * @param next a setup applied after this one
     * @return both: an extension starts when both let it, and {@code next}'s settings are applied after these
     */
    default EmbeddedSetup andThen(EmbeddedSetup next) {
        EmbeddedSetup first = this;
        return new EmbeddedSetup() {
            @Override
            public boolean starts(Class<?> extensionFactory) {
                return first.starts(extensionFactory) && next.starts(extensionFactory);
            }

            @Override
            public void configure(Neo4jDatabaseManagementServiceBuilder builder) {
                first.configure(builder);
                next.configure(builder);
            }
        };
    }
}
