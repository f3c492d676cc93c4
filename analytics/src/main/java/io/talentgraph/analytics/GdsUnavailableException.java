package io.talentgraph.analytics;

import io.talentgraph.TalentGraphException;

/**
 * The database has no Neo4j Graph Data Science library, so centrality, communities and similarity cannot
 * run. The message says what to install; the Cypher-based analytics keep working.
 */
public class GdsUnavailableException extends TalentGraphException {

    /** @param database the database that lacks GDS, as {@link io.talentgraph.connect.Database#describe()} says */
    public GdsUnavailableException(String database) {
        super("Neo4j Graph Data Science (GDS) is not installed on " + database + ", so centrality, communities "
                + "and similarity cannot run. Install the GDS plugin that matches the server (GDS 2.13 for Neo4j "
                + "5.26: put the 'neo4j-graph-data-science' jar in the server's plugins directory, set "
                + "dbms.security.procedures.unrestricted=gds.* and restart), or use an embedded store opened with GDS "
                + "(talentgraph-server's GraphDataScience). Talent flows and hires per month do not need it.");
    }
}
