package io.talentgraph.cli;

import io.talentgraph.analytics.Centrality;
import io.talentgraph.analytics.Community;
import io.talentgraph.analytics.FlowBalance;
import io.talentgraph.analytics.GdsUnavailableException;
import io.talentgraph.analytics.MonthlyHires;
import io.talentgraph.analytics.NetworkAnalysis;
import io.talentgraph.analytics.SimilarPair;
import io.talentgraph.analytics.TalentAnalytics;
import io.talentgraph.analytics.TimeWindow;
import io.talentgraph.connect.Database;
import io.talentgraph.model.NodeLabel;
import io.talentgraph.query.EntityRef;
import io.talentgraph.query.Flow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A short report on the talent war: net gainers and losers, who lost most to whom, hires per month
 * (Cypher), and the most central people and organizations, communities and look-alikes (Graph Data
 * Science). Tables show the top entries; JSON and CSV hold every score, for notebooks.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Report on the talent flow and the hiring network: net gainers and losers, most central people "
                + "and organizations (GDS PageRank), communities (GDS Leiden), look-alikes (GDS node similarity).")
final class AnalyzeCommand extends GraphCommand {

    @Mixin
    WindowOptions window;

    @Option(names = "--top", defaultValue = "5", paramLabel = "N",
            description = "Rows per section in the table (default: ${DEFAULT-VALUE}); JSON and CSV list everything.")
    int top;

    @Override
    boolean needsGraphDataScience() {
        return true;
    }

    @Override
    int run(Database db, Output out) {
        TalentAnalytics analytics = new TalentAnalytics(db);
        TimeWindow w = window.window();
        List<FlowBalance> balances = analytics.netFlow(w, window.rollUp);
        List<Flow> flows = analytics.flows(w, window.rollUp);
        List<MonthlyHires> months = analytics.hiresPerMonth(w, window.rollUp);
        NetworkAnalysis network = null;
        String gdsProblem = null;
        try {
            network = analytics.network();
        } catch (GdsUnavailableException e) {
            gdsProblem = e.getMessage();
        }
        switch (out.format()) {
            case table -> table(out, w, balances, flows, months, network);
            case json -> out.json(json(w, balances, flows, months, network, gdsProblem));
            case csv -> out.rows(csv(balances, flows, months, network));
        }
        if (gdsProblem != null) {
            spec.commandLine().getErr().println("error: " + gdsProblem);
            spec.commandLine().getErr().flush();
            return 1;
        }
        return 0;
    }

    private void table(Output out, TimeWindow w, List<FlowBalance> balances, List<Flow> flows, List<MonthlyHires> months,
                       NetworkAnalysis network) {
        out.line("Talent flow, " + w + (window.rollUp ? ", labs counted under their company" : "")
                + ": each person counted once, named or not.");
        out.heading("Top net gainers");
        out.rows(readable(balanceRows(balances.stream().filter(b -> b.net() > 0).limit(top).toList())));
        out.heading("Top net losers");
        out.rows(readable(balanceRows(balances.stream().filter(b -> b.net() < 0)
                .sorted(Comparator.comparingLong(FlowBalance::net)).limit(top).toList())));
        out.heading("Who lost the most to whom");
        out.rows(readable(flowRows(flows.stream().limit(top).toList())));
        out.heading("Hires per month");
        out.rows(monthRows(months));
        if (network == null) {
            return;
        }
        out.heading("Most central people (PageRank over the hiring network)");
        out.rows(ranked(top(network.pageRank(), kind(NodeLabel.PERSON))));
        out.heading("Most central organizations (PageRank)");
        out.rows(ranked(top(network.pageRank(), kind(NodeLabel.ORGANIZATION))));
        out.heading("Brokers between parts of the network (betweenness)");
        out.rows(ranked(top(network.betweenness(), c -> c.entity().kind() != NodeLabel.HIRING_GROUP)));
        out.heading("Communities (Leiden)");
        for (Community c : network.communities()) {
            out.line(c.number() + ". " + String.join(", ", c.members().stream().map(EntityRef::name).toList()));
        }
        out.heading("Most alike people (node similarity: shared organizations and people)");
        out.rows(similarityRows(network.similarPeople().stream().limit(top).toList()));
        out.line("");
        out.line("Network: " + network.nodes() + " nodes, " + network.ties() + " ties; GDS " + network.gdsVersion()
                + ". A counted group stands for its unnamed members, weighted by how many they are (docs/analytics.md).");
    }

