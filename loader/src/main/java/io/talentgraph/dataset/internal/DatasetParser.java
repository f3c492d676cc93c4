package io.talentgraph.dataset.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.talentgraph.TalentGraphException;
import io.talentgraph.dataset.Claim;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetProblem;
import io.talentgraph.dataset.Fact;
import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.InvalidDatasetException;
import io.talentgraph.dataset.Organization;
import io.talentgraph.dataset.Person;
import io.talentgraph.dataset.Product;
import io.talentgraph.dataset.Source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Parses dataset text into a {@link Dataset}: located tree, JSON Schema, then the checks a schema cannot
 * express. Collects every problem it finds before giving up, so one run shows all of them.
 */
public final class DatasetParser {

    private final String origin;
    private final Function<String, String> textReader;
    private final List<DatasetProblem> problems = new ArrayList<>();
    private LocatedTree tree;

    /**
     * @param origin     file name for messages
     * @param textReader reads a source text file by the name the dataset gives
     */
    public DatasetParser(String origin, Function<String, String> textReader) {
        this.origin = origin;
        this.textReader = textReader;
    }

    /**
     * @param content the dataset text
     * @return the validated dataset
     * @throws InvalidDatasetException when anything is wrong
     */
    public Dataset parse(String content) {
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        if (content.isBlank()) {
            fail(0, 0, "", "the file is empty: a dataset needs at least format, id, sources and facts "
                    + "(see docs/dataset-format.md)");
        }
        YAMLFactory yaml = YAMLFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000_000).build())
                .build();
        try (JsonParser parser = yaml.createParser(content)) {
            tree = LocatedTree.read(parser);
        } catch (LocatedTree.NestingTooDeepException e) {
            fail(e.location.getLineNr(), e.location.getColumnNr(), path(e.pointer),
                    "the input is nested too deeply; a dataset is at most a few levels deep");
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage().replaceAll("\\s+", " ").trim();
            fail(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "",
                    "not valid YAML: " + why + ". A value that contains ': ' or starts with a quote must be "
                            + "wrapped in single quotes.");
        } catch (IOException e) {
            throw new TalentGraphException("Cannot read " + origin + ": " + e.getMessage(), e);
        }
        JsonNode root = tree.root();
        if (root == null || !root.isObject()) {
            fail(1, 1, "", "a dataset is a mapping with format, id, sources and facts at the top level");
        }
        for (String[] duplicate : tree.duplicateKeys()) {
            problem(duplicate[0], "the key '" + duplicate[1] + "' appears twice in this mapping: keep one");
        }
        DatasetSchema.validate(root, this::problem);
        throwIfProblems();
        Dataset dataset = new Binder(root).bind();
        throwIfProblems();
        return dataset;
    }

    private void problem(String pointer, String message) {
        LocatedTree.Position at = tree.position(pointer);
        problems.add(new DatasetProblem(origin, at.line(), at.column(), path(pointer), message));
    }

    private void fail(int line, int column, String field, String message) {
        problems.add(new DatasetProblem(origin, line, column, field, message));
        throwIfProblems();
    }

    private void throwIfProblems() {
        if (!problems.isEmpty()) {
            List<DatasetProblem> sorted = problems.stream()
                    .sorted(Comparator.comparingInt(DatasetProblem::line).thenComparingInt(DatasetProblem::column))
                    .distinct().toList();
            throw new InvalidDatasetException(sorted);
        }
    }

    /**
     * @param pointer a JSON Pointer such as {@code /facts/12/person}
     * @return the path people read, {@code facts[12].person}
     */
    public static String path(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (part.matches("\\d+")) {
                sb.append('[').append(part).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }

    /** Turns the schema-valid tree into records, checking what the schema cannot. */
    private final class Binder {
        private final JsonNode root;
        private final Map<String, String> kindById = new HashMap<>();
        private final Map<String, String> pointerById = new HashMap<>();
        private final Map<String, String> texts = new LinkedHashMap<>();
        private final Map<String, String> normalizedTexts = new HashMap<>();
        private final EntryBinder entries;

        Binder(JsonNode root) {
            this.root = root;
            this.entries = new EntryBinder(DatasetParser.this::problem, this::checkRef, normalizedTexts);
        }

        Dataset bind() {
            List<Source> sources = list("sources", this::source);
            List<Person> people = list("people", (n, p) -> {
                register(n.path("id").asText(), "person", p);
                return entries.person(n, p);
            });
            List<Organization> organizations = list("organizations", (n, p) -> {
                register(n.path("id").asText(), "organization", p);
                return entries.organization(n, p);
            });
            List<Product> products = list("products", (n, p) -> {
                register(n.path("id").asText(), "product", p);
                return entries.product(n, p);
            });
            List<Claim> claims = list("claims", (n, p) -> {
                register(n.path("id").asText(), "claim", p);
                return entries.claim(n, p);
            });
            registerGroups();
            checkSourceReferences();
            List<Fact> facts = list("facts", entries::fact);
            checkClaimReferences();
            checkUniqueFactIds(facts);
            checkPartOfCycles(facts);
            checkGroups(facts);
            return new Dataset(root.path("id").asText(), textOrNull(root, "title"), origin, sources, people,
                    organizations, products, claims, facts, texts);
        }

        private <T> List<T> list(String key, java.util.function.BiFunction<JsonNode, String, T> mapper) {
            List<T> out = new ArrayList<>();
            JsonNode array = root.path(key);
            for (int i = 0; i < array.size(); i++) {
                T item = mapper.apply(array.get(i), "/" + key + "/" + i);
                if (item != null) {
                    out.add(item);
                }
            }
            return out;
        }

        private void register(String id, String kind, String pointer) {
            String previous = kindById.putIfAbsent(id, kind);
            if (previous != null) {
                LocatedTree.Position first = tree.position(pointerById.get(id));
                problem(pointer + "/id", "duplicate id '" + id + "': already used by the " + previous + " at line "
                        + first.line() + "; ids must be unique across the dataset");
            } else {
                pointerById.put(id, pointer);
            }
        }

        private Source source(JsonNode n, String pointer) {
            String id = n.path("id").asText();
            register(id, "source", pointer);
            String textFile = textOrNull(n, "text");
            if (textFile != null) {
                try {
                    String text = textReader.apply(textFile);
                    texts.put(id, text);
                    normalizedTexts.put(id, EntryBinder.normalizeForQuote(text));
                } catch (TalentGraphException e) {
                    problem(pointer + "/text", e.getMessage());
                }
            }
            return entries.source(n, pointer, textFile);
        }

        private void registerGroups() {
            JsonNode facts = root.path("facts");
            for (int i = 0; i < facts.size(); i++) {
                JsonNode f = facts.get(i);
                if ("group-hire".equals(f.path("type").asText()) && f.has("id")) {
                    register(f.path("id").asText(), "group", "/facts/" + i);
                }
            }
        }

        private void checkSourceReferences() {
            JsonNode sources = root.path("sources");
            for (int i = 0; i < sources.size(); i++) {
                JsonNode s = sources.get(i);
                checkRefs(s.path("citedBy"), "/sources/" + i + "/citedBy", Set.of("source"));
                checkRefs(s.path("participants"), "/sources/" + i + "/participants", Set.of("person"));
            }
        }

        private void checkClaimReferences() {
            JsonNode claims = root.path("claims");
            for (int i = 0; i < claims.size(); i++) {
                checkRefs(claims.get(i).path("about"), "/claims/" + i + "/about",
                        Set.of("person", "organization", "product"));
            }
        }

        private void checkRefs(JsonNode ids, String pointer, Set<String> kinds) {
            for (int i = 0; i < ids.size(); i++) {
                checkRef(ids.get(i).asText(), pointer + "/" + i, kinds);
            }
        }

        private boolean checkRef(String id, String pointer, Set<String> kinds) {
            return EntryBinder.checkKind(id, kindById.get(id), pointer, kinds, DatasetParser.this::problem);
        }

        private void checkUniqueFactIds(List<Fact> facts) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < facts.size(); i++) {
                Integer previous = seen.putIfAbsent(facts.get(i).id(), i);
                if (previous != null) {
                    int line = tree.position(factPointer(facts.get(previous))).line();
                    problem(factPointer(facts.get(i)), "this " + facts.get(i).type().key()
                            + " fact connects the same ids as the one at line " + line
                            + " (id " + facts.get(i).id() + "); merge them, or give each an explicit id if both are meant");
                }
            }
        }

        private String factPointer(Fact fact) {
            JsonNode facts = root.path("facts");
            for (int i = 0; i < facts.size(); i++) {
                JsonNode n = facts.get(i);
                if (n.path("type").asText().equals(fact.type().key())
                        && (n.has("id") ? n.path("id").asText().equals(fact.id())
                        : fact.fields().entrySet().stream().filter(e -> e.getValue() instanceof String)
                        .allMatch(e -> e.getValue().equals(n.path(e.getKey()).asText())))) {
                    return "/facts/" + i;
                }
            }
            return "/facts";
        }

        private void checkPartOfCycles(List<Fact> facts) {
            Map<String, String> parent = new HashMap<>();
            for (Fact f : facts(facts, FactType.PART_OF)) {
                parent.put(f.text("part"), f.text("whole"));
            }
            for (Fact f : facts(facts, FactType.PART_OF)) {
                Set<String> seen = new HashSet<>();
                String at = f.text("part");
                while (at != null && seen.add(at)) {
                    at = parent.get(at);
                }
                if (at != null && at.equals(f.text("part"))) {
                    problem(factPointer(f) + "/whole", "part-of facts form a cycle through '" + at
                            + "': an organization cannot be inside itself");
                }
            }
        }

        private void checkGroups(List<Fact> facts) {
            Map<String, Fact> groups = new HashMap<>();
            facts(facts, FactType.GROUP_HIRE).forEach(g -> groups.put(g.id(), g));
            Map<String, Long> named = new HashMap<>();
            for (Fact hire : facts(facts, FactType.HIRE)) {
                String group = hire.text("group");
                if (group == null || !groups.containsKey(group)) {
                    continue;
                }
                named.merge(group, 1L, Long::sum);
                if (!groups.get(group).text("by").equals(hire.text("by"))) {
                    problem(factPointer(hire) + "/group", "the hire is by '" + hire.text("by") + "' but group '" + group
                            + "' was hired by '" + groups.get(group).text("by") + "'");
                }
            }
            Map<String, Long> nested = new HashMap<>();
            for (Fact g : groups.values()) {
                String within = g.text("within");
                if (within == null) {
                    continue;
                }
                Set<String> seen = new HashSet<>();
                for (String at = g.id(); at != null; at = groups.containsKey(at) ? groups.get(at).text("within") : null) {
                    if (!seen.add(at)) {
                        problem(factPointer(g) + "/within", "groups nest in a cycle through '" + at + "'");
                        break;
                    }
                }
                nested.merge(within, (Long) g.fields().get("count"), Long::sum);
            }
            for (Fact g : groups.values()) {
                long count = (Long) g.fields().get("count");
                long members = named.getOrDefault(g.id(), 0L) + nested.getOrDefault(g.id(), 0L);
                if (members > count) {
                    problem(factPointer(g) + "/count", "the group counts " + count + " but " + members
                            + " are named in it or in groups within it; raise the count or fix the memberships");
                }
            }
        }

        private List<Fact> facts(List<Fact> facts, FactType type) {
            return facts.stream().filter(f -> f.type() == type).toList();
        }

    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

}
