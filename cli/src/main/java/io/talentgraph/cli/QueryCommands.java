package io.talentgraph.cli;

import io.talentgraph.TalentGraphException;
import io.talentgraph.connect.Database;
import io.talentgraph.model.AttemptOutcome;
import io.talentgraph.query.AttemptQuery;
import io.talentgraph.query.Connection;
import io.talentgraph.query.FlowQuery;
import io.talentgraph.query.GroupHire;
import io.talentgraph.query.Hire;
import io.talentgraph.query.HireQuery;
import io.talentgraph.query.HiringAttempt;
import io.talentgraph.query.LeaderQuery;
import io.talentgraph.query.NotFoundException;
import io.talentgraph.query.Page;
import io.talentgraph.query.PersonProfile;
import io.talentgraph.query.RoleQuery;
import io.talentgraph.query.TalentQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One subcommand per question of the query API. */
final class QueryCommands {

    private QueryCommands() {
    }

    @Command(name = "hires", mixinStandardHelpOptions = true,
            description = {"Who an organization hired (named people and counted groups), with evidence and sources.",
                    "A page at a time, in a stable order (by fact id): --limit hires a page, and the line 'Next page: "
                            + "--after CURSOR' says how to read the next. The first page also lists the counted groups "
                            + "(a page of them too; --groups pages through them). `talentgraph export` writes everything."})
    static final class Hires extends GraphCommand {
        @Parameters(paramLabel = "ORG", description = "Hiring organization: id, English or Arabic name.")
        String organization;

        @Option(names = "--from", paramLabel = "ORG", description = "Only hires from this organization (labs inside it included).")
        String from;

        @Option(names = "--as-of", paramLabel = "DATE", description = AsOf.DESCRIPTION)
        String asOf;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "" + HireQuery.DEFAULT_PAGE_SIZE,
                description = "Hires a page holds, 1 to " + HireQuery.MAX_PAGE_SIZE + " (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--after", paramLabel = "CURSOR",
                description = "Read the page after this cursor: the one a previous page printed as its next page.")
        String after;

        @Option(names = "--groups", description = "Page through the counted groups instead of the named hires.")
        boolean groups;

        @Override
        int run(Database db, Output out) {
            HireQuery query = query();
            TalentQueries queries = new TalentQueries(db);
            if (groups) {
                Page<GroupHire> page = read(() -> queries.groupHires(query));
                if (out.format() == Output.Format.json) {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("groups", Rows.groups(page.items()));
                    json.put("next", page.next());
                    out.json(json);
                    return 0;
                }
                out.rows(Rows.groups(page.items()));
                next(out, page, "Next page: --groups ");
                return 0;
            }
            Page<Hire> named = read(() -> queries.hires(query));
            // the counted groups come with the first page of named hires, a page of them too
            Page<GroupHire> firstGroups = after == null ? queries.groupHires(query) : null;
            if (out.format() == Output.Format.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("named", Rows.hires(named.items()));
                json.put("next", named.next());
                if (firstGroups != null) {
                    json.put("groups", Rows.groups(firstGroups.items()));
                    json.put("groupsNext", firstGroups.next());
                }
                out.json(json);
                return 0;
            }
            out.rows(Rows.hires(named.items()));
            next(out, named, "Next page: ");
            if (firstGroups != null && !firstGroups.items().isEmpty() && out.format() == Output.Format.table) {
                out.heading("Counted groups (named members included in the count)");
                out.rows(Rows.groups(firstGroups.items()));
                next(out, firstGroups, "More counted groups: --groups ");
            }
            return 0;
        }

        private HireQuery query() {
            return request(() -> HireQuery.by(organization).from(from).asOf(AsOf.parse(asOf)).first(limit).after(after));
        }

