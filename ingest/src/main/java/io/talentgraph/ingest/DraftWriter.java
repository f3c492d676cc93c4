package io.talentgraph.ingest;

import io.talentgraph.TalentGraphException;
import io.talentgraph.dataset.Amount;
import io.talentgraph.dataset.Evidence;
import io.talentgraph.dataset.Fact;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link Draft} as a dataset file (YAML, format {@code talentgraph-dataset/1}) made for review:
 * one entity and one fact per block, each fact {@code review: pending} with its rule, confidence, quotes and
 * their offsets, and comments that say how the extractor read the text and what is new. Nothing in it
 * depends on the time of the run, so ingesting the same article twice writes the same bytes.
 */
public final class DraftWriter {

    private DraftWriter() {
    }

    /**
     * @param draft     the draft
     * @param textPath  the article's path relative to where the draft file will be (the loader checks quotes against it)
     * @param acceptAll mark every fact accepted, for trusted runs
     * @return the dataset text
     */
    public static String yaml(Draft draft, String textPath, boolean acceptAll) {
        StringBuilder y = new StringBuilder();
        long known = draft.entities().stream().filter(Draft.Entity::known).count();
        y.append("# Draft dataset proposed by ").append(draft.extractor()).append(" from ").append(draft.article().name())
                .append(" (").append(draft.article().language().code()).append("): ").append(draft.facts().size())
                .append(" facts, ").append(draft.entities().size()).append(" entities (").append(known).append(" known, ")
                .append(draft.entities().size() - known).append(" new).\n");
        if (acceptAll) {
            y.append("# Accepted without review: every fact is marked accepted.\n");
        } else {
            y.append("""
                    # How to review: for each fact, check the quote against the article and the fields against the quote.
                    # Fix what is wrong, then set review: accepted, or review: rejected to keep a record of a wrong
                    # proposal (rejected facts are never loaded). Lines starting with "# why:" say how the text was read.
                    # Entities marked NEW are proposals: an Arabic-only name needs its English name, and may get a better
                    # id (replace it everywhere in this file). Then load this file.
                    """);
        }
        y.append("format: talentgraph-dataset/1\n");
        y.append("id: ").append(draft.id()).append('\n');
        y.append("title: ").append(scalar(draft.title())).append("\n\n");

        y.append("sources:\n");
        for (Draft.Source s : draft.sources()) {
            y.append("  - id: ").append(s.id()).append('\n');
            y.append("    kind: ").append(s.kind()).append('\n');
            field(y, "    ", "outlet", s.outlet());
            field(y, "    ", "outletAr", s.outletAr());
            if (s.citedBy() == null) {
                y.append("    language: ").append(draft.article().language().code()).append('\n');
                field(y, "    ", "title", draft.title());
                if (draft.article().published() != null) {
                    y.append("    published: ").append(scalar(draft.article().published().value())).append('\n');
                }
                y.append("    text: ").append(scalar(textPath)).append('\n');
            } else {
                y.append("    citedBy: [").append(s.citedBy()).append("]\n");
            }
        }
        entities(y, draft, KnownEntity.Kind.PERSON, "people");
        entities(y, draft, KnownEntity.Kind.ORGANIZATION, "organizations");
        entities(y, draft, KnownEntity.Kind.PRODUCT, "products");
        if (!draft.claims().isEmpty()) {
            y.append("\nclaims:\n");
            for (Draft.Claim c : draft.claims()) {
                y.append("  # review: write the summary as one English sentence\n");
                y.append("  - id: ").append(c.id()).append('\n');
                y.append("    kind: ").append(c.kind()).append('\n');
                y.append("    summary: ").append(scalar(c.summary())).append('\n');
                amount(y, "    ", c.amount());
                if (!c.about().isEmpty()) {
                    y.append("    about: [").append(String.join(", ", c.about())).append("]\n");
                }
            }
        }
        y.append("\nfacts:\n");
        if (draft.facts().isEmpty() && draft.rejected().isEmpty()) {
            y.setLength(y.length() - 1);
            y.append(" []\n");
        }
        String review = acceptAll ? Fact.ACCEPTED : Fact.PENDING;
        for (Draft.Fact f : draft.facts()) {
            fact(y, f, review, null);
        }
        if (!draft.rejected().isEmpty()) {
            y.append("\n  # Proposals the verifier refused: kept so that a reviewer sees what was proposed and why it\n")
                    .append("  # was refused. Rejected facts are never checked or loaded; set review: accepted after fixing one.\n");
        }
        for (Draft.Rejected r : draft.rejected()) {
            fact(y, r.fact(), Fact.REJECTED, r.reason());
        }
        return y.toString();
    }

