package io.talentgraph.ingest;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.Fact;
import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.Organization;
import io.talentgraph.dataset.Person;
import io.talentgraph.dataset.Product;
import io.talentgraph.dataset.Source;
import io.talentgraph.model.RelType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the extractor already knows: people, organizations, products and outlets by every name they go by
 * in either script, which organizations sit inside which, and the jobs and roles that hold now. Built from
 * the graph, from datasets, or both ({@link #with(Gazetteer)}). Immutable.
 */
public final class Gazetteer {

    private final Map<String, KnownEntity> entities;
    private final Map<String, String> partOf;
    private final List<OngoingRole> ongoing;

    private Gazetteer(Map<String, KnownEntity> entities, Map<String, String> partOf, List<OngoingRole> ongoing) {
        // insertion order matters (the first person with a surname owns it) and must not vary between runs
        this.entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        this.partOf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(partOf));
        this.ongoing = List.copyOf(ongoing);
    }

    /** @return a gazetteer that knows nothing: every entity the extractor finds is proposed as new */
    public static Gazetteer empty() {
        return new Gazetteer(Map.of(), Map.of(), List.of());
    }

    /**
     * @param datasets validated datasets
     * @return their entities, outlets, part-of ties and the roles they leave current
     */
    public static Gazetteer of(Collection<Dataset> datasets) {
        Map<String, KnownEntity> entities = new LinkedHashMap<>();
        Map<String, String> partOf = new LinkedHashMap<>();
        Map<String, OngoingRole> ongoing = new LinkedHashMap<>();
        Set<String> ended = new HashSet<>();
        for (Dataset d : datasets) {
            for (Person p : d.people()) {
                put(entities, new KnownEntity(p.id(), KnownEntity.Kind.PERSON, p.name(), p.nameAr(), p.aliases(), null));
            }
            for (Organization o : d.organizations()) {
                put(entities, new KnownEntity(o.id(), KnownEntity.Kind.ORGANIZATION, o.name(), o.nameAr(), o.aliases(),
                        o.kind()));
            }
            for (Product p : d.products()) {
                put(entities, new KnownEntity(p.id(), KnownEntity.Kind.PRODUCT, p.name(), p.nameAr(), p.aliases(), null));
            }
            for (Source s : d.sources()) {
                if (s.outlet() != null && !s.kind().equals("memo")) {
                    putOutlet(entities, new KnownEntity(s.id(), KnownEntity.Kind.OUTLET, s.outlet(), s.outletAr(),
                            List.of(), null));
                }
            }
            for (Fact f : d.facts()) {
                ended.addAll(f.ends());
                switch (f.type()) {
                    case PART_OF -> partOf.put(f.text("part"), f.text("whole"));
                    case HIRE -> ongoing.put(f.id(), new OngoingRole(f.id(), RelType.WORKS_AT, f.text("person"),
                            f.text("by"), null));
                    case WORKS_AT, LEADS -> {
                        if (Boolean.TRUE.equals(f.fields().get("current"))) {
                            ongoing.put(f.id(), new OngoingRole(f.id(), f.type() == FactType.LEADS ? RelType.LEADS
                                    : RelType.WORKS_AT, f.text("person"), f.text("organization"), f.text("title")));
                        } else {
                            ongoing.remove(f.id());
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        ended.forEach(ongoing::remove);
        return new Gazetteer(entities, partOf, new ArrayList<>(ongoing.values()));
    }

    static final String GRAPH_ENTITIES = """
            MATCH (n) WHERE n:Person OR n:Organization OR n:Product
            RETURN n.id AS id, CASE WHEN n:Person THEN 'PERSON' WHEN n:Organization THEN 'ORGANIZATION' ELSE 'PRODUCT' END AS kind,
                   n.name AS name, n.nameAr AS nameAr, coalesce(n.aliases, []) AS aliases,
                   CASE WHEN n:Lab THEN 'lab' WHEN n:Company THEN 'company' END AS orgKind
            ORDER BY n.id
            """;

    static final String GRAPH_OUTLETS = """
            MATCH (s:Source) WHERE s.outlet IS NOT NULL AND coalesce(s.kind, '') <> 'memo'
            RETURN s.id AS id, s.outlet AS outlet, s.outletAr AS outletAr ORDER BY s.id
            """;

    static final String GRAPH_PART_OF = """
            MATCH (a:Organization)-[:PART_OF]->(b:Organization) RETURN a.id AS part, b.id AS whole ORDER BY part
            """;

    static final String GRAPH_ONGOING = """
            MATCH (p:Person)-[r:WORKS_AT|LEADS]->(o:Organization)
            WHERE r.factId IS NOT NULL AND coalesce(r.current, true) AND r.endedBy IS NULL
            RETURN r.factId AS factId, type(r) AS relation, p.id AS person, o.id AS organization, r.title AS title
            ORDER BY factId, relation
            """;

    /**
     * Reads names and current roles from the graph. Reads every name once, which suits graphs of up to a
     * few hundred thousand entities.
     *
     * @param db the graph
     * @return what the graph knows
     */
    public static Gazetteer fromGraph(Database db) {
        Map<String, KnownEntity> entities = new LinkedHashMap<>();
        Map<String, String> partOf = new LinkedHashMap<>();
        Map<String, OngoingRole> ongoing = new LinkedHashMap<>();
        db.read(tx -> {
            for (Row r : tx.run(GRAPH_ENTITIES)) {
                put(entities, new KnownEntity(r.string("id"), KnownEntity.Kind.valueOf(r.string("kind")),
                        r.string("name") == null ? r.string("id") : r.string("name"), r.string("nameAr"),
                        r.strings("aliases"), r.string("orgKind")));
            }
            for (Row r : tx.run(GRAPH_OUTLETS)) {
                putOutlet(entities, new KnownEntity(r.string("id"), KnownEntity.Kind.OUTLET, r.string("outlet"),
                        r.string("outletAr"), List.of(), null));
            }
            tx.run(GRAPH_PART_OF).forEach(r -> partOf.put(r.string("part"), r.string("whole")));
            for (Row r : tx.run(GRAPH_ONGOING)) {
                ongoing.putIfAbsent(r.string("factId") + "|" + r.string("relation"), new OngoingRole(r.string("factId"),
                        RelType.valueOf(r.string("relation")), r.string("person"), r.string("organization"),
                        r.string("title")));
            }
            return null;
        });
        return new Gazetteer(entities, partOf, new ArrayList<>(ongoing.values()));
    }

    /**
     * @param other another gazetteer
     * @return one that knows both; where both know an id, this one's entry wins and gains the other's names
     */
    public Gazetteer with(Gazetteer other) {
        Map<String, KnownEntity> merged = new LinkedHashMap<>(entities);
        other.entities.values().forEach(e -> {
            if (e.kind() == KnownEntity.Kind.OUTLET) {
                putOutlet(merged, e);
            } else {
                put(merged, e);
            }
        });
        Map<String, String> parts = new LinkedHashMap<>(other.partOf);
        parts.putAll(partOf);
        Map<String, OngoingRole> roles = new LinkedHashMap<>();
        other.ongoing.forEach(r -> roles.put(r.factId() + "|" + r.relation(), r));
        ongoing.forEach(r -> roles.put(r.factId() + "|" + r.relation(), r));
        return new Gazetteer(merged, parts, new ArrayList<>(roles.values()));
    }

    private static void put(Map<String, KnownEntity> entities, KnownEntity e) {
        String key = e.kind() + ":" + e.id();
        KnownEntity known = entities.get(key);
        if (known == null) {
            entities.put(key, e);
            return;
        }
        List<String> aliases = new ArrayList<>(known.aliases());
        for (String name : e.names()) {
            if (!known.names().contains(name) && !aliases.contains(name)) {
                aliases.add(name);
            }
        }
        entities.put(key, new KnownEntity(known.id(), known.kind(), known.name(),
                known.nameAr() != null ? known.nameAr() : e.nameAr(), aliases,
                known.orgKind() != null ? known.orgKind() : e.orgKind()));
    }

    /** Many sources share an outlet; the gazetteer keeps one entry per outlet name. */
    private static void putOutlet(Map<String, KnownEntity> entities, KnownEntity outlet) {
        String name = outlet.name().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, KnownEntity> e : entities.entrySet()) {
            KnownEntity known = e.getValue();
            if (known.kind() == KnownEntity.Kind.OUTLET && known.name().toLowerCase(Locale.ROOT).equals(name)) {
                if (known.nameAr() == null && outlet.nameAr() != null) {
                    e.setValue(new KnownEntity(known.id(), known.kind(), known.name(), outlet.nameAr(), known.aliases(), null));
                }
                return;
            }
        }
        entities.put("OUTLET:" + outlet.id(), outlet);
    }

    /** @return every known entity, people first, in the order they were added */
    public List<KnownEntity> entities() {
        return List.copyOf(entities.values());
    }

    /**
     * @param kind what to look for
     * @param id   its id
     * @return the entity, if known
     */
    public Optional<KnownEntity> entity(KnownEntity.Kind kind, String id) {
        return Optional.ofNullable(entities.get(kind + ":" + id));
    }

    /** @return organization id to the id of the organization it is part of */
    public Map<String, String> partOf() {
        return partOf;
    }

    /** @return jobs and roles that hold now, with their fact ids */
    public List<OngoingRole> ongoing() {
        return ongoing;
    }

    /** @return how many entities it knows */
    public int size() {
        return entities.size();
    }
}
