package io.talentgraph.query;

import io.talentgraph.model.NodeLabel;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A person, organization, product, claim, group or source as it appears in an answer.
 *
 * @param id     stable id
 * @param kind   the node's main label: {@link NodeLabel#PERSON}, {@link NodeLabel#ORGANIZATION},
 *               {@link NodeLabel#PRODUCT}, {@link NodeLabel#CLAIM}, {@link NodeLabel#HIRING_GROUP} or
 *               {@link NodeLabel#SOURCE}; {@code null} for a node with none of them (one written by hand)
 * @param name   English name (a claim's summary, a group's description)
 * @param nameAr Arabic name, or {@code null}
 */
@API(status = STABLE, since = "0.1.0")
public record EntityRef(String id, NodeLabel kind, String name, String nameAr) {

    /** @return the name, with the Arabic spelling after it when there is one */
    public String display() {
        return nameAr == null ? name : name + " (" + nameAr + ")";
    }
}
