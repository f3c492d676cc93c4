package io.talentgraph.ingest;

import io.talentgraph.dataset.Amount;
import io.talentgraph.dataset.Evidence;
import io.talentgraph.dataset.FactType;
import io.talentgraph.model.PartialDate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an extractor proposes for one article, in the terms of the dataset format: sources, entities (known
 * or new), claims and facts, each fact with its quotes, their offsets, a confidence and the rule that
 * proposed it. {@link DraftWriter} writes it as a dataset file for review.
 *
 * @param id        the draft dataset's id, derived from the article's name
 * @param title     the article's title (its first line)
 * @param article   the article read
 * @param extractor the extractor's name, e.g. {@code patterns/1}
 * @param sources   the article and the reports it cites; the first is the article
 * @param entities  the people, organizations and products the facts refer to
 * @param claims    claims people made
 * @param facts     the proposed facts, in the order the article states them
 * @param rejected  proposals the {@link FactVerifier} refused, kept so that a reviewer sees what was said and why
 */
public record Draft(String id, String title, Article article, String extractor, List<Source> sources,
                    List<Entity> entities, List<Claim> claims, List<Fact> facts, List<Rejected> rejected) {

    /**
     * Defensive copies.
     *
     * @param id        the draft dataset's id, derived from the article's name
     * @param title     the article's title (its first line)
     * @param article   the article read
     * @param extractor the extractor's name, e.g. {@code patterns/1}
     * @param sources   the article and the reports it cites; the first is the article
     * @param entities  the people, organizations and products the facts refer to
     * @param claims    claims people made
     * @param facts     the proposed facts, in the order the article states them
     * @param rejected  proposals the {@link FactVerifier} refused, kept so that a reviewer sees what was said and why
     */
    public Draft {
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
        facts = List.copyOf(facts);
        rejected = List.copyOf(rejected);
    }

    /**
     * A draft as an extractor proposes it, before verification: nothing rejected yet.
     *
     * @param id        the draft dataset's id
     * @param title     the article's title
     * @param article   the article read
     * @param extractor the extractor's name
     * @param sources   the article and the reports it cites; the first is the article
     * @param entities  the people, organizations and products the facts refer to
     * @param claims    claims people made
     * @param facts     the proposed facts
     */
    public Draft(String id, String title, Article article, String extractor, List<Source> sources,
                 List<Entity> entities, List<Claim> claims, List<Fact> facts) {
        this(id, title, article, extractor, sources, entities, claims, facts, List.of());
    }

    /**
     * A proposal the verifier refused.
     *
     * @param fact   the fact as the extractor proposed it
     * @param reason why it was refused, in words a reviewer can check against the text
     */
    public record Rejected(Fact fact, String reason) {
    }

    /** @return the article's source */
    public Source articleSource() {
        return sources.get(0);
    }

    /**
     * A source: the article itself or a report it cites.
     *
     * @param id       stable id
     * @param kind     {@code article} or {@code report}
     * @param outlet   the outlet's English (or only) name, or {@code null}
     * @param outletAr the outlet's Arabic name, or {@code null}
     * @param citedBy  the id of the article that cites it, or {@code null} for the article
     */
    public record Source(String id, String kind, String outlet, String outletAr, String citedBy) {
    }

    /**
     * An entity the facts refer to.
     *
     * @param kind         person, organization or product
     * @param id           its id: the known one, or a proposed one
     * @param name         English name (for a name seen only in Arabic, the Arabic one until a reviewer adds it)
     * @param nameAr       Arabic name, or {@code null}
     * @param aliases      other names
     * @param orgKind      {@code company} or {@code lab} for organizations
     * @param known        whether the gazetteer knew it
     * @param newSpellings spellings the article gave that the known entity lacks, for the reviewer to add
     * @param seenAs       how the article wrote it
     * @param why          how a name was taken as this entity when no spelling of it matched, e.g. an Arabic name
     *                     that sounds like a known Latin one, with its score: for the reviewer to check
     */
    public record Entity(KnownEntity.Kind kind, String id, String name, String nameAr, List<String> aliases,
                         String orgKind, boolean known, List<String> newSpellings, List<String> seenAs,
                         List<String> why) {
        /**
         * Defensive copies.
         *
         * @param kind         person, organization or product
         * @param id           its id: the known one, or a proposed one
         * @param name         English name (for a name seen only in Arabic, the Arabic one until a reviewer adds it)
         * @param nameAr       Arabic name, or {@code null}
         * @param aliases      other names
         * @param orgKind      {@code company} or {@code lab} for organizations
         * @param known        whether the gazetteer knew it
         * @param newSpellings spellings the article gave that the known entity lacks, for the reviewer to add
         * @param seenAs       how the article wrote it
         * @param why          how a name was taken as this entity when no spelling of it matched, e.g. an Arabic name
         *                     that sounds like a known Latin one, with its score: for the reviewer to check
         */
        public Entity {
            aliases = List.copyOf(aliases);
            newSpellings = List.copyOf(newSpellings);
            seenAs = List.copyOf(seenAs);
            why = List.copyOf(why);
        }

        /**
         * An entity matched by its spellings alone.
         *
         * @param kind         person, organization or product
         * @param id           its id
         * @param name         English name
         * @param nameAr       Arabic name, or {@code null}
         * @param aliases      other names
         * @param orgKind      {@code company} or {@code lab} for organizations
         * @param known        whether the gazetteer knew it
         * @param newSpellings spellings the article gave that the known entity lacks
         * @param seenAs       how the article wrote it
         */
        public Entity(KnownEntity.Kind kind, String id, String name, String nameAr, List<String> aliases,
                      String orgKind, boolean known, List<String> newSpellings, List<String> seenAs) {
            this(kind, id, name, nameAr, aliases, orgKind, known, newSpellings, seenAs, List.of());
        }
    }

    /**
     * A claim someone makes.
     *
     * @param id      stable id
     * @param kind    {@code offer} or {@code assessment}
     * @param summary the claim in the article's words (a reviewer writes the English summary)
     * @param amount  the sum it names, or {@code null}
     * @param about   ids of the organizations it concerns
     */
    public record Claim(String id, String kind, String summary, Amount amount, List<String> about) {
        /**
         * Defensive copy.
         *
         * @param id      stable id
         * @param kind    {@code offer} or {@code assessment}
         * @param summary the claim in the article's words (a reviewer writes the English summary)
         * @param amount  the sum it names, or {@code null}
         * @param about   ids of the organizations it concerns
         */
        public Claim {
            about = List.copyOf(about);
        }
    }

    /**
     * A proposed fact.
     *
     * @param id          the id the loader will give it (derived from type and ids, or explicit for group hires)
     * @param explicitId  whether {@code id} must be written out
     * @param type        the fact type
     * @param fields      the type's fields: ids as text, {@link Amount}s, counts, flags, titles
     * @param sources     ids of the sources that state it
     * @param attribution {@code stated}, {@code reported}, {@code unnamed-reports} or {@code claimed}
     * @param reportedBy  the reporting source, or {@code null}
     * @param claimedBy   the claiming person, or {@code null}
     * @param evidence    quotes with their offsets (code points) in the article
     * @param when        the time phrase as the article says it, or {@code null}
     * @param date        when it happened, resolved against the publication date, or {@code null}
     * @param until       when it stopped, or {@code null}
     * @param ends        ids of known facts this one ends (a job the person left)
     * @param confidence  0 to 1
     * @param rule        extractor and rule, e.g. {@code patterns/ar.hire.group-member}
     * @param notes       how the extractor read the text, for the reviewer
     */
    public record Fact(String id, boolean explicitId, FactType type, Map<String, Object> fields, List<String> sources,
                       String attribution, String reportedBy, String claimedBy, List<Evidence> evidence, String when,
                       PartialDate date, PartialDate until, List<String> ends, double confidence, String rule,
                       List<String> notes) {
        /**
         * Defensive copies.
         *
         * @param id          the id the loader will give it (derived from type and ids, or explicit for group hires)
         * @param explicitId  whether {@code id} must be written out
         * @param type        the fact type
         * @param fields      the type's fields: ids as text, {@link Amount}s, counts, flags, titles
         * @param sources     ids of the sources that state it
         * @param attribution {@code stated}, {@code reported}, {@code unnamed-reports} or {@code claimed}
         * @param reportedBy  the reporting source, or {@code null}
         * @param claimedBy   the claiming person, or {@code null}
         * @param evidence    quotes with their offsets (code points) in the article
         * @param when        the time phrase as the article says it, or {@code null}
         * @param date        when it happened, resolved against the publication date, or {@code null}
         * @param until       when it stopped, or {@code null}
         * @param ends        ids of known facts this one ends (a job the person left)
         * @param confidence  0 to 1
         * @param rule        extractor and rule, e.g. {@code patterns/ar.hire.group-member}
         * @param notes       how the extractor read the text, for the reviewer
         */
        public Fact {
            Objects.requireNonNull(type, "type");
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            sources = List.copyOf(sources);
            evidence = List.copyOf(evidence);
            ends = List.copyOf(ends);
            notes = List.copyOf(notes);
        }

        /**
         * @param fields   the new fields
         * @param evidence the new quotes
         * @param notes    the new notes
         * @return a copy with them
         */
        public Fact with(Map<String, Object> fields, List<Evidence> evidence, List<String> notes) {
            return new Fact(id, explicitId, type, fields, sources, attribution, reportedBy, claimedBy, evidence, when,
                    date, until, ends, confidence, rule, notes);
        }

        /**
         * @param type   the new type
         * @param id     the new id
         * @param fields the new fields
         * @param notes  the new notes
         * @return a copy read as another type
         */
        public Fact as(FactType type, String id, Map<String, Object> fields, List<String> notes) {
            return new Fact(id, explicitId, type, fields, sources, attribution, reportedBy, claimedBy, evidence, when,
                    date, until, ends, confidence, rule, notes);
        }

        /**
         * @param date  when it happened, or {@code null}
         * @param until when it stopped, or {@code null}
         * @param ends  ids of facts it ends
         * @return a copy with them
         */
        public Fact at(PartialDate date, PartialDate until, List<String> ends) {
            return new Fact(id, explicitId, type, fields, sources, attribution, reportedBy, claimedBy, evidence, when,
                    date, until, ends, confidence, rule, notes);
        }

        /**
         * @param field a field name of the fact's type
         * @return its value as text, or {@code null}
         */
        public String text(String field) {
            Object v = fields.get(field);
            return v == null ? null : v.toString();
        }
    }

    /**
     * @param type a fact type
     * @return the draft's facts of that type, in the order the article states them
     */
    public List<Fact> facts(FactType type) {
        return facts.stream().filter(f -> f.type() == type).toList();
    }
}
