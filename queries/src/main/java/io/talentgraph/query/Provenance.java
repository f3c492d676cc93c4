package io.talentgraph.query;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Who says a fact is so, and in which words.
 *
 * @param factId      the fact's stable id
 * @param sources     ids of the sources that state it
 * @param attribution {@code stated}, {@code reported}, {@code unnamed-reports} or {@code claimed}
 * @param reportedBy  the reporting source's id, or {@code null}
 * @param claimedBy   the claiming person's id, or {@code null}
 * @param evidence    verbatim quotes from the source
 * @param evidenceEn  English renderings, paired with {@code evidence} by position ("" where none)
 * @param note        an editor's note on how the source was read, or {@code null}
 */
@API(status = STABLE, since = "0.1.0")
public record Provenance(String factId, List<String> sources, String attribution, String reportedBy, String claimedBy,
                         List<String> evidence, List<String> evidenceEn, String note) {

    /**
     * Defensive copies.
     *
     * @param factId      the fact's stable id
     * @param sources     ids of the sources that state it
     * @param attribution {@code stated}, {@code reported}, {@code unnamed-reports} or {@code claimed}
     * @param reportedBy  the reporting source's id, or {@code null}
     * @param claimedBy   the claiming person's id, or {@code null}
     * @param evidence    verbatim quotes from the source
     * @param evidenceEn  English renderings, paired with {@code evidence} by position ("" where none)
     * @param note        an editor's note on how the source was read, or {@code null}
     */
    public Provenance {
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
        evidenceEn = List.copyOf(evidenceEn);
    }

    /** Property names that are provenance rather than the fact's own content. */
    static final List<String> KEYS = List.of("factId", "sources", "attribution", "reportedBy", "claimedBy", "evidence",
            "evidenceEn", "note", "datasets", "evidenceVerified");

    @SuppressWarnings("unchecked")
    static Provenance of(Map<String, Object> p) {
        return new Provenance((String) p.get("factId"), strings(p.get("sources")), (String) p.get("attribution"),
                (String) p.get("reportedBy"), (String) p.get("claimedBy"), strings(p.get("evidence")),
                strings(p.get("evidenceEn")), (String) p.get("note"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : new ArrayList<>((List<String>) value);
    }
}
