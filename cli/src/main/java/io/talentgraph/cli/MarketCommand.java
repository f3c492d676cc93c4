package io.talentgraph.cli;

import io.talentgraph.analytics.Boomerangs;
import io.talentgraph.analytics.DirectionRatio;
import io.talentgraph.analytics.ImporterRank;
import io.talentgraph.analytics.OrganizationFlow;
import io.talentgraph.analytics.Retention;
import io.talentgraph.analytics.Tenure;
import io.talentgraph.analytics.TalentMarket;
import io.talentgraph.analytics.TeamMove;
import io.talentgraph.analytics.TimeWindow;
import io.talentgraph.connect.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Talent-market measures over a window: which way people move between two organizations, lift-outs, and people who
 * came back. Every row says what it rests on.
 */
@Command(name = "market", mixinStandardHelpOptions = true,
        description = "Talent-market measures over a time window: inflow and outflow per organization (named and "
                + "counted apart), direction ratio between two organizations (--between A B), team moves (lift-outs), "
                + "net importers (SpringRank), retention and tenure (--org), boomerangs; --reported-by cuts them all to "
                + "what one source or outlet reported.")
final class MarketCommand extends GraphCommand {

    @Mixin
    WindowOptions window;

    @Option(names = "--between", arity = "2", paramLabel = "ORG",
            description = "Two organization ids: people who moved each way between them, and the ratio.")
    List<String> between;

    @Option(names = "--team-size", defaultValue = "3", paramLabel = "N",
            description = "The smallest team move: N named people from one origin to one hirer in the window (default: ${DEFAULT-VALUE}).")
    int teamSize;

    @Option(names = "--org", paramLabel = "ORG",
            description = "An organization id: retention of the people it hired in the window, and tenure of ended jobs there.")
    String org;

    @Option(names = "--months", defaultValue = "12", paramLabel = "N",
            description = "Retention: still there N months after joining (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Retention: read the graph as of DATE (yyyy-mm-dd; default: today); later checks are too recent.")
    java.time.LocalDate asOf;

    @Option(names = "--reported-by", paramLabel = "SOURCE",
            description = "Count only what this source id or outlet (Bloomberg, TechCrunch...) reported.")
    String reportedBy;