    /**
     * Writes the draft to a temporary file first, then moves it into place, so that a failed
     * run never leaves half a draft.
     *
     * @param draft     the draft
     * @param file      where to write it
     * @param article   the article file (referenced relative to the draft)
     * @param acceptAll mark every fact accepted
     */
    public static void write(Draft draft, Path file, Path article, boolean acceptAll) {
        Path folder = file.toAbsolutePath().getParent();
        String textPath = folder.relativize(article.toAbsolutePath()).toString().replace('\\', '/');
        String content = yaml(draft, textPath, acceptAll);
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".draft-", ".yaml.tmp");
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new TalentGraphException("Cannot write the draft to " + file + ": " + e.getMessage(), e);
        }
    }

    private static void entities(StringBuilder y, Draft draft, KnownEntity.Kind kind, String section) {
        List<Draft.Entity> list = draft.entities().stream().filter(e -> e.kind() == kind).toList();
        if (list.isEmpty()) {
            return;
        }
        y.append('\n').append(section).append(":\n");
        for (Draft.Entity e : list) {
            String seen = String.join("', '", e.seenAs());
            for (String why : e.why()) {
                y.append("  # why: ").append(why.replace('\n', ' ')).append('\n');
            }
            if (e.known()) {
                y.append("  # known, seen as '").append(seen).append("'");
                if (!e.newSpellings().isEmpty()) {
                    y.append("; the article adds the spelling '").append(String.join("', '", e.newSpellings()))
                            .append("' (kept below: check it)");
                }
                y.append('\n');
            } else {
                boolean arabicOnly = e.nameAr() != null && e.nameAr().equals(e.name());
                y.append("  # NEW, seen as '").append(seen).append("'")
                        .append(arabicOnly ? ": give its English name (and, if you like, an id from it)" : "")
                        .append('\n');
            }
            y.append("  - id: ").append(e.id()).append('\n');
            y.append("    name: ").append(scalar(e.name())).append('\n');
            field(y, "    ", "nameAr", e.nameAr());
            if (!e.aliases().isEmpty()) {
                y.append("    aliases: [").append(String.join(", ", e.aliases().stream().map(DraftWriter::flow).toList()))
                        .append("]\n");
            }
            if (kind == KnownEntity.Kind.ORGANIZATION) {
                y.append("    kind: ").append(e.orgKind()).append('\n');
            }
        }
    }

    private static void fact(StringBuilder y, Draft.Fact f, String review, String rejection) {
        y.append('\n');
        for (String note : f.notes()) {
            y.append("  # why: ").append(note.replace('\n', ' ')).append('\n');
        }
        if (rejection != null) {
            y.append("  # why: rejected by the verifier: ").append(rejection.replace('\n', ' ')).append('\n');
        }
        y.append("  - type: ").append(f.type().key()).append('\n');
        if (f.explicitId()) {
            y.append("    id: ").append(f.id()).append('\n');
        }
        for (Map.Entry<String, Object> e : f.fields().entrySet()) {
            Object v = e.getValue();
            if (v instanceof Amount a) {
                amount(y, "    ", a);
            } else if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
                y.append("    ").append(e.getKey()).append(": ").append(v).append('\n');
            } else {
                y.append("    ").append(e.getKey()).append(": ").append(scalar(String.valueOf(v))).append('\n');
            }
        }
        field(y, "    ", "when", f.when());
        if (f.date() != null) {
            y.append("    date: ").append(scalar(f.date().value())).append('\n');
        }
        if (f.until() != null) {
            y.append("    until: ").append(scalar(f.until().value())).append('\n');
        }
        if (!f.ends().isEmpty()) {
            y.append("    ends: [").append(String.join(", ", f.ends())).append("]\n");
        }
        y.append("    review: ").append(review).append('\n');
        y.append("    confidence: ").append(f.confidence()).append('\n');
        y.append("    rule: ").append(scalar(f.rule())).append('\n');
        y.append("    sources: [").append(String.join(", ", f.sources())).append("]\n");
        if (!"stated".equals(f.attribution())) {
            y.append("    attribution: ").append(f.attribution()).append('\n');
            field(y, "    ", "reportedBy", f.reportedBy());
            field(y, "    ", "claimedBy", f.claimedBy());
        }
        y.append("    evidence:\n");
        if (f.evidence().isEmpty()) {
            y.append("      - quote: '(no quote given)'\n");
        }
        for (Evidence e : f.evidence()) {
            y.append("      - quote: ").append(scalar(e.quote())).append('\n');
            if (e.start() != null) {
                y.append("        start: ").append(e.start()).append('\n');
                y.append("        end: ").append(e.end()).append('\n');
            }
        }
    }

    private static void amount(StringBuilder y, String indent, Amount a) {
        if (a == null) {
            return;
        }
        y.append(indent).append("amount: {value: ").append(plain(a.value())).append(", currency: ").append(a.currency());
        if (!"exact".equals(a.qualifier())) {
            y.append(", qualifier: ").append(a.qualifier());
        }
        y.append("}\n");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static void field(StringBuilder y, String indent, String key, String value) {
        if (value != null) {
            y.append(indent).append(key).append(": ").append(scalar(value)).append('\n');
        }
    }

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N} .,()'’_/&+\\-“”،]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    /** A YAML scalar: plain where that cannot be misread, single-quoted otherwise. */
    static String scalar(String s) {
        String oneLine = s.replace('\n', ' ').replace('\r', ' ');
        if (PLAIN.matcher(oneLine).matches() && !oneLine.endsWith(" ") && !oneLine.contains(" #")
                && !RESERVED.contains(oneLine.toLowerCase(Locale.ROOT))) {
            return oneLine;
        }
        return "'" + oneLine.replace("'", "''") + "'";
    }

    /** Inside [ ] a comma ends the item, so quote more eagerly there. */
    private static String flow(String s) {
        String plain = scalar(s);
        return plain.startsWith("'") || !s.contains(",") && !s.contains("،") ? plain : "'" + s.replace("'", "''") + "'";
    }
}
