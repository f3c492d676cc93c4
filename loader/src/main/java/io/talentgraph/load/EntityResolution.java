package io.talentgraph.load;

import io.talentgraph.connect.Row;
import io.talentgraph.connect.Transaction;
import io.talentgraph.dataset.CrossScriptNames;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetProblem;
import io.talentgraph.dataset.Organization;
import io.talentgraph.dataset.Person;
import io.talentgraph.dataset.Product;
import io.talentgraph.dataset.NameKeys;
import io.talentgraph.model.NodeLabel;
import io.talentgraph.schema.GraphSchema;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Before a dataset is written, finds the people, organizations and products it introduces under a new id
 * that the graph already holds under another: same name after folding case, spacing, width and Arabic
 * spelling variants, the same words reordered, one letter apart, or an abbreviated first name. Such an
 * entry is refused with the evidence, unless the dataset says {@code sameAs} (it is that node) or
 * {@code distinctFrom} (it is not). Runs inside the load's transaction, so it sees what the load sees.
 */
final class EntityResolution {

    /** Enough candidates per entry to find a namesake among many partial matches, few enough to stay fast. */
    private static final int CANDIDATES = 25;

    private static final String CANDIDATES_QUERY = """
            UNWIND $rows AS row
            OPTIONAL MATCH (self:%1$s {id: row.id})
            WITH row, coalesce(self.distinctFrom, []) + row.distinctFrom AS apart
            CALL db.index.fulltext.queryNodes($index, row.query) YIELD node, score
            WHERE node:%1$s AND node.id <> row.id AND NOT node.id IN apart
              AND NOT row.id IN coalesce(node.distinctFrom, [])
            WITH row, node ORDER BY score DESC
            WITH row, collect(node)[0..$limit] AS nodes
            UNWIND nodes AS node
            RETURN row.id AS entry, node.id AS id, node.name AS name, node.nameAr AS nameAr,
                   coalesce(node.aliases, []) AS aliases, coalesce(node.datasets, []) AS datasets
            """;

    private static final String EXISTING_QUERY = "UNWIND $ids AS id MATCH (n:%1$s {id: id}) RETURN n.id AS id";

    private EntityResolution() {
    }

    private record Entry(String datasetId, String graphId, String kind, List<String> names) {
    }

    /**
     * @throws DuplicateEntityException listing every entry that is likely an existing node under another id,
     *                                  and every {@code sameAs} that names no node
     */
    static void check(Transaction tx, Dataset dataset) {
        List<DatasetProblem> problems = new ArrayList<>();
        List<DuplicateEntityException.Match> matches = new ArrayList<>();
        Map<NodeLabel, List<Entry>> byLabel = new HashMap<>();
        for (Person p : dataset.people()) {
            byLabel.computeIfAbsent(NodeLabel.PERSON, k -> new ArrayList<>())
                    .add(entry(dataset, p.id(), "person", p.name(), p.nameAr(), p.aliases()));
        }
        for (Organization o : dataset.organizations()) {
            byLabel.computeIfAbsent(NodeLabel.ORGANIZATION, k -> new ArrayList<>())
                    .add(entry(dataset, o.id(), "organization", o.name(), o.nameAr(), o.aliases()));
        }
        for (Product p : dataset.products()) {
            byLabel.computeIfAbsent(NodeLabel.PRODUCT, k -> new ArrayList<>())
                    .add(entry(dataset, p.id(), "product", p.name(), p.nameAr(), p.aliases()));
        }
        byLabel.forEach((label, entries) -> {
            checkMergedAway(tx, dataset, label, entries, problems);
            checkSameAsTargets(tx, dataset, label, entries, problems);
            findNamesakes(tx, dataset, label, entries, problems, matches);
        });
        if (!problems.isEmpty()) {
            throw new DuplicateEntityException(problems, matches);
        }
    }

    private static Entry entry(Dataset dataset, String id, String kind, String name, String nameAr, List<String> aliases) {
        List<String> names = new ArrayList<>();
        names.add(name);
        if (nameAr != null) {
            names.add(nameAr);
        }
        names.addAll(aliases);
        return new Entry(id, dataset.graphId(id), kind, names);
    }

    /** An id merged into another is that other's now: writing it again would split the entity once more. */
    private static void checkMergedAway(Transaction tx, Dataset dataset, NodeLabel label, List<Entry> entries,
                                        List<DatasetProblem> problems) {
        Map<String, Entry> byGraphId = new HashMap<>();
        entries.forEach(e -> byGraphId.putIfAbsent(e.graphId(), e));
        for (Row m : tx.run("""
                UNWIND $ids AS id
                MATCH (m:%s {merged: id}) WHERE m.undoneAt IS NULL AND m.kind = $kind
                RETURN m.merged AS merged, m.kept AS kept, m.id AS id, m.reason AS reason
                """.formatted(NodeLabel.MERGE.cypherName()),
                Map.of("ids", List.copyOf(byGraphId.keySet()), "kind", label.cypherName()))) {
            Entry e = byGraphId.get(m.string("merged"));
            problems.add(problem(dataset, e.datasetId(), dataset.sameAs().containsKey(e.datasetId()) ? "sameAs" : "id",
                    "'" + m.string("merged") + "' was merged into '" + m.string("kept") + "' (" + m.string("id") + ": "
                    + m.string("reason") + "). Use the id '" + m.string("kept") + "' (or sameAs: " + m.string("kept")
                    + "), or undo merge " + m.string("id") + " first"));
        }
    }

