package io.talentgraph.cli;

import io.talentgraph.TalentGraphException;
import io.talentgraph.connect.Database;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.dataset.InvalidDatasetException;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.load.LoadReport;
import io.talentgraph.query.AttemptQuery;
import io.talentgraph.query.Flow;
import io.talentgraph.query.FlowQuery;
import io.talentgraph.query.GroupHire;
import io.talentgraph.query.Hire;
import io.talentgraph.query.HireQuery;
import io.talentgraph.query.HiringAttempt;
import io.talentgraph.query.Investment;
import io.talentgraph.query.LeaderQuery;
import io.talentgraph.query.Page;
import io.talentgraph.query.Role;
import io.talentgraph.query.RoleQuery;
import io.talentgraph.query.TalentQueries;
import io.talentgraph.schema.GraphSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Commands that put data into the graph or check it. */
final class DataCommands {

    private DataCommands() {
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Load the article on Meta Superintelligence Labs and print what the graph answers.")
    static final class Demo extends GraphCommand {

        /**
         * Threads for the work that need not wait: the article's dataset is read and checked beside the store's open,
         * and the sections' queries, each planned afresh in a new JVM, run side by side.
         */
        private ExecutorService pool;
        private Future<Dataset> seed;

        @Override
        boolean warnWhenEmpty() {
            return false;
        }

        /** The loader reads the schema's version in the statement that checks whether the article is there. */
        @Override
        boolean checksSchemaItself() {
            return true;
        }

        @Override
        void beforeOpen() {
            int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
            ThreadPoolExecutor threadPool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(task, "demo");
                        thread.setDaemon(true);
                        return thread;
                    });
            // Threads end when idle, also when the open fails and run() never comes.
            threadPool.allowCoreThreadTimeOut(true);
            pool = threadPool;
            seed = pool.submit(SeedDatasets::metaSuperintelligenceLabs);
        }

        @Override
        int run(Database db, Output out) {
            try {
                return show(db, out);
            } finally {
                pool.shutdownNow();
            }
        }

        private int show(Database db, Output out) {
            long started = System.nanoTime();
            LoadReport report = new GraphLoader(db).load(done(seed));
            TalentQueries q = new TalentQueries(db);
            // The longest first, and the two threads' first queries different, so that neither plans what the other
            // is planning; whichever comes second finds the plan cached.
            HireQuery metaHires = HireQuery.by("meta").first(HireQuery.MAX_PAGE_SIZE);
            Future<Page<Hire>> hires = pool.submit(() -> q.hires(metaHires));
            Future<Page<HiringAttempt>> attempts = pool.submit(() -> q.hiringAttempts(AttemptQuery.failed()
                    .first(AttemptQuery.MAX_PAGE_SIZE)));
            Future<List<Role>> former = pool.submit(() -> formerRoles(q));
            Future<List<Role>> leaders = pool.submit(() -> q.leaders(LeaderQuery.of("meta-superintelligence-labs")));
            Future<List<Flow>> flowInto = pool.submit(() -> everyFlow(q, FlowQuery.into("meta").largestFirst()));
            Future<Page<GroupHire>> groups = pool.submit(() -> q.groupHires(metaHires));
            Future<List<Investment>> investments = pool.submit(() -> q.investments("meta"));
            Map<String, Object> sections = new LinkedHashMap<>();
            sections.put("Who leads Meta Superintelligence Labs", Rows.roles(done(leaders)));
            sections.put("Who Meta hired, and from where", Rows.hires(done(hires).items()));
            sections.put("Hires the article counts but does not all name", Rows.groups(done(groups).items()));
            List<Flow> flow = done(flowInto);
            sections.put("Talent flow into Meta (each person once)", Rows.flows(flow));
            sections.put("The investment", Rows.investments(done(investments)));
            sections.put("Recruitment attempts that failed (not hires)", Rows.attempts(done(attempts).items()));
            sections.put("Former roles (not current)", Rows.roles(done(former)));
            if (out.format() == Output.Format.table) {
                out.line("Loaded the article's dataset '" + report.datasetId() + "' (" + report.facts() + " facts) into "
                        + db.describe() + ".");
                sections.forEach((title, rows) -> {
                    out.heading(title);
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> list = (List<Map<String, Object>>) rows;
                    out.rows(list);
                });
                long named = flow.stream().mapToLong(Flow::named).sum();
                long unnamed = flow.stream().mapToLong(Flow::unnamed).sum();
                out.line("");
                out.line("Meta's hires add up to " + (named + unnamed) + " people by origin: " + named
                        + " named and counted on their own, " + unnamed + " counted in groups (named members included once)."
                        + " The article does not say whether the eleven from rival companies overlap with the four from"
                        + " OpenAI, so treat the total as an upper bound. Done in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms.");
                out.line("Next: ./talentgraph profile \"سام ألتمان\" | ./talentgraph flow --roll-up | ./talentgraph --help");
            } else if (out.format() == Output.Format.json) {
                out.json(sections);
            } else {
                out.rows(Rows.flows(flow));
            }
            return 0;
        }

