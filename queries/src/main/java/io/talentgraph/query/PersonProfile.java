package io.talentgraph.query;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Everything the graph holds about one person.
 *
 * @param person  the person
 * @param labels  the node's labels ({@code Person}, {@code Executive}, {@code Researcher})
 * @param aliases other names
 * @param facts   every fact that involves them, with its provenance
 */
@API(status = STABLE, since = "0.1.0")
public record PersonProfile(EntityRef person, List<String> labels, List<String> aliases, List<FactView> facts) {
    /**
     * Defensive copies.
     *
     * @param person  the person
     * @param labels  the node's labels ({@code Person}, {@code Executive}, {@code Researcher})
     * @param aliases other names
     * @param facts   every fact that involves them, with its provenance
     */
    public PersonProfile {
        labels = List.copyOf(labels);
        aliases = List.copyOf(aliases);
        facts = List.copyOf(facts);
    }
}
