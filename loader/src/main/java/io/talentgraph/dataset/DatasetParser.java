package io.talentgraph.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.talentgraph.TalentGraphException;
import io.talentgraph.model.PartialDate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Parses dataset text into a {@link Dataset}: located tree, JSON Schema, then the checks a schema cannot
 * express. Collects every problem it finds before giving up, so one run shows all of them.
 */
final class DatasetParser {

    /** The field named by problems that concern the whole file rather than one entry. */
    static final String DOCUMENT = "(document)";
    /** SnakeYAML refuses documents over 3 Mi code points by default; generated datasets can be larger. */
    private static final int MAX_CODE_POINTS = 256 * 1024 * 1024;

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
            fail(1, 1, DOCUMENT, "the file is empty: a dataset needs at least format, id, sources and facts "
                    + "(see docs/dataset-format.md)");
        }
        int nul = content.indexOf('\u0000');
        if (nul >= 0) {
            int[] at = lineAndColumn(content, nul);
            fail(at[0], at[1], DOCUMENT, "the file contains NUL characters: it is probably UTF-16 or binary; "
                    + "save it as UTF-8 text");
        }
        LoaderOptions limits = new LoaderOptions();
        limits.setCodePointLimit(MAX_CODE_POINTS);
        YAMLFactory yaml = YAMLFactory.builder()
                .loaderOptions(limits)
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000_000).build())
                .build();
        JsonParser parser = null;
        try {
            parser = yaml.createParser(content);
            tree = LocatedTree.read(parser);
        } catch (LocatedTree.NestingTooDeepException e) {
            fail(e.location.getLineNr(), e.location.getColumnNr(), DatasetSchema.path(e.pointer),
                    "the input is nested too deeply; a dataset is at most a few levels deep");
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage().replaceAll("\\s+", " ").trim();
            String field = parser == null ? "" : DatasetSchema.path(parser.getParsingContext().pathAsPointer().toString());
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                // SnakeYAML knows where the problem is; Jackson's location is that of the last good token.
                line = marked.getProblemMark().getLine() + 1;
                column = marked.getProblemMark().getColumn() + 1;
            }
            fail(Math.max(1, line), Math.max(1, column), field.isEmpty() ? DOCUMENT : field,
                    "not valid YAML: " + why + ". A value that contains ': ' or starts with a quote must be "
                            + "wrapped in single quotes.");
        } catch (IOException e) {
            throw new TalentGraphException("Cannot read " + origin + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(parser);
        }
        JsonNode root = tree.root();
        if (root == null || !root.isObject()) {
            fail(1, 1, DOCUMENT, "a dataset is a mapping with format, id, sources and facts at the top level");
        }
        for (String[] unsupported : tree.unsupported()) {
            problem(unsupported[0], unsupported[1]);
        }
        for (String[] duplicate : tree.duplicateKeys()) {
            problem(duplicate[0], "the key '" + duplicate[1] + "' appears twice in this mapping: keep one");
        }
        checkTexts(root, "");
        DatasetSchema.validate(root, this::problem);
        throwIfProblems();
        Dataset dataset = new Binder(root).bind();
        throwIfProblems();
        return dataset;
    }

    /** Every string and key of the document, checked once for characters that hide or reorder text. */
    private void checkTexts(JsonNode node, String pointer) {
        if (node.isTextual()) {
            String problem = TextRules.checkText(node.asText());
            if (problem != null) {
                problem(pointer, problem);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                String problem = TextRules.checkText(e.getKey());
                if (problem != null) {
                    problem(child, "the key " + problem);
                }
                checkTexts(e.getValue(), child);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTexts(node.get(i), pointer + "/" + i);
            }
        }
    }

    private static int[] lineAndColumn(String content, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (content.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // Reading is done; nothing to release that matters.
            }
        }
    }

    private void problem(String pointer, String message) {
        LocatedTree.Position at = tree.position(pointer);
        String field = DatasetSchema.path(pointer);
        problems.add(new DatasetProblem(origin, Math.max(1, at.line()), Math.max(1, at.column()),
                field.isEmpty() ? DOCUMENT : field, message));
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



    /** Turns the schema-valid tree into records, checking what the schema cannot. */
    private final class Binder {
        private final JsonNode root;
        private final Map<String, String> kindById = new HashMap<>();
        private final Map<String, String> pointerById = new HashMap<>();
        private final Map<String, String> texts = new LinkedHashMap<>();
        private final Map<String, String> sameAs = new LinkedHashMap<>();
        private final Map<Fact, String> factPointers = new java.util.IdentityHashMap<>();
        private final Map<String, List<String>> distinctFrom = new LinkedHashMap<>();
        private final Map<String, Dataset.Location> locations = new LinkedHashMap<>();
        private final EntryBinder entries;

        Binder(JsonNode root) {
            this.root = root;
            this.entries = new EntryBinder(DatasetParser.this::problem, this::checkRef, texts,
                    this::graphId);
        }

        Dataset bind() {
            List<Source> sources = list("sources", this::source);
            List<Person> people = list("people", this::person);
            List<Organization> organizations = list("organizations", this::organization);
            List<Product> products = list("products", this::product);
            checkSameAs();
            checkNamesApart("people", people.stream().map(p -> new Named(p.id(), names(p.name(), p.nameAr(), p.aliases()))).toList());
            checkNamesApart("organizations", organizations.stream().map(o -> new Named(o.id(), names(o.name(), o.nameAr(), o.aliases()))).toList());
            checkNamesApart("products", products.stream().map(p -> new Named(p.id(), names(p.name(), p.nameAr(), p.aliases()))).toList());
            List<Claim> claims = list("claims", this::claim);
            registerGroups();
            checkSourceReferences();
            List<Fact> facts = list("facts", this::fact);
            checkClaimReferences();
            checkUniqueFactIds(facts);
            checkPartOfCycles(facts);
            checkGroups(facts);
            checkEnds(facts);
            return new Dataset(root.path("id").asText(), textOrNull(root, "title"), origin, sources, people,
                    organizations, products, claims, facts, texts, sameAs, distinctFrom, locations);
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
                locations.put(id, new Dataset.Location(tree.position(pointer).line(), DatasetSchema.path(pointer)));
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
                } catch (TalentGraphException e) {
                    problem(pointer + "/text", e.getMessage());
                }
            }
            return entries.source(n, pointer, textFile);
        }

        private Person person(JsonNode n, String pointer) {
            String id = n.path("id").asText();
            register(id, "person", pointer);
            identity(n, pointer, id);
            return entries.person(n, pointer);
        }

        private Organization organization(JsonNode n, String pointer) {
            String id = n.path("id").asText();
            register(id, "organization", pointer);
            identity(n, pointer, id);
            return entries.organization(n, pointer);
        }

        private Product product(JsonNode n, String pointer) {
            String id = n.path("id").asText();
            register(id, "product", pointer);
            identity(n, pointer, id);
            return entries.product(n, pointer);
        }

        private Claim claim(JsonNode n, String pointer) {
            register(n.path("id").asText(), "claim", pointer);
            return entries.claim(n, pointer);
        }

        /** Groups are registered before facts are bound, since hires name groups listed after them. */
        private void registerGroups() {
            JsonNode facts = root.path("facts");
            for (int i = 0; i < facts.size(); i++) {
                JsonNode f = facts.get(i);
                if ("group-hire".equals(f.path("type").asText()) && f.has("id") && !EntryBinder.rejected(f)) {
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

        private Fact fact(JsonNode n, String pointer) {
            Fact fact = entries.fact(n, pointer);
            if (fact != null) {
                locations.putIfAbsent(fact.id(), new Dataset.Location(tree.position(pointer).line(), DatasetSchema.path(pointer)));
                factPointers.put(fact, pointer);
            }
            return fact;
        }

        /** Only facts that hold over time (a job, a role, the job a hire began) can be ended. */
        private void checkEnds(List<Fact> facts) {
            Map<String, Fact> byId = new HashMap<>();
            facts.forEach(f -> byId.put(f.id(), f));
            for (Fact f : facts) {
                for (int i = 0; i < f.ends().size(); i++) {
                    Fact ended = byId.get(f.ends().get(i));
                    if (ended != null && !Set.of(FactType.HIRE, FactType.WORKS_AT, FactType.LEADS).contains(ended.type())) {
                        problem(factPointer(f) + "/ends/" + i, "'" + ended.id() + "' is a " + ended.type().key()
                                + " fact, which does not hold over time; only hire, works-at and leads facts can be ended");
                    }
                }
            }
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
            return factPointers.getOrDefault(fact, "/facts");
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

        /** Reads the entity's names, {@code sameAs} and {@code distinctFrom}. */
        private void identity(JsonNode n, String pointer, String id) {
            String same = textOrNull(n, "sameAs");
            if (same != null) {
                sameAs.put(id, same);
            }
            List<String> apart = EntryBinder.strings(n.path("distinctFrom"));
            if (!apart.isEmpty()) {
                distinctFrom.put(id, apart);
                if (apart.contains(id) || apart.contains(same)) {
                    problem(pointer + "/distinctFrom", "an entry cannot be distinct from itself or from its sameAs");
                }
            }
        }

        /** The id the graph knows an entry by: its {@code sameAs} when it declares one. */
        private String graphId(String id) {
            return sameAs.getOrDefault(id, id);
        }

        private void checkSameAs() {
            Map<String, String> firstByTarget = new HashMap<>();
            sameAs.forEach((id, target) -> {
                String at = pointerById.get(id) + "/sameAs";
                if (kindById.containsKey(target)) {
                    problem(at, "sameAs names '" + target + "', which this dataset defines too: use one of the two ids");
                }
                String other = firstByTarget.putIfAbsent(target, id);
                if (other != null) {
                    problem(at, "'" + other + "' is already sameAs '" + target + "': merge the two entries");
                }
            });
        }

        private record Named(String id, List<String> names) {
        }

        /**
         * Two entries of one kind whose names match are one entity written twice, unless declared apart.
         * Only entries that share a word are compared, so that large datasets stay fast.
         */
        private void checkNamesApart(String kind, List<Named> entries) {
            Map<String, List<Integer>> byWord = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                Named later = entries.get(i);
                String at = "/" + kind + "/" + i + "/name";
                Set<Integer> candidates = new java.util.TreeSet<>();
                for (String word : NameKeys.searchWords(later.names())) {
                    List<Integer> seen = byWord.computeIfAbsent(word, w -> new ArrayList<>());
                    candidates.addAll(seen);
                    seen.add(i);
                }
                for (int j : candidates) {
                    Named earlier = entries.get(j);
                    if (earlier.id().equals(later.id())
                            || distinctFrom.getOrDefault(later.id(), List.of()).contains(earlier.id())
                            || distinctFrom.getOrDefault(earlier.id(), List.of()).contains(later.id())) {
                        continue;
                    }
                    int line = tree.position(pointerById.get(earlier.id())).line();
                    NameKeys.likelySame(later.names(), earlier.names()).ifPresent(why -> problem(
                            at, "'" + later.id()
                                    + "' is likely the same as '" + earlier.id() + "' (line " + line + "): " + why
                                    + ". If they are one, keep one entry; if not, add distinctFrom: [" + earlier.id() + "]"));
                }
            }
        }
    }

    private static List<String> names(String name, String nameAr, List<String> aliases) {
        List<String> names = new ArrayList<>();
        names.add(name);
        if (nameAr != null) {
            names.add(nameAr);
        }
        names.addAll(aliases);
        return names;
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
