package io.talentgraph.cli;

import io.talentgraph.model.PartialDate;
import io.talentgraph.query.EntityRef;
import io.talentgraph.query.FactView;
import io.talentgraph.query.Flow;
import io.talentgraph.query.GroupHire;
import io.talentgraph.query.Hire;
import io.talentgraph.query.HiringAttempt;
import io.talentgraph.query.Investment;
import io.talentgraph.query.Provenance;
import io.talentgraph.query.Role;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns query answers into rows: readable columns for tables, full provenance for JSON. */
final class Rows {

    private Rows() {
    }

    static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    static String name(EntityRef e) {
        return e == null ? null : e.display();
    }

    /** @return the entity's label as Cypher writes it ({@code Person}), or {@code null} */
    static String kind(EntityRef e) {
        return e == null || e.kind() == null ? null : e.kind().cypherName();
    }

    /** @return the entity as JSON shows it: id, kind ({@code Person}), name and Arabic name */
    static Map<String, Object> entity(EntityRef e) {
        return e == null ? null : row("id", e.id(), "kind", kind(e), "name", e.name(), "nameAr", e.nameAr());
    }

    /** @return the date as the dataset writes it ({@code 2025-06}), or {@code null} */
    static String date(PartialDate date) {
        return date == null ? null : date.value();
    }

    private static Map<String, Object> withSources(Map<String, Object> row, Provenance p) {
        // a fact written by hand (in Browser) may carry no attribution: it is then the graph's, like the article's
        row.put("saidBy", switch (p.attribution() == null ? "" : p.attribution()) {
            case "reported" -> p.reportedBy();
            case "claimed" -> "claimed by " + p.claimedBy();
            case "unnamed-reports" -> "unnamed reports";
            default -> "the article";
        });
        row.put("sources", p.sources());
        row.put("evidence", p.evidence().isEmpty() ? null : p.evidence().get(0));
        row.put("evidenceEn", p.evidenceEn().isEmpty() ? null : p.evidenceEn().get(0));
        return row;
    }

    static List<Map<String, Object>> hires(List<Hire> hires) {
        return hires.stream().map(h -> withSources(row("person", name(h.person()), "from", name(h.from()),
                "hiredBy", name(h.hiredBy()), "formerTitle", h.formerTitle()), h.provenance())).toList();
    }

    static List<Map<String, Object>> groups(List<GroupHire> groups) {
        return groups.stream().map(g -> withSources(row("group", g.id(), "count", g.count(), "role", g.role(),
                "from", g.from() != null ? name(g.from()) : "(unspecified: " + g.fromDescription() + ")",
                "hiredBy", name(g.hiredBy()), "within", g.within(),
                "namedMembers", g.namedMembers().stream().map(EntityRef::name).toList()), g.provenance())).toList();
    }

    static List<Map<String, Object>> flows(List<Flow> flows) {
        return flows.stream().map(f -> row("from", f.fromLabel(), "to", f.to().name(), "count", f.count(),
                "named", f.named(), "unnamed", f.unnamed())).toList();
    }

    static List<Map<String, Object>> roles(List<Role> roles) {
        return roles.stream().map(r -> withSources(row("person", name(r.person()), "organization", name(r.organization()),
                "relationship", r.kind().cypherName(),
                "title", r.title() != null ? r.title() : r.role(), "current", r.current(), "since", date(r.since()),
                "until", date(r.until())), r.provenance())).toList();
    }

    static List<Map<String, Object>> investments(List<Investment> investments) {
        return investments.stream().map(i -> withSources(row("investor", name(i.investor()), "target", name(i.target()),
                "amount", plain(i.amount()), "currency", i.currency(), "qualifier", i.qualifier(), "when", i.when()),
                i.provenance())).toList();
    }

    static List<Map<String, Object>> attempts(List<HiringAttempt> attempts) {
        return attempts.stream().map(a -> withSources(row("organization", name(a.organization()), "person", name(a.person()),
                "outcome", a.outcome().text(), "personWorksAt", name(a.employer())), a.provenance())).toList();
    }

    static List<Map<String, Object>> facts(List<FactView> facts) {
        return facts.stream().map(f -> withSources(row("subject", name(f.subject()), "relationship", f.type(),
                "object", name(f.object()), "details", f.details()), f.provenance())).toList();
    }

    /** Amounts print as written: 14300000000, never 1.43E10. */
    static String plain(Number n) {
        return n == null ? null : new BigDecimal(n.toString()).toPlainString();
    }
}
