package io.talentgraph.bench;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.model.NodeLabel;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a loaded graph holds, in numbers that any difference between two loaders shows in: per combination of
 * labels, the nodes and how many have an Arabic name or aliases; per relationship type, the relationships, their
 * quotes, sources, English renderings, current jobs, end dates and amounts; and the talent flow aggregate, rolled
 * up and not.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static Map<String, List<Long>> of(Database db) {
        Map<String, List<Long>> out = new TreeMap<>();
        db.read(tx -> tx.run("""
                MATCH (n) WHERE %s
                RETURN labels(n) AS labels, count(*) AS nodes, count(n.nameAr) AS arabic, count(n.aliases) AS aliases,
                       sum(size(coalesce(n.datasets, []))) AS datasets, sum(size(coalesce(n.evidence, []))) AS quotes
                """.formatted(NodeLabel.notBookkeeping("n")))).forEach(r -> out.put("nodes " + String.join(":", r.strings("labels").stream().sorted().toList()),
                List.of(r.longValue("nodes"), r.longValue("arabic"), r.longValue("aliases"), r.longValue("datasets"),
                        r.longValue("quotes"))));
        db.read(tx -> tx.run("""
                MATCH ()-[r]->()
                RETURN type(r) AS type, count(*) AS rels, sum(size(coalesce(r.evidence, []))) AS quotes,
                       count(r.evidenceEn) AS english, sum(size(coalesce(r.sources, []))) AS sources,
                       count(CASE WHEN r.current THEN 1 END) AS current, count(r.until) AS ended,
                       sum(coalesce(r.amount, 0)) AS amount, count(r.factId) AS facts
                """)).forEach(r -> out.put("rels " + r.string("type"), List.of(r.longValue("rels"), r.longValue("quotes"),
                r.longValue("english"), r.longValue("sources"), r.longValue("current"), r.longValue("ended"),
                ((Number) r.get("amount")).longValue(), r.longValue("facts"))));
        for (String label : List.of("TalentFlow", "TalentFlowRolledUp")) {
            Row flow = db.read(tx -> tx.run("""
                    MATCH (f:%s)
                    RETURN count(f) AS rows, sum(f.named) AS named, sum(f.unnamed) AS unnamed, sum(f.units) AS units
                    """.formatted(label))).get(0);
            out.put("aggregate " + label, List.of(flow.longValue("rows"), orZero(flow.longValue("named")),
                    orZero(flow.longValue("unnamed")), orZero(flow.longValue("units"))));
        }
        return out;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    /** @return where two fingerprints differ, e.g. {@code rels WORKS_AT: [10, ...] vs [9, ...]} */
    static List<String> differences(Map<String, List<Long>> a, Map<String, List<Long>> b) {
        java.util.Set<String> keys = new java.util.TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys.stream().filter(k -> !java.util.Objects.equals(a.get(k), b.get(k)))
                .map(k -> k + ": " + a.get(k) + " vs " + b.get(k)).toList();
    }

    /** @return total nodes (without the schema node and the aggregate) */
    static long nodes(Map<String, List<Long>> fingerprint) {
        return fingerprint.entrySet().stream().filter(e -> e.getKey().startsWith("nodes ")).mapToLong(e -> e.getValue().get(0)).sum();
    }

    /** @return total relationships */
    static long relationships(Map<String, List<Long>> fingerprint) {
        return fingerprint.entrySet().stream().filter(e -> e.getKey().startsWith("rels ")).mapToLong(e -> e.getValue().get(0)).sum();
    }
}
