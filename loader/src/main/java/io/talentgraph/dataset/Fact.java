package io.talentgraph.dataset;

import io.talentgraph.model.PartialDate;
import org.apiguardian.api.API;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One evidenced statement of a dataset. What it connects depends on its {@link FactType}; those fields
 * are in {@link #fields()} under the names the dataset format uses ({@code person}, {@code from}...).
 *
 * @param id          stable id: given in the dataset or derived from the type and the ids it connects
 * @param type        what kind of fact it is
 * @param fields      the type's own fields: ids, titles, flags, counts, {@link Amount}s
 * @param sources     ids of the sources that state it
 * @param attribution {@code stated}, {@code reported}, {@code unnamed-reports} or {@code claimed}
 * @param reportedBy  the source that reported it, when {@code reported}
 * @param claimedBy   the person who claimed it, when {@code claimed}
 * @param note        an editor's note on how the source was read, or {@code null}
 * @param evidence    verbatim quotes
 * @param when        a relative time as the source says it, or {@code null}
 * @param whenEn      its English rendering, or {@code null}
 * @param date        when it happened, or {@code null}
 * @param since       when it started to hold, or {@code null}
 * @param until       when it stopped holding, or {@code null}
 * @param ends        ids of earlier facts this one ends (someone leaves), as of its {@code date} or {@code since}
 * @param review      {@code accepted} (the default), {@code pending} or {@code rejected}
 * @param confidence  how sure the extractor that proposed it was, 0 to 1, or {@code null} for a hand-written fact
 * @param rule        the extractor and rule that proposed it, or {@code null}
 */
@API(status = STABLE, since = "0.1.0")
public record Fact(String id, FactType type, Map<String, Object> fields, List<String> sources, String attribution,
                   String reportedBy, String claimedBy, String note, List<Evidence> evidence, String when,
                   String whenEn, PartialDate date, PartialDate since, PartialDate until, List<String> ends,
                   String review, Double confidence, String rule) {

    /** Review state of a fact nobody needs to review: hand-written, or accepted. */
    public static final String ACCEPTED = "accepted";
    /** Review state of an extracted fact that a person has not looked at yet. */
    public static final String PENDING = "pending";

    /** A reviewer (or the extraction verifier) refused the fact: kept in the file, never loaded. */
    public static final String REJECTED = "rejected";

    /**
     * Defensive copies; attribution defaults to {@code stated}, review to {@code accepted}.
     *
     * @param id          stable id: given in the dataset or derived from the type and the ids it connects
     * @param type        what kind of fact it is
     * @param fields      the type's own fields: ids, titles, flags, counts, {@link Amount}s
     * @param sources     ids of the sources that state it
     * @param attribution {@code stated}, {@code reported}, {@code unnamed-reports} or {@code claimed}; {@code null}
     *                    for {@code stated}
     * @param reportedBy  the source that reported it, when {@code reported}
     * @param claimedBy   the person who claimed it, when {@code claimed}
     * @param note        an editor's note on how the source was read, or {@code null}
     * @param evidence    verbatim quotes
     * @param when        a relative time as the source says it, or {@code null}
     * @param whenEn      its English rendering, or {@code null}
     * @param date        when it happened, or {@code null}
     * @param since       when it started to hold, or {@code null}
     * @param until       when it stopped holding, or {@code null}
     * @param ends        ids of earlier facts this one ends (someone leaves), as of its {@code date} or {@code since};
     *                    {@code null} for none
     * @param review      {@code accepted}, {@code pending} or {@code rejected}; {@code null} for {@code accepted}
     * @param confidence  how sure the extractor that proposed it was, 0 to 1, or {@code null} for a hand-written fact
     * @param rule        the extractor and rule that proposed it, or {@code null}
     */
    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
        attribution = attribution == null ? "stated" : attribution;
        ends = ends == null ? List.of() : List.copyOf(ends);
        review = review == null ? ACCEPTED : review;
    }

    /**
     * A reviewed fact that ends nothing, as hand-written datasets state them.
     *
     * @param id          stable id
     * @param type        the kind of fact
     * @param fields      the type's own fields
     * @param sources     ids of the sources that state it
     * @param attribution how it is attributed, or {@code null} for {@code stated}
     * @param reportedBy  the reporting source, or {@code null}
     * @param claimedBy   the claiming person, or {@code null}
     * @param note        an editor's note, or {@code null}
     * @param evidence    verbatim quotes
     * @param when        a relative time as the source says it, or {@code null}
     * @param whenEn      its English rendering, or {@code null}
     * @param date        when it happened, or {@code null}
     * @param since       when it started to hold, or {@code null}
     * @param until       when it stopped holding, or {@code null}
     */
    public Fact(String id, FactType type, Map<String, Object> fields, List<String> sources, String attribution,
                String reportedBy, String claimedBy, String note, List<Evidence> evidence, String when,
                String whenEn, PartialDate date, PartialDate since, PartialDate until) {
        this(id, type, fields, sources, attribution, reportedBy, claimedBy, note, evidence, when, whenEn, date, since,
                until, List.of(), ACCEPTED, null, null);
    }

    /** @return whether a person still has to accept or reject this extracted fact before it can be loaded */
    public boolean pendingReview() {
        return PENDING.equals(review);
    }

    /** @return the same fact, accepted */
    public Fact accepted() {
        return new Fact(id, type, fields, sources, attribution, reportedBy, claimedBy, note, evidence, when, whenEn,
                date, since, until, ends, ACCEPTED, confidence, rule);
    }

    /**
     * @return when the fact began to hold or happened ({@code since}, else {@code date}), or {@code null}; the
     *         date that facts it {@link #ends() ends} stop holding
     */
    public PartialDate start() {
        return since != null ? since : date;
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
