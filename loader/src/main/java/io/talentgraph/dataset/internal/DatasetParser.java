package io.talentgraph.dataset.internal;

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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import io.talentgraph.TalentGraphException;
import io.talentgraph.dataset.Amount;
import io.talentgraph.dataset.Claim;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetProblem;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.dataset.Evidence;
import io.talentgraph.dataset.Fact;
import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.InvalidDatasetException;
import io.talentgraph.dataset.NameKeys;
import io.talentgraph.dataset.Organization;
import io.talentgraph.dataset.PartialDate;
import io.talentgraph.dataset.Person;
import io.talentgraph.dataset.Product;
import io.talentgraph.dataset.Source;

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
public final class DatasetParser {

    private static final Set<String> COMMON_FACT_FIELDS = Set.of("type", "id", "sources", "attribution",
            "reportedBy", "claimedBy", "note", "evidence", "when", "whenEn", "date", "since", "until", "ends", "review",
            "confidence", "rule");
    private static final JsonSchema SCHEMA = loadSchema();
    /** The field named by problems that concern the whole file rather than one entry. */
    static final String DOCUMENT = "(document)";
    /** Dates before this year are typos (0205 for 2025), not history the talent war has. */
    private static final int EARLIEST_YEAR = 1900;
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

    private static JsonSchema loadSchema() {
        try (InputStream in = DatasetReader.class.getResourceAsStream(DatasetReader.SCHEMA_RESOURCE)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new IllegalStateException("The dataset JSON Schema is missing from the classpath", e);
        }
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
            fail(e.location.getLineNr(), e.location.getColumnNr(), path(e.pointer),
                    "the input is nested too deeply; a dataset is at most a few levels deep");
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage().replaceAll("\\s+", " ").trim();
            String field = parser == null ? "" : path(parser.getParsingContext().pathAsPointer().toString());
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
        for (ValidationMessage message : SCHEMA.validate(root)) {
            String pointer = message.getInstanceLocation().toString();
            String text = message.getMessage();
            int colon = text.indexOf(": ");
            if (colon >= 0 && text.substring(0, colon).equals(pointer)) {
                text = text.substring(colon + 2);
            }
            if ("pattern".equals(message.getType()) && text.contains("a-z0-9")) {
                text = "'" + nodeAt(pointer).asText() + "' is not a valid id: use lower-case letters, digits and "
                        + "single hyphens, e.g. alexandr-wang";
            }
            if (message.getProperty() != null
                    && ("required".equals(message.getType()) || "additionalProperties".equals(message.getType()))) {
                pointer = pointer + "/" + message.getProperty().replace("~", "~0").replace("/", "~1");
            }
            problem(pointer, text);
        }
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

    private JsonNode nodeAt(String pointer) {
        JsonNode node = tree.root().at(pointer);
        return node == null ? tree.root() : node;
    }

    private void problem(String pointer, String message) {
        LocatedTree.Position at = tree.position(pointer);
        String field = path(pointer);
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

    /** {@code /facts/12/person} becomes {@code facts[12].person}. */
    static String path(String pointer) {
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

    static String normalizeForQuote(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").trim();
    }

    /** Turns the schema-valid tree into records, checking what the schema cannot. */
    private final class Binder {
        private final JsonNode root;
        private final Map<String, String> kindById = new HashMap<>();
        private final Map<String, String> pointerById = new HashMap<>();
        private final Map<String, String> texts = new LinkedHashMap<>();
        private final Map<String, String> normalizedTexts = new HashMap<>();
        private final Map<String, String> sameAs = new LinkedHashMap<>();
        private final Map<Fact, String> factPointers = new java.util.IdentityHashMap<>();
        private final Map<String, List<String>> distinctFrom = new LinkedHashMap<>();
        private final Map<String, Dataset.Location> locations = new LinkedHashMap<>();

        Binder(JsonNode root) {
            this.root = root;
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
                locations.put(id, new Dataset.Location(tree.position(pointer).line(), path(pointer)));
            }
        }

        private Source source(JsonNode n, String pointer) {
            String id = n.path("id").asText();
            register(id, "source", pointer);
            checkNames(n, pointer, "outlet", "outletAr");
            String textFile = textOrNull(n, "text");
            if (textFile != null) {
                try {
                    String text = textReader.apply(textFile);
                    texts.put(id, text);
                    normalizedTexts.put(id, normalizeForQuote(text));
                } catch (TalentGraphException e) {
                    problem(pointer + "/text", e.getMessage());
                }
            }
            return new Source(id, n.path("kind").asText(), textOrNull(n, "outlet"), textOrNull(n, "outletAr"),
                    textOrNull(n, "language"), textOrNull(n, "title"), textOrNull(n, "titleEn"), textOrNull(n, "url"),
                    date(n, pointer, "published"), textOrNull(n, "when"), textOrNull(n, "whenEn"), textFile,
                    strings(n.path("citedBy")), strings(n.path("participants")).stream().map(this::graphId).toList());
        }

        private Person person(JsonNode n, String pointer) {
            String id = n.path("id").asText();
            register(id, "person", pointer);
            identity(n, pointer, id);
            return new Person(id, clean(n.path("name").asText()), cleanOrNull(textOrNull(n, "nameAr")),
                    strings(n.path("aliases")), strings(n.path("roles")));
        }

        private Organization organization(JsonNode n, String pointer) {
            String id = n.path("id").asText();
            register(id, "organization", pointer);
            identity(n, pointer, id);
            return new Organization(id, clean(n.path("name").asText()), cleanOrNull(textOrNull(n, "nameAr")),
                    strings(n.path("aliases")), n.path("kind").asText(), textOrNull(n, "description"),
                    textOrNull(n, "descriptionAr"));
        }

        private Product product(JsonNode n, String pointer) {
            String id = n.path("id").asText();
            register(id, "product", pointer);
            identity(n, pointer, id);
            return new Product(id, clean(n.path("name").asText()), cleanOrNull(textOrNull(n, "nameAr")),
                    strings(n.path("aliases")), textOrNull(n, "kind"));
        }

        private Claim claim(JsonNode n, String pointer) {
            String id = n.path("id").asText();
            register(id, "claim", pointer);
            return new Claim(id, n.path("kind").asText(), n.path("summary").asText(),
                    n.has("amount") ? amount(n.path("amount"), pointer + "/amount") : null,
                    strings(n.path("about")).stream().map(this::graphId).toList());
        }

        private void registerGroups() {
            JsonNode facts = root.path("facts");
            for (int i = 0; i < facts.size(); i++) {
                JsonNode f = facts.get(i);
                if ("group-hire".equals(f.path("type").asText()) && !rejected(f)) {
                    String pointer = "/facts/" + i;
                    if (f.has("id")) {
                        register(f.path("id").asText(), "group", pointer);
                    } else {
                        problem(pointer + "/type", "a group-hire needs an id, e.g. id: four-researchers-from-openai, "
                                + "so that hires can name it in their group field");
                    }
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
            String kind = kindById.get(id);
            String expected = String.join(" or ", kinds.stream().sorted().toList());
            if (kind == null) {
                problem(pointer, "unknown " + expected + " '" + id + "': define it in the dataset or fix the id");
                return false;
            }
            if (!kinds.contains(kind)) {
                problem(pointer, "'" + id + "' is a " + kind + ", but a " + expected + " is expected here");
                return false;
            }
            return true;
        }

        /** A reviewer keeps rejected proposals in the file for the record; they are neither checked nor loaded. */
        private boolean rejected(JsonNode fact) {
            return "rejected".equals(fact.path("review").asText());
        }

        private Fact fact(JsonNode n, String pointer) {
            if (rejected(n)) {
                return null;
            }
            FactType type = FactType.byKey(n.path("type").asText()).orElseThrow();
            Map<String, FactType.Field> allowed = type.fields().stream()
                    .collect(Collectors.toMap(FactType.Field::name, f -> f, (a, b) -> a, LinkedHashMap::new));
            n.fieldNames().forEachRemaining(name -> {
                if (!COMMON_FACT_FIELDS.contains(name) && !allowed.containsKey(name)) {
                    problem(pointer + "/" + name, "'" + name + "' does not apply to a " + type.key() + " fact; it takes "
                            + String.join(", ", allowed.keySet()));
                }
            });
            if (type == FactType.GROUP_HIRE && !n.has("id")) {
                return null;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            for (FactType.Field field : type.fields()) {
                JsonNode value = n.get(field.name());
                if (value == null || value.isNull()) {
                    if (field.required()) {
                        problem(pointer + "/type", "a " + type.key() + " fact needs '" + field.name() + "'");
                    } else if (field.name().equals("current") && type == FactType.WORKS_AT) {
                        fields.put("current", true);
                    }
                    continue;
                }
                String at = pointer + "/" + field.name();
                switch (field.kind()) {
                    case REFERENCE -> {
                        String id = value.asText();
                        if (checkRef(id, at, kinds(field.ref()))) {
                            fields.put(field.name(), graphId(id));
                        }
                    }
                    case TEXT -> fields.put(field.name(), value.asText());
                    case FLAG -> fields.put(field.name(), value.asBoolean());
                    case COUNT -> fields.put(field.name(), value.asLong());
                    case AMOUNT -> fields.put(field.name(), amount(value, at));
                }
            }
            if (type == FactType.LEADS && !n.has("title") && !n.has("role")) {
                problem(pointer + "/type", "a leads fact needs a title (e.g. CEO) or a role describing what they lead");
            }
            if (fields.containsKey("person") && fields.get("person").equals(fields.get("sibling"))
                    || fields.containsKey("person") && fields.get("person").equals(fields.get("partner"))
                    || fields.containsKey("part") && fields.get("part").equals(fields.get("whole"))
                    || fields.containsKey("investor") && fields.get("investor").equals(fields.get("target"))
                    || fields.containsKey("by") && fields.get("by").equals(fields.get("from"))) {
                problem(pointer, "a " + type.key() + " fact cannot connect something to itself");
            }
            List<String> sources = strings(n.path("sources"));
            checkRefs(n.path("sources"), pointer + "/sources", Set.of("source"));
            String attribution = textOrNull(n, "attribution");
            String reportedBy = textOrNull(n, "reportedBy");
            String claimedBy = textOrNull(n, "claimedBy");
            checkAttribution(pointer, attribution, reportedBy, claimedBy, sources);
            List<Evidence> evidence = evidence(n.path("evidence"), pointer + "/evidence", sources);
            PartialDate since = date(n, pointer, "since");
            PartialDate until = date(n, pointer, "until");
            if (since != null && until != null && since.earliest().isAfter(until.latest())) {
                problem(pointer + "/until", "until (" + until.value() + ") is before since (" + since.value() + ")");
            }
            String id = n.has("id") ? n.path("id").asText() : derivedId(type, fields);
            List<String> ends = strings(n.path("ends"));
            if (ends.contains(id)) {
                problem(pointer + "/ends", "a fact cannot end itself ('" + id + "')");
            }
            Double confidence = n.has("confidence") ? n.path("confidence").asDouble() : null;
            locations.putIfAbsent(id, new Dataset.Location(tree.position(pointer).line(), path(pointer)));
            Fact fact = new Fact(id, type, fields, sources, attribution, reportedBy,
                    claimedBy == null ? null : graphId(claimedBy), textOrNull(n, "note"),
                    evidence, textOrNull(n, "when"), textOrNull(n, "whenEn"), date(n, pointer, "date"), since, until,
                    ends, textOrNull(n, "review"), confidence, textOrNull(n, "rule"));
            factPointers.put(fact, pointer);
            return fact;
        }

        private Set<String> kinds(FactType.Ref ref) {
            return switch (ref) {
                case PERSON -> Set.of("person");
                case ORGANIZATION -> Set.of("organization");
                case PERSON_OR_ORGANIZATION -> Set.of("person", "organization");
                case PRODUCT -> Set.of("product");
                case CLAIM -> Set.of("claim");
                case GROUP -> Set.of("group");
            };
        }

        private void checkAttribution(String pointer, String attribution, String reportedBy, String claimedBy,
                                      List<String> sources) {
            if ("reported".equals(attribution) && reportedBy == null) {
                problem(pointer + "/attribution", "attribution 'reported' needs reportedBy: the id of the reporting source");
            }
            if (reportedBy != null) {
                if (!"reported".equals(attribution)) {
                    problem(pointer + "/reportedBy", "reportedBy goes with attribution: reported");
                }
                if (checkRef(reportedBy, pointer + "/reportedBy", Set.of("source")) && !sources.contains(reportedBy)) {
                    problem(pointer + "/reportedBy", "'" + reportedBy + "' must also be listed in sources");
                }
            }
            if ("claimed".equals(attribution) && claimedBy == null) {
                problem(pointer + "/attribution", "attribution 'claimed' needs claimedBy: the id of the person who claims it");
            }
            if (claimedBy != null) {
                if (!"claimed".equals(attribution)) {
                    problem(pointer + "/claimedBy", "claimedBy goes with attribution: claimed");
                }
                checkRef(claimedBy, pointer + "/claimedBy", Set.of("person"));
            }
        }

        private List<Evidence> evidence(JsonNode array, String pointer, List<String> sources) {
            List<String> withText = sources.stream().filter(normalizedTexts::containsKey).toList();
            List<Evidence> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode e = array.get(i);
                String quote = e.path("quote").asText();
                if (!withText.isEmpty()) {
                    String needle = normalizeForQuote(quote);
                    boolean found = withText.stream().anyMatch(s -> normalizedTexts.get(s).contains(needle));
                    if (!found) {
                        problem(pointer + "/" + i + "/quote", "quote not found verbatim in the text of "
                                + String.join(", ", withText) + ": copy it exactly from the source (only whitespace may differ)");
                    }
                }
                Integer start = e.has("start") ? e.path("start").asInt() : null;
                Integer end = e.has("end") ? e.path("end").asInt() : null;
                if (start != null && end != null) {
                    checkOffsets(quote, start, end, pointer + "/" + i, sources);
                }
                out.add(new Evidence(quote, textOrNull(e, "en"), start, end));
            }
            return out;
        }

        /** Offsets count code points, as most tools other than Java do; the quote must sit exactly there. */
        private void checkOffsets(String quote, int start, int end, String pointer, List<String> sources) {
            List<String> withText = sources.stream().filter(texts::containsKey).toList();
            if (withText.isEmpty()) {
                return;
            }
            String found = null;
            for (String source : withText) {
                String text = texts.get(source);
                int length = text.codePointCount(0, text.length());
                if (end > length || start >= end) {
                    found = found == null ? "(outside the text, which has " + length + " code points)" : found;
                    continue;
                }
                String at = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
                if (at.equals(quote)) {
                    return;
                }
                found = "'" + at + "'";
            }
            problem(pointer + "/start", "the text at code points " + start + ".." + end + " of "
                    + String.join(", ", withText) + " is " + found + ", not the quote: fix start and end, or remove them");
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

        private String derivedId(FactType type, Map<String, Object> fields) {
            StringBuilder sb = new StringBuilder(type.key());
            for (FactType.Field f : type.identifyingFields()) {
                sb.append(':').append(fields.get(f.name()));
            }
            return sb.toString();
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

        private PartialDate date(JsonNode n, String pointer, String field) {
            String text = textOrNull(n, field);
            if (text == null) {
                return null;
            }
            try {
                PartialDate date = PartialDate.parse(text);
                if (date.earliest().getYear() < EARLIEST_YEAR) {
                    problem(pointer + "/" + field, "'" + text + "' is before " + EARLIEST_YEAR
                            + ", before anything this graph records: check the year");
                } else if (date.earliest().isAfter(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1))
                        && ("published".equals(field) || "date".equals(field))) {
                    problem(pointer + "/" + field, "'" + text + "' is in the future: a source cannot have been "
                            + "published, nor an event have happened, after today");
                }
                return date;
            } catch (IllegalArgumentException e) {
                problem(pointer + "/" + field, e.getMessage());
                return null;
            }
        }

        private Amount amount(JsonNode n, String pointer) {
            String problem = TextRules.checkAmount(n.path("value").decimalValue());
            if (problem != null) {
                problem(pointer + "/value", problem);
            }
            return new Amount(n.path("value").decimalValue(), n.path("currency").asText(), textOrNull(n, "qualifier"));
        }

        /** Names, Arabic names and aliases must be plain, visible and in one script each. */
        private void checkNames(JsonNode n, String pointer, String... fields) {
            for (String field : fields) {
                JsonNode value = n.get(field);
                if (value == null) {
                    continue;
                }
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        checkName(value.get(i).asText(), pointer + "/" + field + "/" + i);
                    }
                } else {
                    checkName(value.asText(), pointer + "/" + field);
                }
            }
        }

        private void checkName(String value, String pointer) {
            String problem = TextRules.checkName(value);
            if (problem != null) {
                problem(pointer, problem);
            }
        }

        /** Reads the entity's names, {@code sameAs} and {@code distinctFrom}. */
        private void identity(JsonNode n, String pointer, String id) {
            checkNames(n, pointer, "name", "nameAr", "aliases");
            String same = textOrNull(n, "sameAs");
            if (same != null) {
                sameAs.put(id, same);
            }
            List<String> apart = strings(n.path("distinctFrom"));
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

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(clean(v.asText())));
        return out;
    }

    /** Names are compared and indexed, so fold Unicode forms and stray spaces once, on the way in. */
    private static String clean(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    private static String cleanOrNull(String s) {
        return s == null ? null : clean(s);
    }
}