        private void next(Output out, Page<?> page, String label) {
            QueryCommands.next(spec, out, page, label);
        }
    }

    @Command(name = "flow", mixinStandardHelpOptions = true,
            description = {"Talent flow between organizations: from, to, count (named and unnamed, each person once).",
                    "Largest first, a page at a time: --limit flows a page, and the line 'Next page: --after CURSOR' "
                            + "says how to read the next. --by-key lists them in a fixed order instead (origin and "
                            + "destination), which hires added while you page cannot disturb."})
    static final class Flow extends GraphCommand {
        @Option(names = "--from", paramLabel = "ORG", description = "Only flows out of this organization.")
        String from;

        @Option(names = "--to", paramLabel = "ORG", description = "Only flows into this organization.")
        String to;

        @Option(names = "--roll-up", description = "Count labs under their parent company (PART_OF).")
        boolean rollUp;

        @Option(names = "--as-of", paramLabel = "DATE", description = AsOf.DESCRIPTION)
        String asOf;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "" + FlowQuery.DEFAULT_PAGE_SIZE,
                description = "Flows a page holds, 1 to " + FlowQuery.MAX_PAGE_SIZE + " (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--after", paramLabel = "CURSOR",
                description = "Read the page after this cursor: the one a previous page printed as its next page.")
        String after;

        @Option(names = "--by-key", description = "List flows by origin and destination instead of largest first.")
        boolean byKey;

        @Override
        int run(Database db, Output out) {
            FlowQuery query = request(() -> {
                FlowQuery q = FlowQuery.all().from(from).to(to).asOf(AsOf.parse(asOf)).first(limit);
                q = rollUp ? q.rolledUp() : q;
                return (byKey ? q : q.largestFirst()).after(after);
            });
            Page<io.talentgraph.query.Flow> page = read(() -> new TalentQueries(db).flow(query));
            out.rows(Rows.flows(page.items()));
            // the rows stay a JSON array, as before pages: the next page's line goes to standard error there too
            next(spec, out, page, "Next page: ");
            return 0;
        }
    }

    @Command(name = "leaders", mixinStandardHelpOptions = true,
            description = "Who leads an organization or a lab inside it.")
    static final class Leaders extends GraphCommand {
        @Parameters(paramLabel = "ORG", description = "Organization: id, English or Arabic name.")
        String organization;

        @Option(names = "--former", description = "Also list former leaders (with --as-of: those whose role had ended by then).")
        boolean former;

        @Option(names = "--as-of", paramLabel = "DATE", description = AsOf.DESCRIPTION)
        String asOf;

        @Override
        int run(Database db, Output out) {
            LeaderQuery query = LeaderQuery.of(organization).asOf(AsOf.parse(asOf));
            out.rows(Rows.roles(new TalentQueries(db).leaders(former ? query.includingFormer() : query)));
            return 0;
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true,
            description = "A person's roles, current and former.")
    static final class Roles extends GraphCommand {
        @Parameters(paramLabel = "PERSON", description = "Person: id, English or Arabic name.")
        String person;

        @Option(names = "--as-of", paramLabel = "DATE", description = AsOf.DESCRIPTION)
        String asOf;

        @Override
        int run(Database db, Output out) {
            out.rows(Rows.roles(new TalentQueries(db).roles(RoleQuery.of(person).asOf(AsOf.parse(asOf)))));
            return 0;
        }
    }

    @Command(name = "investments", mixinStandardHelpOptions = true,
            description = "Investments by or into an organization (all investments without ORG).")
    static final class Investments extends GraphCommand {
        @Parameters(paramLabel = "ORG", arity = "0..1", description = "Organization: id, English or Arabic name.")
        String organization;

        @Override
        int run(Database db, Output out) {
            TalentQueries queries = new TalentQueries(db);
            out.rows(Rows.investments(organization == null ? queries.investments() : queries.investments(organization)));
            return 0;
        }
    }

    @Command(name = "attempts", mixinStandardHelpOptions = true,
            description = {"Reported recruitment attempts; by default the failed ones, which are not hires.",
                    "A page at a time, in a stable order (by fact id): --limit attempts a page, and the line 'Next "
                            + "page: --after CURSOR' says how to read the next."})
    static final class Attempts extends GraphCommand {
        @Option(names = "--org", paramLabel = "ORG", description = "Only attempts by this organization.")
        String organization;

        @Option(names = "--outcome", paramLabel = "OUTCOME", defaultValue = "failed",
                description = "failed, succeeded, pending, unknown or any (default: ${DEFAULT-VALUE}).")
        String outcome;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "" + AttemptQuery.DEFAULT_PAGE_SIZE,
                description = "Attempts a page holds, 1 to " + AttemptQuery.MAX_PAGE_SIZE + " (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--after", paramLabel = "CURSOR",
                description = "Read the page after this cursor: the one a previous page printed as its next page.")
        String after;

        @Override
        int run(Database db, Output out) {
            AttemptOutcome wanted = outcome();
            AttemptQuery query = request(() -> (organization == null ? AttemptQuery.all() : AttemptQuery.by(organization))
                    .outcome(wanted).first(limit).after(after));
            Page<HiringAttempt> page = read(() -> new TalentQueries(db).hiringAttempts(query));
            out.rows(Rows.attempts(page.items()));
            next(spec, out, page, "Next page: ");
            return 0;
        }

        private AttemptOutcome outcome() {
            if ("any".equalsIgnoreCase(outcome.strip())) {
                return null;
            }
            for (AttemptOutcome o : AttemptOutcome.values()) {
                if (o.text().equalsIgnoreCase(outcome.strip())) {
                    return o;
                }
            }
            throw new TalentGraphException("--outcome: '" + outcome + "' is none of failed, succeeded, pending, "
                    + "unknown or any.");
        }
    }

    @Command(name = "profile", mixinStandardHelpOptions = true,
            description = "Everything the graph holds about a person, found by English or Arabic name.")
    static final class Profile extends GraphCommand {
        @Parameters(paramLabel = "NAME", arity = "1..*", description = "Name, part of a name, or id, in either script.")
        List<String> name;

        @Override
        int run(Database db, Output out) {
            String text = String.join(" ", name);
            PersonProfile profile = new TalentQueries(db).profile(text)
                    .orElseThrow(() -> new NotFoundException("No person matches '" + text + "'."));
            if (out.format() == Output.Format.json) {
                out.json(Map.of("person", Rows.entity(profile.person()), "labels", profile.labels(), "aliases", profile.aliases(),
                        "facts", Rows.facts(profile.facts())));
                return 0;
            }
            if (out.format() == Output.Format.table) {
                out.line(profile.person().display() + "  [" + String.join(", ", profile.labels()) + "]  id: "
                        + profile.person().id());
            }
            out.rows(Rows.facts(profile.facts()));
            return 0;
        }
    }

    @Command(name = "path", mixinStandardHelpOptions = true,
            description = "The shortest chain of facts between two people.")
    static final class Path extends GraphCommand {
        @Parameters(index = "0", paramLabel = "PERSON_A", description = "One person: id or name.")
        String a;

        @Parameters(index = "1", paramLabel = "PERSON_B", description = "The other person: id or name.")
        String b;

        @Override
        int run(Database db, Output out) {
            Connection c = new TalentQueries(db).shortestConnection(a, b)
                    .orElseThrow(() -> new NotFoundException("'" + a + "' and '" + b + "' are not connected in the graph."));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < c.steps().size(); i++) {
                Connection.Step s = c.steps().get(i);
                rows.add(Rows.row("step", i, "via", s.via() == null ? "" : (s.forward() ? "-[" + s.via() + "]->"
                        : "<-[" + s.via() + "]-"), "node", Rows.name(s.node()), "kind", Rows.kind(s.node()), "id", s.node().id()));
            }
            out.rows(rows);
            return 0;
        }
    }

    @Command(name = "reported", mixinStandardHelpOptions = true,
            description = "What a source or outlet reported (Bloomberg, TechCrunch, The Wall Street Journal, a source id).")
    static final class Reported extends GraphCommand {
        @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Outlet name or source id.")
        List<String> source;

        @Override
        int run(Database db, Output out) {
            out.rows(Rows.facts(new TalentQueries(db).reportedBy(String.join(" ", source))));
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Full-text search over English and Arabic names and aliases.")
    static final class Search extends GraphCommand {
        @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Words to find.")
        List<String> text;

        @Option(names = "--limit", defaultValue = "10", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        int run(Database db, Output out) {
            out.rows(new TalentQueries(db).search(String.join(" ", text), limit).stream()
                    .map(h -> Rows.row("id", h.entity().id(), "kind", Rows.kind(h.entity()), "name", h.entity().name(),
                            "nameAr", h.entity().nameAr(), "score", Math.round(h.score() * 1000) / 1000.0))
                    .toList());
            return 0;
        }
    }

    /**
     * Builds a request from the options, turning the request's own complaint (a page size out of range, a cursor no
     * page gave out) into the option's.
     */
    static <Q> Q request(Supplier<Q> request) {
        try {
            return request.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            if (message.startsWith("Cursor")) {
                throw new TalentGraphException("--after: " + message);
            }
            if (message.matches("\\w+Query\\.first: .*")) {
                throw new TalentGraphException("--limit: " + message.replaceFirst("^\\w+Query\\.first: ", ""));
            }
            throw new TalentGraphException(message);
        }
    }

    /** Runs a paged query; a cursor of another listing is the {@code --after} option's error. */
    static <T> Page<T> read(Supplier<Page<T>> page) {
        try {
            return page.get();
        } catch (IllegalArgumentException e) {
            throw new TalentGraphException("--after: " + e.getMessage());
        }
    }

    /** The line that reads the next page: on the output in a table; on standard error otherwise, to keep CSV whole. */
    static void next(CommandSpec spec, Output out, Page<?> page, String label) {
        if (!page.hasNext()) {
            return;
        }
        String line = label + "--after " + page.next();
        if (out.format() == Output.Format.table) {
            out.line(line);
        } else {
            spec.commandLine().getErr().println(line);
            spec.commandLine().getErr().flush();
        }
    }
}
