package com.example.talentgraph;

import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.query.AttemptQuery;
import io.talentgraph.query.Flow;
import io.talentgraph.query.FlowQuery;
import io.talentgraph.query.Hire;
import io.talentgraph.query.HireQuery;
import io.talentgraph.query.Page;
import io.talentgraph.query.TalentQueries;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An application that embeds TalentGraph: opens a store in-process, loads the article's dataset, and prints the
 * first page of Meta's hires and the talent flow into Meta. The README's embedding example is the body of
 * {@link #run(Path, PrintStream)}.
 */
public final class Main {

    private Main() {
    }

    /**
     * @param args the store's directory; a new temporary one when none is given
     * @throws IOException when no temporary directory can be made
     */
    public static void main(String[] args) throws IOException {
        Path store = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("talentgraph-example").resolve("store");
        run(store, System.out);
    }

    /**
     * @param store the store's directory, created when missing
     * @param out   where the answers go
     */
    public static void run(Path store, PrintStream out) {
        // README:begin
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(EmbeddedOptions.at(store))) {
            new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
            TalentQueries queries = new TalentQueries(db);

            Page<Hire> hires = queries.hires(HireQuery.by("Meta").first(50));
            for (Hire hire : hires.items()) {
                out.println(hire.person().name() + " joined Meta from " + hire.from().name());
            }
            if (hires.hasNext()) {
                out.println("More hires: HireQuery.by(\"Meta\").first(50).after(\"" + hires.next() + "\")");
            }

            Page<Flow> flows = queries.flow(FlowQuery.into("Meta").largestFirst().first(50));
            for (Flow flow : flows.items()) {
                out.println(flow.fromLabel() + " -> " + flow.to().name() + ": " + flow.count());
            }

            queries.hiringAttempts(AttemptQuery.failed()).items().forEach(attempt ->
                    out.println(attempt.person().name() + " was not hired (" + attempt.outcome() + ")"));
        }
        // README:end
    }
}
