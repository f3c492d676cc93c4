package io.talentgraph.model;

import org.apiguardian.api.API;

import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Every node label of the graph model. Cypher that needs a label takes it from here, never from user
 * text, so a label can be written into a statement without escaping. See {@code docs/model.md}.
 */
@API(status = STABLE, since = "0.1.0")
public enum NodeLabel {
    /** A named human being. */
    PERSON("Person"),
    /** A person the facts describe as running a company or a lab (CEO, CTO, chief officer...). */
    EXECUTIVE("Executive"),
    /** A person the facts describe as a researcher or research engineer. */
    RESEARCHER("Researcher"),
    /** Any company or lab. Always combined with {@link #COMPANY} or {@link #LAB}. */
    ORGANIZATION("Organization"),
    /** An independent company. */
    COMPANY("Company"),
    /** A lab or group inside a company, linked to it by {@code PART_OF}. */
    LAB("Lab"),
    /** A document or report that states facts: an article, a newspaper report, a memo, a podcast. */
    SOURCE("Source"),
    /** A product or model, such as ChatGPT or Llama 4. */
    PRODUCT("Product"),
    /** A statement someone made (an offer, an assessment) that the graph keeps as a claim, not as fact. */
    CLAIM("Claim"),
    /** A counted group of hires whose members are not all named ("four researchers from OpenAI"). */
    HIRING_GROUP("HiringGroup"),
    /** The single node that records which schema version the database holds. */
    SCHEMA_VERSION("TalentGraphSchema"),
    /**
     * A pre-computed count of people who moved from one organization to another, kept correct by the
     * loaders on every load (see {@code io.talentgraph.schema.TalentFlowAggregate}). Not linked to the graph
     * by relationships, so paths never run through it.
     */
    TALENT_FLOW("TalentFlow"),
    /** {@link #TALENT_FLOW}, with labs counted under the company they are part of. */
    TALENT_FLOW_ROLLED_UP("TalentFlowRolledUp"),
    /**
     * The record of one merge of two entities into one, kept after an unmerge as the audit trail: who was merged
     * into whom, why, when, and what the merge changed, so that it can be undone exactly.
     */
    MERGE("Merge"),
    /**
     * An entity merged into another: its properties kept as they were, its labels taken away (so that no query
     * finds it) until an unmerge gives them back. Its relationships are on the entity it was merged into.
     */
    MERGED_ENTITY("MergedEntity");

    private final String cypherName;

    NodeLabel(String cypherName) {
        this.cypherName = cypherName;
    }

    /**
     * @return whether nodes with this label are the library's bookkeeping (the schema version, the pre-computed
     *         talent flow) rather than facts: exports leave them out, and they are rebuilt from the facts
     */
    public boolean bookkeeping() {
        return this == SCHEMA_VERSION || this == TALENT_FLOW || this == TALENT_FLOW_ROLLED_UP || this == MERGE
                || this == MERGED_ENTITY;
    }

    /**
     * @param variable a node variable of a Cypher pattern
     * @return a predicate true for nodes that are facts, not {@link #bookkeeping()}, e.g.
     *         {@code NOT n:TalentGraphSchema AND NOT n:TalentFlow AND ...}
     */
    public static String notBookkeeping(String variable) {
        StringBuilder sb = new StringBuilder();
        for (NodeLabel label : values()) {
            if (label.bookkeeping()) {
                sb.append(sb.length() == 0 ? "" : " AND ").append("NOT ").append(variable).append(':').append(label.cypherName);
            }
        }
        return sb.toString();
    }

    /**
     * @param cypherName a label as Cypher writes it, e.g. {@code HiringGroup}
     * @return the model's label of that name, or empty for a label the model does not know
     */
    public static Optional<NodeLabel> find(String cypherName) {
        for (NodeLabel label : values()) {
            if (label.cypherName.equals(cypherName)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    /** @return the label as it is written in Cypher, e.g. {@code Person} */
    public String cypherName() {
        return cypherName;
    }

    @Override
    public String toString() {
        return cypherName;
    }
}
