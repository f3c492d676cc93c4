package io.talentgraph.bulk;

import io.talentgraph.bulk.read.InputRecord;
import io.talentgraph.bulk.read.RecordReader;
import io.talentgraph.dataset.DatasetProblem;
import io.talentgraph.dataset.Fact;
import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.InvalidDatasetException;
import io.talentgraph.dataset.Source;
import io.talentgraph.dataset.DatasetSchema;
import io.talentgraph.dataset.EntryBinder;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The first pass of a bulk load: reads every record once, as a stream, and checks it as the YAML reader checks a
 * dataset (the same JSON Schema definitions and the same {@link EntryBinder}), plus what only a stream needs: ids
 * unique across the input, references that resolve to the input or to the database, and group hires defined
 * before the facts that name them. Nothing is written; problems are collected (up to {@value #MAX_PROBLEMS}) and
 * thrown together.
 *
 * <p>Memory: one {@link IdIndex} entry per id defined in the input, and up to {@value #LOOKUP_BATCH} references
 * waiting for a database lookup; records are not kept.
 */
final class InputValidator {

    /** Stop after this many problems: the first ones usually explain the rest. */
    public static final int MAX_PROBLEMS = 100;
    static final int LOOKUP_BATCH = 5_000;

    /** Finds ids the input refers to but does not define, in the database the input will be loaded into. */
    @FunctionalInterface
    public interface DatabaseIds {
        /**
         * @param ids ids to look up
         * @return the kind ({@code person}, {@code organization}, ...) of each id found
         */
        Map<String, String> kindsOf(Collection<String> ids);
    }

    /**
     * What validation found out about the input.
     *
     * @param records         records per part
     * @param flowFacts       hires and group hires, the facts that change the talent flow
     * @param sourcesWithText ids of sources whose text the input holds (their quotes were checked)
     * @param sourceLinks     whether any source has {@code citedBy} or {@code participants}
     * @param idIndexBytes    memory taken by the id index
     * @param index           every id the input defines (and those found in the database), with its kind
     */
    public record Result(Map<BulkInput.Part, Long> records, long flowFacts, Set<String> sourcesWithText,
                         boolean sourceLinks, long idIndexBytes, IdIndex index) {
        /** @return records in all parts */
        public long total() {
            return records.values().stream().mapToLong(Long::longValue).sum();
        }

        /**
         * @param id an id
         * @return the kind of entry it names ({@code person}, ...), or {@code null}
         */
        public String kindOf(String id) {
            long value = index.get(id);
            return value < 0 ? null : IdIndex.kind(value);
        }
    }

    private record Pending(String id, Set<String> kinds, int file, long line, String pointer, boolean mustPrecede) {
    }

    private static final class TooManyProblems extends RuntimeException {
        TooManyProblems() {
            super(null, null, false, false);
        }
    }

    private final BulkInput input;
    private final DatabaseIds database;
    private final IdIndex index = new IdIndex();
    private final List<DatasetProblem> problems = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Set<String> sourcesWithText = new HashSet<>();
    private int fileIndex;
    private String fileName;
    private long line;
    private BulkInput.Part part;
    private boolean sourceLinks;

    /**
     * @param input    the input
     * @param database looks up ids the input refers to but does not define, or {@code null} to report them all
     */
    public InputValidator(BulkInput input, DatabaseIds database) {
        this.input = input;
        this.database = database;
    }

    /**
     * @param progress told the number of records read so far, now and then
     * @return what the input holds
     * @throws InvalidDatasetException listing the problems, each with file, line and field
     */
    public Result validate(LongConsumer progress) {
        Map<BulkInput.Part, Long> counts = new EnumMap<>(BulkInput.Part.class);
        long flowFacts = 0;
        long read = 0;
        EntryBinder binder = new EntryBinder((pointer, message) -> problem(pointer, message), this::check, texts,
                java.util.function.UnaryOperator.identity());
        try {
            for (BulkInput.File file : input.files()) {
                fileIndex = input.files().indexOf(file);
                fileName = file.path().toString();
                part = file.part();
                DatasetSchema.Entry entry = part.entry();
                long count = 0;
                try (RecordReader reader = file.open()) {
                    for (InputRecord record = reader.next(); record != null; record = reader.next()) {
                        count++;
                        line = record.line();
                        if (record.node() == null) {
                            problem(record.field() == null ? "" : "/" + record.field(), record.error());
                            continue;
                        }
                        if (!DatasetSchema.validate(entry, record.node(), "", this::problem)) {
                            continue;
                        }
                        String id = record.node().path("id").asText(null);
                        switch (part) {
                            case PEOPLE -> {
                                define(id, "person");
                                binder.person(record.node(), "");
                            }
                            case ORGANIZATIONS -> {
                                define(id, "organization");
                                binder.organization(record.node(), "");
                            }
                            case SOURCES -> source(binder, record);
                            case FACTS -> {
                                Fact fact = binder.fact(record.node(), "");
                                if (fact != null && fact.pendingReview()) {
                                    problem("/review", fact.type().key() + " fact " + fact.id() + " is pending review: "
                                            + "set review to accepted or rejected before a bulk load");
                                }
                                if (fact != null && fact.type() == FactType.GROUP_HIRE) {
                                    define(fact.id(), "group");
                                }
                                if (fact != null && (fact.type() == FactType.HIRE || fact.type() == FactType.GROUP_HIRE)) {
                                    flowFacts++;
                                }
                            }
                        }
                        if (pending.size() >= LOOKUP_BATCH) {
                            resolvePending(false);
                        }
                        if (++read % 50_000 == 0) {
                            progress.accept(read);
                        }
                    }
                }
                resolvePending(true);
                counts.put(part, count);
            }
        } catch (TooManyProblems e) {
            problems.add(new DatasetProblem(fileName, (int) Math.min(Integer.MAX_VALUE, line), 0, "", "stopped after " + MAX_PROBLEMS
                    + " problems; fix these and run again"));
        }
        progress.accept(read);
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
        return new Result(counts, flowFacts, Set.copyOf(sourcesWithText), sourceLinks, index.bytes(), index);
    }

    private void source(EntryBinder binder, InputRecord record) {
        String id = record.node().path("id").asText();
        define(id, "source");
        String textFile = EntryBinder.textOrNull(record.node(), "text");
        if (textFile != null) {
            readText(id, textFile);
        }
        Source source = binder.source(record.node(), "", textFile);
        for (int i = 0; i < source.citedBy().size(); i++) {
            check(source.citedBy().get(i), "/citedBy/" + i, Set.of("source"));
        }
        for (int i = 0; i < source.participants().size(); i++) {
            check(source.participants().get(i), "/participants/" + i, Set.of("person"));
        }
        sourceLinks |= !source.citedBy().isEmpty() || !source.participants().isEmpty();
    }

    private void readText(String id, String textFile) {
        Path path = input.directory().resolve(textFile);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            texts.put(id, text);
            sourcesWithText.add(id);
        } catch (CharacterCodingException e) {
            problem("/text", textFile + " is not valid UTF-8: save it as UTF-8 and try again.");
        } catch (IOException e) {
            problem("/text", "cannot read the source text " + path + " (" + e.getClass().getSimpleName()
                    + "): put it next to " + BulkInput.MANIFEST + " or fix the name");
        }
    }

    private void define(String id, String kind) {
        long previous = index.putIfAbsent(id, kind, fileIndex, line);
        if (previous >= 0 && IdIndex.file(previous) != IdIndex.IN_DATABASE) {
            problem("/id", "duplicate id '" + id + "': already used by the " + IdIndex.kind(previous) + " at "
                    + input.files().get(IdIndex.file(previous)).path().getFileName() + " line " + IdIndex.line(previous)
                    + "; ids must be unique across the input");
        }
    }

    private boolean check(String id, String pointer, Set<String> kinds) {
        long known = index.get(id);
        if (known >= 0) {
            return EntryBinder.checkKind(id, IdIndex.kind(known), pointer, kinds, this::problem);
        }
        // Group hires must precede the facts that name them: the loader writes in file order.
        boolean mustPrecede = part == BulkInput.Part.FACTS && kinds.contains("group");
        pending.add(new Pending(id, kinds, fileIndex, line, pointer, mustPrecede));
        return true;
    }

    /**
     * Settles references that were not known when read: defined later in the input, found in the database, or
     * unknown. References the current file could still define stay pending until its end.
     */
    private void resolvePending(boolean endOfFile) {
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> unresolved = new ArrayList<>();
        for (Pending p : pending) {
            long known = index.get(p.id);
            if (known >= 0 && IdIndex.file(known) != IdIndex.IN_DATABASE && p.mustPrecede) {
                report(p, "group '" + p.id + "' is defined at line " + IdIndex.line(known) + ", after the fact that names"
                        + " it: put group hires before the hires and groups that name them");
            } else if (known >= 0) {
                EntryBinder.checkKind(p.id, IdIndex.kind(known), p.pointer, p.kinds, (ptr, msg) -> report(p, msg));
            } else {
                unresolved.add(p);
            }
        }
        pending.clear();
        if (!unresolved.isEmpty() && database != null) {
            Map<String, String> found = database.kindsOf(unresolved.stream().map(Pending::id).distinct().toList());
            List<Pending> still = new ArrayList<>();
            for (Pending p : unresolved) {
                String kind = found.get(p.id);
                if (kind != null) {
                    index.putIfAbsent(p.id, kind, IdIndex.IN_DATABASE, 0);
                    EntryBinder.checkKind(p.id, kind, p.pointer, p.kinds, (ptr, msg) -> report(p, msg));
                } else {
                    still.add(p);
                }
            }
            unresolved = still;
        }
        for (Pending p : unresolved) {
            boolean thisFileCouldDefineIt = p.mustPrecede
                    || part == BulkInput.Part.SOURCES && p.kinds.contains("source");
            if (!endOfFile && thisFileCouldDefineIt) {
                pending.add(p);
            } else {
                report(p, "unknown " + String.join(" or ", p.kinds.stream().sorted().toList()) + " '" + p.id
                        + "': define it in the input" + (database == null ? "" : " or load it first")
                        + ", or fix the id");
            }
        }
    }

    private void report(Pending p, String message) {
        add(new DatasetProblem(input.files().get(p.file).path().toString(), (int) Math.min(Integer.MAX_VALUE, p.line), 0,
                DatasetSchema.path(p.pointer), message));
    }

    private void problem(String pointer, String message) {
        add(new DatasetProblem(fileName, (int) Math.min(Integer.MAX_VALUE, line), 0, DatasetSchema.path(pointer), message));
    }

    private void add(DatasetProblem problem) {
        problems.add(problem);
        if (problems.size() >= MAX_PROBLEMS) {
            throw new TooManyProblems();
        }
    }

    /** @return the number of ids recorded, for tests and logs */
    public int ids() {
        return index.size();
    }
}
