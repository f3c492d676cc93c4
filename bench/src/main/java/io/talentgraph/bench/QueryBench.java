package io.talentgraph.bench;

import io.talentgraph.analytics.TalentAnalytics;
import io.talentgraph.analytics.TalentMarket;
import io.talentgraph.analytics.TimeWindow;
import io.talentgraph.bulk.BulkInput;
import io.talentgraph.bulk.read.InputRecord;
import io.talentgraph.bulk.read.RecordReader;
import io.talentgraph.connect.Database;
import io.talentgraph.query.AttemptQuery;
import io.talentgraph.query.FlowQuery;
import io.talentgraph.query.HireQuery;
import io.talentgraph.query.LeaderQuery;
import io.talentgraph.query.Page;
import io.talentgraph.query.RoleQuery;
import io.talentgraph.query.TalentQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Latency of every call of {@link TalentQueries} on a loaded graph, as an application sees it (over Bolt, warm):
 * each call runs over a fixed set of sample arguments, first once each to warm up, then round after round until
 * it has {@code runs} timings or its time budget is spent; p50 and p95 of those.
 */
final class QueryBench {

    private static final Logger LOG = LoggerFactory.getLogger(QueryBench.class);

    /**
     * One query's latency.
     *
     * @param query what was asked
     * @param runs  timed runs
     * @param p50   median, milliseconds
     * @param p95   95th percentile, milliseconds
     * @param note  what the arguments were, e.g. the organization's size
     */
    record Latency(String query, int runs, double p50, double p95, String note) {
    }

    private record Sample(String id, String name, String nameAr) {
    }

    private final TalentQueries queries;
    private final Database db;
    private final Path inputDir;
    private final int runs;
    private final Duration budget;

    QueryBench(Database db, Path inputDir, int runs, Duration budget) {
        this.db = db;
        this.queries = new TalentQueries(db);
        this.inputDir = inputDir;
        this.runs = runs;
        this.budget = budget;
    }

