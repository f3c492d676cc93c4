package io.talentgraph.server;

import io.talentgraph.TalentGraphException;

/**
 * The server could not listen on its Bolt or HTTP port: another process, often another Neo4j, holds one of them.
 * Choose other ports with {@link ServeOptions#withPorts(int, int)}.
 */
public class PortsInUseException extends TalentGraphException {

    /**
     * @param message which address and ports, and what the operating system said
     * @param cause   the failure to bind
     */
    public PortsInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
