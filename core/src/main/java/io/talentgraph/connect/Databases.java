package io.talentgraph.connect;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Opens {@link Database}s on external servers. The in-process store is opened by the {@code embedded}
 * module, so that applications which only talk to servers do not carry the server on their classpath.
 */
@API(status = STABLE, since = "0.1.0")
public final class Databases {

    private Databases() {
    }

    /**
     * Connects to a Neo4j server, cluster or Aura instance and checks that it answers.
     *
     * @param config where the server is and how to log in
     * @return an open database; close it when done
     * @throws io.talentgraph.TalentGraphException when the server cannot be reached or refuses the login
     */
    public static Database connect(ServerConfig config) {
        return DriverDatabase.open(config);
    }
}
