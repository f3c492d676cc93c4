package io.talentgraph.ingest;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Something a gazetteer knows by name: a person, an organization, a product or a news outlet.
 *
 * @param id      its id in the graph or dataset (for an outlet, the id of a source that names it)
 * @param kind    what it is
 * @param name    English name
 * @param nameAr  Arabic name, or {@code null}
 * @param aliases other names
 * @param orgKind {@code company} or {@code lab} for organizations, {@code null} otherwise
 */
public record KnownEntity(String id, Kind kind, String name, String nameAr, List<String> aliases, String orgKind) {

    /** What a known name refers to. */
    public enum Kind {
        /** A person. */
        PERSON,
        /** A company or a lab. */
        ORGANIZATION,
        /** A product or model. */
        PRODUCT,
        /** A news outlet that reports facts. */
        OUTLET
    }

    /**
     * Requires id, kind and name; copies aliases.
     *
     * @param id      its id in the graph or dataset (for an outlet, the id of a source that names it)
     * @param kind    what it is
     * @param name    English name
     * @param nameAr  Arabic name, or {@code null}
     * @param aliases other names, or {@code null} for none
     * @param orgKind {@code company} or {@code lab} for organizations, {@code null} otherwise
     */
    public KnownEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** @return every name it goes by: English, Arabic and aliases */
    public List<String> names() {
        return Stream.concat(Stream.of(name, nameAr), aliases.stream()).filter(Objects::nonNull).distinct().toList();
    }
}
