package io.talentgraph.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 */
public record Fact(String id, FactType type, Map<String, Object> fields, List<String> sources, String attribution,
                   String reportedBy, String claimedBy, String note, List<Evidence> evidence, String when,
                   String whenEn, PartialDate date, PartialDate since, PartialDate until) {

    /** Defensive copies; attribution defaults to {@code stated}. */
    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
        attribution = attribution == null ? "stated" : attribution;
    }

    /** @param field a field name of the fact's type @return its value as text, or {@code null} */
    public String text(String field) {
        Object v = fields.get(field);
        return v == null ? null : v.toString();
    }
}
