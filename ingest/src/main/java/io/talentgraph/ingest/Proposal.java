package io.talentgraph.ingest;

import io.talentgraph.dataset.FactType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fact one rule proposes from one sentence, before proposals of the same fact are merged. Reference
 * fields hold {@link Entities.Entity} objects (or another proposal, for a hire's group) until the draft
 * gives them ids.
 */
final class Proposal {
    final FactType type;
    final Map<String, Object> fields = new LinkedHashMap<>();
    final List<int[]> evidence = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    double confidence;
    final String rule;
    Attribution attribution = Attribution.STATED;
    Item time;
    /** Evidence for a fact another rule must propose; dropped when none does. */
    boolean supportOnly;
    /** For a claimed fact: the claim it makes. */
    ClaimProposal claim;
    /** For a group hire inside a larger one ("three more"): that group. */
    Proposal within;
    int sentence;
    /** Where in the article the rule fired (its trigger), to tell whether it sits inside a quotation. */
    int anchor = -1;

    Proposal(FactType type, String rule, double confidence, int sentence) {
        this.type = type;
        this.rule = rule;
        this.confidence = confidence;
        this.sentence = sentence;
    }

    Proposal set(String field, Object value) {
        if (value != null) {
            fields.put(field, value);
        }
        return this;
    }

    Proposal evidence(int start, int end) {
        if (end > start) {
            evidence.add(new int[] {start, end});
        }
        return this;
    }

    Proposal note(String note) {
        notes.add(note);
        return this;
    }

    Entities.Entity entity(String field) {
        return fields.get(field) instanceof Entities.Entity e ? e : null;
    }

    /**
     * A claim someone makes.
     *
     * @param kind    {@code offer} or {@code assessment}
     * @param summary the claim in the article's words
     * @param amount  the sum it names, or {@code null}
     * @param about   organizations it concerns
     */
    record ClaimProposal(String kind, String summary, Item.AmountValue amount, List<Entities.Entity> about) {
    }
}
