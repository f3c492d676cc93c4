package io.talentgraph.cli;

import io.talentgraph.connect.Database;
import io.talentgraph.load.EntityMerges;
import io.talentgraph.load.LikelyDuplicate;
import io.talentgraph.load.MergeRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

/** One entity, one node: likely duplicates, merges and their undoing, each kept as data with its reason. */
final class IdentityCommands {

    private IdentityCommands() {
    }

    private static Map<String, Object> row(MergeRecord m) {
        return Rows.row("merge", m.id(), "kind", m.kind(), "kept", m.kept(), "merged", m.merged(),
                "reason", m.reason(), "mergedAt", m.mergedAt(), "undoneAt", m.undoneAt(),
                "relationships", m.relationships());
    }

    /** A command that changes the graph's identities and reports the merge record it wrote. */
    abstract static class RecordCommand extends GraphCommand {

        abstract MergeRecord change(EntityMerges merges);

        abstract String said(MergeRecord m);

        @Override
        int run(Database db, Output out) {
            MergeRecord m = change(new EntityMerges(db));
            if (out.format() == Output.Format.table) {
                out.line(said(m));
            } else {
                out.rows(List.of(row(m)));
            }
            return 0;
        }

        @Override
        boolean warnWhenEmpty() {
            return false;
        }
    }

    @Command(name = "duplicates", mixinStandardHelpOptions = true,
            description = "List people, organizations and products the graph likely holds twice, across scripts "
                    + "too, with the evidence. Confirm a pair with `talentgraph merge KEPT MERGED --reason ...`.")
    static final class Duplicates extends GraphCommand {

        @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
                description = "At most N pairs, closest first (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        int run(Database db, Output out) {
            List<LikelyDuplicate> pairs = new EntityMerges(db).likelyDuplicates(limit);
            out.rows(pairs.stream().map(d -> Rows.row("kind", d.kind(), "first", d.firstId(), "firstName", d.firstName(),
                    "second", d.secondId(), "secondName", d.secondName(), "score", d.score(),
                    "evidence", d.evidence())).toList());
            if (out.format() == Output.Format.table) {
                out.line(pairs.isEmpty() ? "No likely duplicates." : pairs.size() + " likely duplicate pair(s). "
                        + "If a pair is one entity: talentgraph merge KEPT MERGED --reason \"...\"; if not, declare "
                        + "distinctFrom in the dataset that introduces one of them.");
            }
            return 0;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge one person, organization or product into another: its facts, quotes, sources and "
                    + "names move to the kept one. Recorded with its reason; `talentgraph unmerge ID` undoes it.")
    static final class Merge extends RecordCommand {

        @Parameters(index = "0", paramLabel = "KEPT", description = "The id that remains.")
        String kept;

        @Parameters(index = "1", paramLabel = "MERGED", description = "The id merged into it.")
        String merged;

        @Option(names = "--reason", required = true, paramLabel = "TEXT",
                description = "Why they are one entity (kept in the audit trail).")
        String reason;

        @Override
        MergeRecord change(EntityMerges merges) {
            return merges.merge(kept, merged, reason);
        }

        @Override
        String said(MergeRecord m) {
            return "Merged " + m.kind() + " '" + m.merged() + "' into '" + m.kept() + "' (" + m.relationships()
                    + " relationships moved). Undo with: talentgraph unmerge " + m.id();
        }
    }

    @Command(name = "unmerge", mixinStandardHelpOptions = true,
            description = "Undo a merge: the merged entity gets its facts and names back, exactly as before.")
    static final class Unmerge extends RecordCommand {

        @Parameters(index = "0", paramLabel = "MERGE_ID", description = "The merge's id (see `talentgraph merges`).")
        String mergeId;

        @Override
        MergeRecord change(EntityMerges merges) {
            return merges.unmerge(mergeId);
        }

        @Override
        String said(MergeRecord m) {
            return "Undid " + m.id() + ": '" + m.merged() + "' and '" + m.kept() + "' are two "
                    + m.kind().toLowerCase(java.util.Locale.ROOT) + "s again. The record stays in `talentgraph merges`.";
        }
    }

    @Command(name = "merges", mixinStandardHelpOptions = true,
            description = "The audit trail of merges: who was merged into whom, why, when, and whether it was undone.")
    static final class Merges extends GraphCommand {

        @Override
        int run(Database db, Output out) {
            out.rows(new EntityMerges(db).history().stream().map(IdentityCommands::row).toList());
            return 0;
        }
    }
}