    List<Latency> run() {
        BulkInput input = BulkInput.open(inputDir);
        List<Sample> people = samples(input, BulkInput.Part.PEOPLE, 20);
        List<Sample> orgs = samples(input, BulkInput.Part.ORGANIZATIONS, 20);
        Sample largest = first(input, BulkInput.Part.ORGANIZATIONS, 1).get(0);
        // Organizations spread over the whole size range, so that one with about 100 hires exists at every size.
        Sample midsize = closestTo(samples(input, BulkInput.Part.ORGANIZATIONS, 300), 100);
        long midsizeHires = hiresOf(midsize.id());
        long largestHires = hiresOf(largest.id());
        List<Sample> sources = samples(input, BulkInput.Part.SOURCES, 20);

        List<Latency> out = new ArrayList<>();
        out.add(time("person by English name", "", people, s -> queries.personId(s.name())));
        out.add(time("person by Arabic name", "", people, s -> queries.personId(s.nameAr())));
        out.add(time("full-text search (family name)", "", people, s -> queries.search(s.name().substring(s.name().lastIndexOf(' ') + 1), 10)));
        out.add(time("hires by organization", midsizeHires + " hires", List.of(midsize), s -> everyHire(s.name())));
        out.add(time("hires by the largest organization", largestHires + " hires", List.of(largest), s -> everyHire(s.name())));
        out.add(time("hires by the largest organization, first page of 50", largestHires + " hires", List.of(largest),
                s -> queries.hires(HireQuery.by(s.name()).first(50))));
        out.add(time("leaders of an organization", "", orgs, s -> queries.leaders(LeaderQuery.of(s.name()))));
        out.add(time("roles of a person", "", people, s -> queries.roles(RoleQuery.of(s.id()))));
        out.add(time("profile of a person", "", people, s -> queries.profile(s.id())));
        out.add(time("talent flow into the largest organization", "", List.of(largest), s -> everyPage(FlowQuery.into(s.id()).largestFirst(), queries::flow)));
        out.add(time("talent flow out of the largest, rolled up", "", List.of(largest), s -> everyPage(FlowQuery.outOf(s.id()).rolledUp().largestFirst(), queries::flow)));
        out.add(time("talent flow, top 20 of the whole graph", "", List.of(largest), s -> queries.flow(FlowQuery.all().largestFirst().first(20))));
        out.add(time("talent flow, top 20 rolled up", "", List.of(largest), s -> queries.flow(FlowQuery.all().rolledUp().largestFirst().first(20))));
        List<Sample> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < people.size(); i += 2) {
            pairs.add(new Sample(people.get(i).id(), people.get(i + 1).id(), null));
        }
        out.add(time("shortest connection between two people", "", pairs, s -> queries.shortestConnection(s.id(), s.name())));
        out.add(time("investments of an organization", "", orgs, s -> queries.investments(s.id())));
        out.add(time("failed recruitment attempts", "", List.of(largest), s -> everyPage(AttemptQuery.failed(), queries::hiringAttempts)));
        out.add(time("what a source reported", "", sources, s -> queries.reportedBy(s.id())));
        // the talent-market measures (analytics), over the whole graph, all time
        TalentMarket market = new TalentMarket(db);
        TalentAnalytics analytics = new TalentAnalytics(db);
        TimeWindow all = TimeWindow.all();
        out.add(time("market: net flow of every organization", "", List.of(largest), s -> analytics.netFlow(all, false)));
        // a window cannot use the all-time aggregate: every hire is read and its date checked
        TimeWindow year = TimeWindow.between(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31));
        out.add(time("market: inflow and outflow, one year", "", List.of(largest), s -> market.flows(year, false)));
        out.add(time("market: direction between two organizations", "", List.of(largest),
                s -> market.direction(s.id(), midsize.id(), all, false)));
        out.add(time("market: team moves of 3 or more", "", List.of(largest), s -> market.teamMoves(all, 3)));
        out.add(time("market: boomerangs", "", List.of(largest), s -> market.boomerangs(all)));
        out.add(time("market: net importers (SpringRank, PageRank)", "", List.of(largest), s -> market.importers(all, false)));
        // the same measures over one year, which the aggregate cannot answer, and cut to one source's reports
        out.add(time("market: direction, one year", "", List.of(largest),
                s -> market.direction(s.id(), midsize.id(), year, false)));
        out.add(time("market: team moves, one year", "", List.of(largest), s -> market.teamMoves(year, 3)));
        out.add(time("market: boomerangs, one year", "", List.of(largest), s -> market.boomerangs(year)));
        out.add(time("market: net importers, one year", "", List.of(largest), s -> market.importers(year, false)));
        out.add(time("market: inflow and outflow, one source's reports", "", sources,
                s -> market.reportedBy(s.id()).flows(all, false)));
        out.add(time("market: retention at the largest, 12 months", largestHires + " hires", List.of(largest),
                s -> market.retention(s.id(), all, 12, java.time.LocalDate.of(2026, 1, 1))));
        out.add(time("market: tenure at the largest", "", List.of(largest), s -> market.tenure(s.id())));
        return out;
    }

    /**
     * Every hire of an organization, named and counted, read a page of a thousand at a time: what the one-answer call
     * that these measures timed until the query API went over to pages returned.
     */
    private int everyHire(String organization) {
        HireQuery query = HireQuery.by(organization).first(HireQuery.MAX_PAGE_SIZE);
        return everyPage(query, queries::hires) + everyPage(query, queries::groupHires);
    }

    /** Reads every page of a request with pages of the largest size; returns how many items they held. */
    private static <Q, T> int pages(Q request, java.util.function.BiFunction<Q, String, Page<T>> read) {
        int items = 0;
        String after = null;
        do {
            Page<T> page = read.apply(request, after);
            items += page.items().size();
            after = page.next();
        } while (after != null);
        return items;
    }

    private <T> int everyPage(HireQuery query, java.util.function.Function<HireQuery, Page<T>> read) {
        return pages(query, (q, after) -> read.apply(q.after(after)));
    }

    private <T> int everyPage(FlowQuery query, java.util.function.Function<FlowQuery, Page<T>> read) {
        return pages(query.first(FlowQuery.MAX_PAGE_SIZE), (q, after) -> read.apply(q.after(after)));
    }

    private <T> int everyPage(AttemptQuery query, java.util.function.Function<AttemptQuery, Page<T>> read) {
        return pages(query.first(AttemptQuery.MAX_PAGE_SIZE), (q, after) -> read.apply(q.after(after)));
    }

    private Latency time(String name, String note, List<Sample> samples, Consumer<Sample> call) {
        long deadline = System.nanoTime() + budget.toNanos();
        for (Sample s : samples) {
            call.accept(s);
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        List<Double> millis = new ArrayList<>();
        deadline = System.nanoTime() + budget.toNanos();
        for (int i = 0; millis.size() < runs && (millis.size() < 3 || System.nanoTime() < deadline); i++) {
            Sample s = samples.get(i % samples.size());
            long started = System.nanoTime();
            call.accept(s);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        millis.sort(Double::compare);
        Latency latency = new Latency(name, millis.size(), percentile(millis, 50), percentile(millis, 95), note);
        LOG.info("{}: p50 {} ms, p95 {} ms over {} runs {}", name, String.format("%.1f", latency.p50()),
                String.format("%.1f", latency.p95()), latency.runs(), note);
        return latency;
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private long hiresOf(String orgId) {
        return db.read(tx -> tx.run("MATCH ()-[h:HIRED_FROM]->() WHERE h.hiredBy = $id RETURN count(h) AS c",
                java.util.Map.of("id", orgId))).get(0).longValue("c");
    }

    private Sample closestTo(List<Sample> candidates, long hires) {
        Sample best = candidates.get(0);
        long bestDistance = Long.MAX_VALUE;
        for (Sample s : candidates) {
            long distance = Math.abs(hiresOf(s.id()) - hires);
            if (distance < bestDistance) {
                best = s;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Every n-th record, spread over the file, so that samples come from all of it. */
    private static List<Sample> samples(BulkInput input, BulkInput.Part part, int count) {
        List<Sample> all = new ArrayList<>();
        long total = 0;
        BulkInput.File file = input.file(part).orElseThrow();
        try (RecordReader r = file.open()) {
            while (r.next() != null) {
                total++;
            }
        }
        long step = Math.max(1, total / count);
        try (RecordReader r = file.open()) {
            long i = 0;
            for (InputRecord rec = r.next(); rec != null && all.size() < count; rec = r.next(), i++) {
                if (i % step == step / 2) {
                    all.add(sample(rec));
                }
            }
        }
        return all;
    }

    private static List<Sample> first(BulkInput input, BulkInput.Part part, int count) {
        List<Sample> all = new ArrayList<>();
        try (RecordReader r = input.file(part).orElseThrow().open()) {
            for (InputRecord rec = r.next(); rec != null && all.size() < count; rec = r.next()) {
                all.add(sample(rec));
            }
        }
        return all;
    }

    private static Sample sample(InputRecord rec) {
        return new Sample(rec.node().path("id").asText(), rec.node().path("name").asText(),
                rec.node().path("nameAr").asText(null));
    }
}
