package io.talentgraph.query;

import java.util.List;

/**
 * Everything the graph holds about one person.
 *
 * @param person  the person
 * @param labels  the node's labels ({@code Person}, {@code Executive}, {@code Researcher})
 * @param aliases other names
 * @param facts   every fact that involves them, with its provenance
 */
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