    private static void checkSameAsTargets(Transaction tx, Dataset dataset, NodeLabel label, List<Entry> entries,
                                           List<DatasetProblem> problems) {
        List<String> targets = entries.stream().filter(e -> dataset.sameAs().containsKey(e.datasetId()))
                .map(Entry::graphId).toList();
        if (targets.isEmpty()) {
            return;
        }
        Set<String> found = new LinkedHashSet<>();
        tx.run(EXISTING_QUERY.formatted(label.cypherName()), Map.of("ids", targets)).forEach(r -> found.add(r.string("id")));
        for (Entry e : entries) {
            if (dataset.sameAs().containsKey(e.datasetId()) && !found.contains(e.graphId())) {
                problems.add(problem(dataset, e.datasetId(), "sameAs", "sameAs names '" + e.graphId()
                        + "', but the graph holds no " + e.kind() + " with that id: load the dataset that defines it "
                        + "first, or fix the id"));
            }
        }
    }

    private static void findNamesakes(Transaction tx, Dataset dataset, NodeLabel label, List<Entry> entries,
                                      List<DatasetProblem> problems, List<DuplicateEntityException.Match> matches) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Entry> byGraphId = new HashMap<>();
        for (Entry e : entries) {
            String query = luceneQuery(e.names());
            if (query.isEmpty()) {
                continue;
            }
            byGraphId.put(e.graphId(), e);
            rows.add(Map.of("id", e.graphId(), "query", query,
                    "distinctFrom", dataset.distinctFrom().getOrDefault(e.datasetId(), List.of())));
        }
        if (rows.isEmpty()) {
            return;
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Row c : candidates(tx, label, rows)) {
            Entry e = byGraphId.get(c.string("entry"));
            List<String> theirs = names(c);
            Optional<String> why = NameKeys.likelySame(e.names(), theirs);
            if (why.isEmpty() || !reported.add(e.datasetId() + "->" + c.string("id"))) {
                continue;
            }
            matches.add(new DuplicateEntityException.Match(e.datasetId(), c.string("id"), label.cypherName(),
                    why.get(), c.strings("datasets")));
            problems.add(problem(dataset, e.datasetId(), "name", "'" + e.datasetId() + "' (" + e.names().get(0)
                    + ") is likely the " + e.kind() + " '" + c.string("id") + "' already in the graph ("
                    + String.join(" / ", theirs) + "; from dataset " + String.join(", ", c.strings("datasets")) + "): "
                    + why.get() + ". If it is the same " + e.kind() + ", use the id '" + c.string("id")
                    + "' or add sameAs: " + c.string("id") + "; if not, add distinctFrom: [" + c.string("id") + "]"));
        }
    }

    /**
     * The nodes of a label whose names the name index finds for each row, best first, less those declared distinct
     * on either side: what the duplicate check of a load and the search for duplicates in the graph both judge.
     *
     * @param rows {@code id} (the entry's graph id), {@code query} ({@link #luceneQuery}), {@code distinctFrom}
     * @return rows {@code entry, id, name, nameAr, aliases, datasets}
     */
    static List<Row> candidates(Transaction tx, NodeLabel label, List<Map<String, Object>> rows) {
        return tx.run(CANDIDATES_QUERY.formatted(label.cypherName()),
                Map.of("rows", rows, "index", GraphSchema.NAME_INDEX, "limit", CANDIDATES));
    }

    /** @param r a row with {@code name}, {@code nameAr} and {@code aliases} @return every name it gives */
    static List<String> names(Row r) {
        List<String> names = new ArrayList<>();
        if (r.string("name") != null) {
            names.add(r.string("name"));
        }
        if (r.string("nameAr") != null) {
            names.add(r.string("nameAr"));
        }
        names.addAll(r.strings("aliases"));
        return names;
    }

    private static DatasetProblem problem(Dataset dataset, String entryId, String field, String message) {
        Dataset.Location at = dataset.locations().get(entryId);
        int line = at == null ? 0 : at.line();
        String where = at == null ? entryId : at.field();
        return new DatasetProblem(dataset.origin(), line, 0, where + "." + field, message);
    }

    /**
     * Each word of each name, as written and as folded, with a fuzzy match of one edit for words of four
     * letters or more, so that a spelling variant finds its namesake. Words hold only letters and digits,
     * so no name can be read as Lucene syntax; any word may match, the comparison in Java decides.
     */
    static String luceneQuery(List<String> names) {
        Set<String> words = new LinkedHashSet<>(NameKeys.searchWords(names));
        for (String name : names) {
            String plain = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            for (String w : plain.split("[^\\p{L}\\p{N}\\p{M}]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        List<String> terms = new ArrayList<>();
        for (String w : words) {
            terms.add(w.codePointCount(0, w.length()) >= 4 ? w + "~1" : w);
        }
        // An Arabic spelling of a name the graph holds in Latin letters shares no word with it: its transliteration,
        // loosely, finds the candidates that CrossScriptNames then judges.
        Set<String> latin = new LinkedHashSet<>();
        names.stream().filter(CrossScriptNames::isArabic).forEach(n -> latin.addAll(CrossScriptNames.latinWords(n)));
        latin.removeAll(words);
        for (String w : latin) {
            terms.add(w.length() >= 4 ? w + "~2" : w + "~1");
        }
        return String.join(" OR ", terms);
    }
}