    /** Tables leave out the ids and keys that JSON and CSV carry for programs. */
    private static List<Map<String, Object>> readable(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> {
            Map<String, Object> copy = new LinkedHashMap<>(r);
            copy.keySet().removeAll(List.of("id", "fromId", "toId", "key"));
            return copy;
        }).toList();
    }

    /** A top list numbered within itself, with the rank in the whole network beside it. */
    private static List<Map<String, Object>> ranked(List<Centrality> list) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Centrality c : list) {
            rows.add(Rows.row("#", rows.size() + 1, "name", Rows.name(c.entity()), "score",
                    Math.round(c.score() * 10_000) / 10_000.0, "network rank", c.rank()));
        }
        return rows;
    }

    private static Predicate<Centrality> kind(NodeLabel kind) {
        return c -> c.entity().kind() == kind;
    }

    private List<Centrality> top(List<Centrality> all, Predicate<Centrality> filter) {
        return all.stream().filter(filter).limit(top).toList();
    }

    private static Map<String, Object> json(TimeWindow w, List<FlowBalance> balances, List<Flow> flows,
                                            List<MonthlyHires> months, NetworkAnalysis network, String gdsProblem) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("window", Rows.row("from", w.from() == null ? null : w.from().toString(),
                "to", w.to() == null ? null : w.to().toString()));
        doc.put("netFlow", balanceRows(balances));
        doc.put("flows", flowRows(flows));
        doc.put("hiresPerMonth", monthRows(months));
        if (network == null) {
            doc.put("network", Rows.row("available", false, "problem", gdsProblem));
        } else {
            doc.put("network", Rows.row("available", true, "gdsVersion", network.gdsVersion(), "nodes", network.nodes(),
                    "ties", network.ties(),
                    "pageRank", centralityRows(network.pageRank()),
                    "betweenness", centralityRows(network.betweenness()),
                    "communities", communityRows(network.communities()),
                    "similarPeople", similarityRows(network.similarPeople())));
        }
        return doc;
    }

    /** One tidy table: section, rank, entity and value, which pandas reads as it is. */
    private static List<Map<String, Object>> csv(List<FlowBalance> balances, List<Flow> flows, List<MonthlyHires> months,
                                                 NetworkAnalysis network) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int i = 0;
        for (FlowBalance b : balances) {
            rows.add(tidy("netFlow", ++i, b.organization(), b.net(), "gained " + b.gained() + ", lost " + b.lost()));
        }
        i = 0;
        for (Flow f : flows) {
            rows.add(tidy("flows", ++i, f.to(), f.count(), "from " + f.fromLabel()));
        }
        i = 0;
        for (MonthlyHires m : months) {
            rows.add(tidy("hiresPerMonth", ++i, m.hiredBy(), m.hires(), m.monthLabel()));
        }
        if (network != null) {
            network.pageRank().forEach(c -> rows.add(tidy("pageRank", c.rank(), c.entity(), c.score(), null)));
            network.betweenness().forEach(c -> rows.add(tidy("betweenness", c.rank(), c.entity(), c.score(), null)));
            for (Community c : network.communities()) {
                c.members().forEach(m -> rows.add(tidy("communities", c.number(), m, c.size(), null)));
            }
            i = 0;
            for (SimilarPair p : network.similarPeople()) {
                rows.add(tidy("similarPeople", ++i, p.first(), p.similarity(), "like " + p.second().name()));
            }
        }
        return rows;
    }

    private static Map<String, Object> tidy(String section, int rank, EntityRef e, Object value, String detail) {
        return Rows.row("section", section, "rank", rank, "key", key(e), "kind", Rows.kind(e), "id", e.id(),
                "name", e.name(), "nameAr", e.nameAr(), "value", value, "detail", detail);
    }

    /** The node's key in exports ({@code Person:pei-sun}), so that notebooks can join scores to the graph. */
    private static String key(EntityRef e) {
        return e.kind() + ":" + e.id();
    }

    private static List<Map<String, Object>> balanceRows(List<FlowBalance> balances) {
        return balances.stream().map(b -> Rows.row("organization", Rows.name(b.organization()), "id", b.organization().id(),
                "gained", b.gained(), "lost", b.lost(), "net", b.net())).toList();
    }

    private static List<Map<String, Object>> flowRows(List<Flow> flows) {
        return flows.stream().map(f -> Rows.row("from", f.fromLabel(), "fromId", f.from() == null ? null : f.from().id(),
                "to", f.to().name(), "toId", f.to().id(), "people", f.count(), "named", f.named(),
                "unnamed", f.unnamed())).toList();
    }

    private static List<Map<String, Object>> monthRows(List<MonthlyHires> months) {
        return months.stream().map(m -> Rows.row("month", m.monthLabel(), "hiredBy", Rows.name(m.hiredBy()),
                "hires", m.hires())).toList();
    }

    /** Scores whole, for comparing with other tools. */
    private static List<Map<String, Object>> centralityRows(List<Centrality> list) {
        return list.stream().map(c -> Rows.row("rank", c.rank(), "name", c.entity().name(), "nameAr", c.entity().nameAr(),
                "kind", Rows.kind(c.entity()), "key", key(c.entity()), "score", c.score())).toList();
    }

    private static List<Map<String, Object>> communityRows(List<Community> communities) {
        return communities.stream().map(c -> Rows.row("community", c.number(), "size", c.size(),
                "members", c.members().stream().map(EntityRef::name).toList(),
                "keys", c.members().stream().map(AnalyzeCommand::key).toList())).toList();
    }

    private static List<Map<String, Object>> similarityRows(List<SimilarPair> pairs) {
        return pairs.stream().map(p -> Rows.row("person", Rows.name(p.first()), "alike", Rows.name(p.second()),
                "similarity", Math.round(p.similarity() * 1000) / 1000.0)).toList();
    }
}
