package io.talentgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentgraph.bulk.BulkInput;
import io.talentgraph.bulk.read.InputRecord;
import io.talentgraph.bulk.read.RecordReader;
import io.talentgraph.connect.Database;
import io.talentgraph.dataset.Fact;
import io.talentgraph.dataset.Source;
import io.talentgraph.dataset.EntryBinder;
import io.talentgraph.schema.GraphSchema;
import io.talentgraph.schema.TalentFlowAggregate;
import io.talentgraph.write.GraphWrites;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a first attempt does: for every record, every statement in a transaction of its own, one row at a time
 * (the same statements as TalentGraph's loaders, so the same graph), then the talent flow rebuilt once.
 * At a million persons that takes hours, so it can stop after a sample of each file and report its rate.
 */
final class NaiveLoader {

    /**
     * What the naive load did.
     *
     * @param millis          time spent
     * @param records         records loaded
     * @param millisPerRecord time per record, per part (from which a full load is extrapolated)
     * @param complete        whether every record was loaded
     */
    record Result(long millis, long records, Map<BulkInput.Part, Double> millisPerRecord, boolean complete) {
    }

    private final Database db;

    NaiveLoader(Database db) {
        this.db = db;
    }

    /**
     * @param inputDir  the input
     * @param perFile   load at most this many records of each file ({@code Long.MAX_VALUE} for all)
     * @return what was loaded and how fast
     */
    Result load(Path inputDir, long perFile) {
        long started = System.nanoTime();
        BulkInput input = BulkInput.open(inputDir);
        GraphSchema.apply(db);
        EntryBinder binder = new EntryBinder((pointer, message) -> {
            throw new IllegalStateException(pointer + ": " + message);
        }, (id, pointer, kinds) -> true);
        String ds = input.datasetId();
        Map<BulkInput.Part, Double> rates = new EnumMap<>(BulkInput.Part.class);
        boolean complete = true;
        long records = 0;
        for (BulkInput.File file : input.files()) {
            long fileStarted = System.nanoTime();
            long count = 0;
            try (RecordReader reader = file.open()) {
                for (InputRecord r = reader.next(); r != null; r = reader.next()) {
                    if (count == perFile) {
                        complete = false;
                        break;
                    }
                    count++;
                    JsonNode n = r.node();
                    switch (file.part()) {
                        case PEOPLE -> one(GraphWrites.PEOPLE, GraphWrites.personRow(binder.person(n, "")), ds);
                        case ORGANIZATIONS -> one(GraphWrites.ORGANIZATIONS, GraphWrites.organizationRow(binder.organization(n, "")), ds);
                        case SOURCES -> one(GraphWrites.SOURCES, GraphWrites.sourceRow(binder.source(n, "", null), false), ds);
                        case FACTS -> {
                            Fact fact = binder.fact(n, "");
                            Map<String, Object> row = GraphWrites.factRow(fact, false);
                            for (GraphWrites.Statement statement : GraphWrites.factStatements(fact.type())) {
                                if (statement.applies(row)) {
                                    one(statement, row, ds);
                                }
                            }
                        }
                    }
                }
            }
            if (file.part() == BulkInput.Part.SOURCES) {
                links(file, binder, perFile);
            }
            records += count;
            rates.put(file.part(), count == 0 ? 0 : (System.nanoTime() - fileStarted) / 1e6 / count);
        }
        TalentFlowAggregate.rebuild(db);
        return new Result((System.nanoTime() - started) / 1_000_000, records, rates, complete);
    }

    /** A second pass over the sources for their links, which need every source and person in place. */
    private void links(BulkInput.File file, EntryBinder binder, long perFile) {
        long count = 0;
        try (RecordReader reader = file.open()) {
            for (InputRecord r = reader.next(); r != null && count < perFile; r = reader.next()) {
                count++;
                Source s = binder.source(r.node(), "", null);
                for (String citing : s.citedBy()) {
                    one(GraphWrites.CITES, Map.of("citing", citing, "cited", s.id()), null);
                }
                for (String person : s.participants()) {
                    one(GraphWrites.APPEARED_IN, Map.of("person", person, "source", s.id()), null);
                }
            }
        }
    }

    private void one(GraphWrites.Statement statement, Map<String, Object> row, String dataset) {
        Map<String, Object> params = new HashMap<>();
        params.put("rows", List.of(row));
        params.put("dataset", dataset);
        // What a first attempt writes: session.run, one auto-commit transaction per statement.
        db.runAutoCommit(statement.cypher(), params);
    }
}