    @Override
    int run(Database db, Output out) {
        TalentMarket market = reportedBy == null ? new TalentMarket(db) : new TalentMarket(db).reportedBy(reportedBy);
        TimeWindow w = window.window();
        List<OrganizationFlow> flows = market.flows(w, window.rollUp);
        DirectionRatio direction = between == null ? null
                : market.direction(between.get(0), between.get(1), w, window.rollUp);
        List<TeamMove> teams = market.teamMoves(w, teamSize);
        Boomerangs boomerangs = market.boomerangs(w);
        List<ImporterRank> importers = market.importers(w, window.rollUp);
        Retention retention = org == null ? null
                : market.retention(org, w, months, asOf == null ? java.time.LocalDate.now() : asOf);
        Tenure tenure = org == null ? null : market.tenure(org);
        switch (out.format()) {
            case table -> {
                out.line("Talent market, " + w + (reportedBy == null ? "" : ", as reported by " + reportedBy + " ("
                        + String.join(", ", market.sources()) + ")") + ".");
                out.heading("Inflow and outflow (named people, and counted ones the sources do not name)");
                out.rows(flowRows(flows));
                if (direction != null) {
                    out.heading("Direction");
                    out.rows(List.of(directionRow(direction)));
                }
                out.heading("Team moves (at least " + teamSize + " named people)");
                out.rows(teamRows(teams));
                out.heading("Net importers (SpringRank on moves between organizations; PageRank beside it)");
                out.rows(importerRows(importers));
                if (retention != null) {
                    out.heading("Retention and tenure at " + Rows.name(retention.organization()));
                    out.rows(List.of(retentionRow(retention, tenure)));
                }
                out.heading("Boomerangs");
                out.rows(returnRows(boomerangs));
                out.line("Departure and return pairs whose dates cannot tell which came first (not counted above): "
                        + boomerangs.orderUnknown() + ".");
            }
            case json -> {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("window", Rows.row("from", w.from() == null ? null : w.from().toString(),
                        "to", w.to() == null ? null : w.to().toString()));
                doc.put("reportedBy", market.sources());
                doc.put("flows", flowRows(flows));
                doc.put("direction", direction == null ? null : directionRow(direction));
                doc.put("teamMoves", teamRows(teams));
                doc.put("importers", importerRows(importers));
                doc.put("retention", retention == null ? null : retentionRow(retention, tenure));
                doc.put("boomerangs", returnRows(boomerangs));
                doc.put("boomerangOrderUnknown", boomerangs.orderUnknown());
                out.json(doc);
            }
            case csv -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                flows.forEach(f -> rows.add(Rows.row("measure", "net", "subject", f.organization().id(), "value", f.net(),
                        "detail", "in " + f.namedIn() + " named + " + f.countedIn() + " counted, out " + f.namedOut()
                                + " named + " + f.countedOut() + " counted")));
                if (direction != null) {
                    rows.add(Rows.row("measure", "direction", "subject", direction.from().id() + ">" + direction.to().id(),
                            "value", direction.ratio(), "detail", direction.forward() + " against " + direction.backward()));
                }
                teams.forEach(t -> rows.add(Rows.row("measure", "teamMove", "subject", t.from().id() + ">" + t.to().id(),
                        "value", t.members().size(), "detail", String.join("; ", t.members()))));
                importers.forEach(i -> rows.add(Rows.row("measure", "springRank", "subject", i.organization().id(),
                        "value", i.springRank(), "detail", "pageRank " + i.pageRank() + ", in " + i.inflow() + ", out "
                                + i.outflow())));
                boomerangs.returns().forEach(r -> rows.add(Rows.row("measure", "boomerang", "subject", r.personId(),
                        "value", r.organization().id(), "detail", "left " + r.leftOn() + ", back " + r.returnedOn())));
                out.rows(rows);
            }
        }
        return 0;
    }

    private static List<Map<String, Object>> flowRows(List<OrganizationFlow> flows) {
        return flows.stream().map(f -> Rows.row("organization", Rows.name(f.organization()), "named in", f.namedIn(),
                "counted in", f.countedIn(), "named out", f.namedOut(), "counted out", f.countedOut(), "net", f.net()))
                .toList();
    }

    private static Map<String, Object> directionRow(DirectionRatio d) {
        return Rows.row("from", Rows.name(d.from()), "to", Rows.name(d.to()), "forward", d.forward(),
                "named forward", d.forwardNamed(), "back", d.backward(), "named back", d.backwardNamed(),
                "ratio", d.ratio() == null ? "unbounded (nobody moved back)" : Math.round(d.ratio() * 100) / 100.0);
    }

    private static List<Map<String, Object>> teamRows(List<TeamMove> teams) {
        return teams.stream().map(t -> Rows.row("from", Rows.name(t.from()), "to", Rows.name(t.to()),
                "people", t.members().size(), "members", String.join(", ", t.members()))).toList();
    }

    private static Map<String, Object> retentionRow(Retention r, Tenure t) {
        return Rows.row("organization", Rows.name(r.organization()), "months", r.months(), "asOf", r.asOf().toString(),
                "stayed", r.stayed(), "left", r.left(),
                "retention", r.share() == null ? null : Math.round(r.share() * 1000) / 1000.0,
                "unknown dates", r.unknownDates(), "too recent", r.tooRecent(),
                "ended jobs", t.months().size(), "median tenure (months)", t.medianMonths(),
                "ended, dates unknown", t.unknownDates());
    }

    private static List<Map<String, Object>> importerRows(List<ImporterRank> importers) {
        return importers.stream().map(i -> Rows.row("organization", Rows.name(i.organization()),
                "springRank", i.springRank(), "pageRank", i.pageRank(), "in", i.inflow(), "out", i.outflow())).toList();
    }

    private static List<Map<String, Object>> returnRows(Boomerangs b) {
        return b.returns().stream().map(r -> Rows.row("person", r.person(), "organization", Rows.name(r.organization()),
                "left for", Rows.name(r.leftFor()), "left", r.leftOn(), "back", r.returnedOn())).toList();
    }
}