        private static List<Role> formerRoles(TalentQueries q) {
            List<Role> former = new ArrayList<>();
            for (String person : List.of("alexandr-wang", "nat-friedman")) {
                q.roles(RoleQuery.of(person)).stream().filter(r -> !r.current()).forEach(former::add);
            }
            return former;
        }

        /** Every page of a flow: the demo adds them all up. */
        private static List<Flow> everyFlow(TalentQueries q, FlowQuery query) {
            List<Flow> all = new ArrayList<>();
            FlowQuery request = query.first(FlowQuery.MAX_PAGE_SIZE);
            for (Page<Flow> page = q.flow(request); ; page = q.flow(request.after(page.next()))) {
                all.addAll(page.items());
                if (!page.hasNext()) {
                    return all;
                }
            }
        }

        /** The task's result, or its failure as if it had run on this thread. */
        private static <T> T done(Future<T> task) {
            try {
                return task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new TalentGraphException("The demo failed: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TalentGraphException("Interrupted", e);
            }
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Validate dataset files (YAML or JSON) and load them, each all-or-nothing and idempotently.")
    static final class Load extends GraphCommand {
        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Dataset files; see docs/dataset-format.md.")
        List<Path> files = new ArrayList<>();

        @Option(names = "--seed", description = "Load the shipped article dataset (Meta Superintelligence Labs).")
        boolean seed;

        @Option(names = "--accept-all", description = "Load drafts whose facts are still pending review, as if accepted "
                + "(for trusted runs; rejected facts stay out).")
        boolean acceptAll;

        @Override
        boolean warnWhenEmpty() {
            return false;
        }

        @Override
        int run(Database db, Output out) {
            if (files.isEmpty() && !seed) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Name at least one dataset FILE, or --seed for the shipped article dataset.");
            }
            List<Dataset> datasets = new ArrayList<>();
            if (seed) {
                datasets.add(SeedDatasets.metaSuperintelligenceLabs());
            }
            files.forEach(f -> {
                Dataset d = DatasetReader.read(f);
                datasets.add(acceptAll ? d.acceptingAll() : d);
            });
            GraphLoader loader = new GraphLoader(db);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Dataset d : datasets) {
                LoadReport r = loader.load(d);
                rows.add(Rows.row("dataset", r.datasetId(), "origin", d.origin(), "facts", r.facts(),
                        "nodesCreated", r.nodesCreated(), "relationshipsCreated", r.relationshipsCreated(), "ms", r.millis()));
            }
            out.rows(rows);
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check dataset files without loading them; every problem is listed with file, line and field.")
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dataset files.")
        List<Path> files;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Output.Format format;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Path f : files) {
                try {
                    Dataset d = DatasetReader.read(f);
                    rows.add(Rows.row("file", f.toString(), "line", null, "column", null, "field", null,
                            "problem", "valid: " + d.facts().size() + " facts, " + d.people().size() + " people, "
                                    + d.organizations().size() + " organizations"
                                    + (d.pendingReview().isEmpty() ? "" : "; " + d.pendingReview().size()
                                    + " facts pending review")));
                } catch (InvalidDatasetException e) {
                    e.problems().forEach(p -> rows.add(Rows.row("file", p.file(), "line", p.line(), "column", p.column(),
                            "field", p.field(), "problem", p.message())));
                    if (format == Output.Format.table) {
                        spec.commandLine().getErr().println(e.getMessage());
                    }
                } catch (TalentGraphException e) {
                    rows.add(Rows.row("file", f.toString(), "line", null, "column", null, "field", null,
                            "problem", e.getMessage()));
                    if (format == Output.Format.table) {
                        spec.commandLine().getErr().println(e.getMessage());
                    }
                }
            }
            boolean valid = rows.stream().allMatch(r -> String.valueOf(r.get("problem")).startsWith("valid: "));
            List<Map<String, Object>> shown = format == Output.Format.table
                    ? rows.stream().filter(r -> String.valueOf(r.get("problem")).startsWith("valid: ")).toList() : rows;
            if (format != Output.Format.table || !shown.isEmpty()) {
                new Output(spec.commandLine().getOut(), format).rows(shown);
            }
            return valid ? 0 : 1;
        }
    }

    @Command(name = "schema", mixinStandardHelpOptions = true,
            description = "Show the schema version the database holds, and its constraints and indexes.")
    static final class Schema extends GraphCommand {
        @Override
        boolean warnWhenEmpty() {
            return false;
        }

        @Override
        int run(Database db, Output out) {
            List<Map<String, Object>> rows = new ArrayList<>();
            rows.add(Rows.row("name", "schema version", "type", "TalentGraph",
                    "details", GraphSchema.installedVersion(db) + " (this build writes " + GraphSchema.currentVersion() + ")"));
            db.runAutoCommit("SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, "
                    + "labelsOrTypes, properties ORDER BY name", Map.of()).forEach(r -> rows.add(Rows.row("name", r.string("name"),
                    "type", r.string("type"), "details", Output.text(r.get("labelsOrTypes")) + " "
                            + Output.text(r.get("properties")))));
            out.rows(rows);
            return 0;
        }
    }
}
