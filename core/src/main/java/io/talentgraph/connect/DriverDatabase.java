package io.talentgraph.connect;

import io.talentgraph.TalentGraphException;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A {@link Database} on a Neo4j server reached through the Java driver, with managed transactions. */
final class DriverDatabase implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(DriverDatabase.class);

    private final Driver driver;
    private final ServerConfig config;

    private DriverDatabase(Driver driver, ServerConfig config) {
        this.driver = driver;
        this.config = config;
    }

    /**
     * @param config the server to connect to
     * @return a database whose connectivity has been verified
     */
    public static DriverDatabase open(ServerConfig config) {
        AuthToken auth = config.user() == null ? AuthTokens.none()
                : AuthTokens.basic(config.user(), config.password() == null ? "" : config.password());
        Driver driver = GraphDatabase.driver(config.uri(), auth, Config.builder()
                .withLogging(Logging.slf4j())
                .withConnectionTimeout(15, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(config.maxRetryTime().toMillis(), TimeUnit.MILLISECONDS)
                .build());
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            driver.close();
            throw new TalentGraphException("Neo4j at " + config.uri() + " refused the login of user '" + config.user()
                    + "': check the user and password of the server configuration (" + ServerConfig.ENV_USER + "/"
                    + ServerConfig.ENV_PASSWORD + " when read from the environment).", e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new TalentGraphException("Cannot reach Neo4j at " + config.uri() + ": is the server running and the "
                    + "URI right? (" + ServerConfig.ENV_URI + " when read from the environment) Cause: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            driver.close();
            throw new TalentGraphException("Cannot connect to Neo4j at " + config.uri() + ": " + e.getMessage(), e);
        }
        LOG.debug("Connected to {}", config);
        return new DriverDatabase(driver, config);
    }

    @Override
    public <T> T read(TransactionWork<T> work) {
        try (Session session = driver.session(sessionConfig(AccessMode.READ))) {
            return session.executeRead(tx -> work.execute(adapt(tx)));
        } catch (Neo4jException e) {
            throw translate(e);
        }
    }

    @Override
    public <T> T write(TransactionWork<T> work) {
        try (Session session = driver.session(sessionConfig(AccessMode.WRITE))) {
            return session.executeWrite(tx -> work.execute(adapt(tx)));
        } catch (Neo4jException e) {
            throw translate(e);
        }
    }

    @Override
    public List<Row> runAutoCommit(String cypher, Map<String, ?> parameters) {
        try (Session session = driver.session(sessionConfig(AccessMode.WRITE))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) parameters;
            return session.run(cypher, params).list(DriverValues::row);
        } catch (Neo4jException e) {
            throw translate(e);
        }
    }

    private SessionConfig sessionConfig(AccessMode mode) {
        SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(mode);
        if (config.database() != null && !config.database().isBlank()) {
            builder.withDatabase(config.database());
        }
        return builder.build();
    }

    private static Transaction adapt(org.neo4j.driver.TransactionContext tx) {
        return (cypher, parameters) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) parameters;
            return tx.run(cypher, params).list(DriverValues::row);
        };
    }

    private static RuntimeException translate(Neo4jException e) {
        if (e instanceof ServiceUnavailableException) {
            return new TalentGraphException("Lost the connection to Neo4j: " + e.getMessage(), e);
        }
        return new QueryFailedException(e.code(), e.getMessage(), e);
    }

    @Override
    public String describe() {
        return "Neo4j server at " + config.uri() + (config.database() == null ? "" : " (database " + config.database() + ")");
    }

    @Override
    public void close() {
        driver.close();
    }
}
