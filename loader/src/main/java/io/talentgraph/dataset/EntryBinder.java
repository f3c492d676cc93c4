package io.talentgraph.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentgraph.model.PartialDate;
import org.apiguardian.api.API;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Turns one schema-valid entry of a dataset (a source, person, organization, product, claim or fact) into its
 * record, checking what the JSON Schema cannot: references, attribution, dates, self-links, and quotes
 * against source texts. The YAML dataset reader and the streaming bulk reader both bind entries here, so
 * both accept and refuse exactly the same things.
 *
 * <p>Problems are reported to {@link Problems} by JSON Pointer under the pointer the caller passes, e.g.
 * {@code /facts/12/person} for a YAML dataset or {@code /person} for one line of a bulk file.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class EntryBinder {

    /** Receives what is wrong, located by JSON Pointer. */
    @FunctionalInterface
    public interface Problems {
        /**
         * @param pointer where, e.g. {@code /facts/3/person}
         * @param message what is wrong and what to do
         */
        void add(String pointer, String message);
    }

    /** Resolves ids to the kind of entry they name. */
    @FunctionalInterface
    public interface References {
        /**
         * Checks a reference and reports a problem when it does not resolve to one of {@code kinds}.
         *
         * @param id      the id referred to
         * @param pointer where the reference is
         * @param kinds   acceptable kinds: {@code person}, {@code organization}, {@code source}, {@code group},
         *                {@code product}, {@code claim}
         * @return whether the reference is (or may still turn out to be) valid
         */
        boolean check(String id, String pointer, Set<String> kinds);
    }

    private static final Set<String> COMMON_FACT_FIELDS = Set.of("type", "id", "sources", "attribution",
            "reportedBy", "claimedBy", "note", "evidence", "when", "whenEn", "date", "since", "until", "ends", "review",
            "confidence", "rule");
    /** Dates before this year are typos (0205 for 2025), not history the talent war has. */
    private static final int EARLIEST_YEAR = 1900;

    private final Problems problems;
    private final References references;
    private final Map<String, String> texts;
    /** Each source text normalized for quote matching, computed once, on the first quote that needs it. */
    private final Map<String, String> normalizedTexts = new java.util.HashMap<>();
    private final UnaryOperator<String> graphId;

    /**
     * @param problems        where problems go
     * @param references      resolves ids
     * @param texts           source id to its text; quotes of facts citing these sources must be found in them,
     *                        at their offsets when they give any
     * @param graphId         the id the graph knows an entry by (its {@code sameAs} when it declares one)
     */
    public EntryBinder(Problems problems, References references, Map<String, String> texts,
                       UnaryOperator<String> graphId) {
        this.problems = problems;
        this.references = references;
        this.texts = texts;
        this.graphId = graphId;
    }

    /**
     * A binder for entries without source texts to check quotes against, or {@code sameAs} ids to map.
     *
     * @param problems   where problems go
     * @param references resolves ids
     */
    public EntryBinder(Problems problems, References references) {
        this(problems, references, Map.of(), UnaryOperator.identity());
    }

    /**
     * The usual check of a reference whose kind is known.
     *
     * @param id       the id referred to
     * @param kind     the kind it names, or {@code null} when nothing has that id
     * @param pointer  where the reference is
     * @param kinds    acceptable kinds
     * @param problems where to report
     * @return whether it resolves to an acceptable kind
     */
    public static boolean checkKind(String id, String kind, String pointer, Set<String> kinds, Problems problems) {
        String expected = String.join(" or ", kinds.stream().sorted().toList());
        if (kind == null) {
            problems.add(pointer, "unknown " + expected + " '" + id + "': define it in the dataset or fix the id");
            return false;
        }
        if (!kinds.contains(kind)) {
            problems.add(pointer, "'" + id + "' is a " + kind + ", but a " + expected + " is expected here");
            return false;
        }
        return true;
    }

    /**
     * @param n        a source entry
     * @param pointer  its JSON Pointer, under which problems are reported
     * @param textFile the name of the file holding its text, or {@code null}
     * @return the source; its references are checked by the caller, who knows when all sources are read
     */
    public Source source(JsonNode n, String pointer, String textFile) {
        checkNames(n, pointer, "outlet", "outletAr");
        return new Source(n.path("id").asText(), n.path("kind").asText(), textOrNull(n, "outlet"), textOrNull(n, "outletAr"),
                textOrNull(n, "language"), textOrNull(n, "title"), textOrNull(n, "titleEn"), textOrNull(n, "url"),
                date(n, pointer, "published"), textOrNull(n, "when"), textOrNull(n, "whenEn"), textFile,
                strings(n.path("citedBy")), strings(n.path("participants")).stream().map(graphId).toList());
    }

    /**
     * @param n       a person entry
     * @param pointer its JSON Pointer, under which problems are reported
     * @return the person
     */
    public Person person(JsonNode n, String pointer) {
        checkNames(n, pointer, "name", "nameAr", "aliases");
        return new Person(n.path("id").asText(), clean(n.path("name").asText()), cleanOrNull(textOrNull(n, "nameAr")),
                strings(n.path("aliases")), strings(n.path("roles")));
    }

    /**
     * @param n       an organization entry
     * @param pointer its JSON Pointer, under which problems are reported
     * @return the organization
     */
    public Organization organization(JsonNode n, String pointer) {
        checkNames(n, pointer, "name", "nameAr", "aliases");
        return new Organization(n.path("id").asText(), clean(n.path("name").asText()), cleanOrNull(textOrNull(n, "nameAr")),
                strings(n.path("aliases")), n.path("kind").asText(), textOrNull(n, "description"),
                textOrNull(n, "descriptionAr"));
    }

    /**
     * @param n       a product entry
     * @param pointer its JSON Pointer, under which problems are reported
     * @return the product
     */
    public Product product(JsonNode n, String pointer) {
        checkNames(n, pointer, "name", "nameAr", "aliases");
        return new Product(n.path("id").asText(), clean(n.path("name").asText()), cleanOrNull(textOrNull(n, "nameAr")),
                strings(n.path("aliases")), textOrNull(n, "kind"));
    }

    /**
     * @param n       a claim entry
     * @param pointer its JSON Pointer, under which problems are reported
     * @return the claim; {@code about} is checked by the caller
     */
    public Claim claim(JsonNode n, String pointer) {
        return new Claim(n.path("id").asText(), n.path("kind").asText(), n.path("summary").asText(),
                n.has("amount") ? amount(n.path("amount"), pointer + "/amount") : null,
                strings(n.path("about")).stream().map(graphId).toList());
    }

    /**
     * @param n       a fact entry that passed the JSON Schema
     * @param pointer its JSON Pointer, under which problems are reported
     * @return the fact, or {@code null} for a group hire without id (reported) and for a proposal a reviewer
     *         rejected (kept in the file for the record; neither checked nor loaded)
     */
    public Fact fact(JsonNode n, String pointer) {
        if (rejected(n)) {
            return null;
        }
        FactType type = FactType.byKey(n.path("type").asText()).orElseThrow();
        Map<String, FactType.Field> allowed = type.fields().stream()
                .collect(Collectors.toMap(FactType.Field::name, f -> f, (a, b) -> a, LinkedHashMap::new));
        n.fieldNames().forEachRemaining(name -> {
            if (!COMMON_FACT_FIELDS.contains(name) && !allowed.containsKey(name)) {
                problems.add(pointer + "/" + name, "'" + name + "' does not apply to a " + type.key() + " fact; it takes "
                        + String.join(", ", allowed.keySet()));
            }
        });
        if (type == FactType.GROUP_HIRE && !n.has("id")) {
            problems.add(pointer + "/type", "a group-hire needs an id, e.g. id: four-researchers-from-openai, "
                    + "so that hires can name it in their group field");
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FactType.Field field : type.fields()) {
            JsonNode value = n.get(field.name());
            if (value == null || value.isNull()) {
                if (field.required()) {
                    problems.add(pointer + "/type", "a " + type.key() + " fact needs '" + field.name() + "'");
                } else if (field.name().equals("current") && type == FactType.WORKS_AT) {
                    fields.put("current", true);
                }
                continue;
            }
            String at = pointer + "/" + field.name();
            switch (field.kind()) {
                case REFERENCE -> {
                    String id = value.asText();
                    if (references.check(id, at, kinds(field.ref()))) {
                        fields.put(field.name(), graphId.apply(id));
                    }
                }
                case TEXT -> fields.put(field.name(), value.asText());
                case FLAG -> fields.put(field.name(), value.asBoolean());
                case COUNT -> fields.put(field.name(), value.asLong());
                case AMOUNT -> fields.put(field.name(), amount(value, at));
            }
        }
        if (type == FactType.LEADS && !n.has("title") && !n.has("role")) {
            problems.add(pointer + "/type", "a leads fact needs a title (e.g. CEO) or a role describing what they lead");
        }
        if (fields.containsKey("person") && fields.get("person").equals(fields.get("sibling"))
                || fields.containsKey("person") && fields.get("person").equals(fields.get("partner"))
                || fields.containsKey("part") && fields.get("part").equals(fields.get("whole"))
                || fields.containsKey("investor") && fields.get("investor").equals(fields.get("target"))
                || fields.containsKey("by") && fields.get("by").equals(fields.get("from"))) {
            problems.add(pointer, "a " + type.key() + " fact cannot connect something to itself");
        }
        List<String> sources = strings(n.path("sources"));
        JsonNode sourceIds = n.path("sources");
        for (int i = 0; i < sourceIds.size(); i++) {
            references.check(sourceIds.get(i).asText(), pointer + "/sources/" + i, Set.of("source"));
        }
        String attribution = textOrNull(n, "attribution");
        String reportedBy = textOrNull(n, "reportedBy");
        String claimedBy = textOrNull(n, "claimedBy");
        checkAttribution(pointer, attribution, reportedBy, claimedBy, sources);
        List<Evidence> evidence = evidence(n.path("evidence"), pointer + "/evidence", sources);
        PartialDate since = date(n, pointer, "since");
        PartialDate until = date(n, pointer, "until");
        if (since != null && until != null && since.earliest().isAfter(until.latest())) {
            problems.add(pointer + "/until", "until (" + until.value() + ") is before since (" + since.value() + ")");
        }
        String id = n.has("id") ? n.path("id").asText() : derivedId(type, fields);
        List<String> ends = strings(n.path("ends"));
        if (ends.contains(id)) {
            problems.add(pointer + "/ends", "a fact cannot end itself ('" + id + "')");
        }
        Double confidence = n.has("confidence") ? n.path("confidence").asDouble() : null;
        return new Fact(id, type, fields, sources, attribution, reportedBy,
                claimedBy == null ? null : graphId.apply(claimedBy), textOrNull(n, "note"),
                evidence, textOrNull(n, "when"), textOrNull(n, "whenEn"), date(n, pointer, "date"), since, until,
                ends, textOrNull(n, "review"), confidence, textOrNull(n, "rule"));
    }

    /**
     * @param fact a fact entry
     * @return whether a reviewer rejected it
     */
    public static boolean rejected(JsonNode fact) {
        return "rejected".equals(fact.path("review").asText());
    }

    /**
     * @param ref what a reference field must point at
     * @return the kinds of entry that satisfy it
     */
    public static Set<String> kinds(FactType.Ref ref) {
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
            problems.add(pointer + "/attribution", "attribution 'reported' needs reportedBy: the id of the reporting source");
        }
        if (reportedBy != null) {
            if (!"reported".equals(attribution)) {
                problems.add(pointer + "/reportedBy", "reportedBy goes with attribution: reported");
            }
            if (references.check(reportedBy, pointer + "/reportedBy", Set.of("source")) && !sources.contains(reportedBy)) {
                problems.add(pointer + "/reportedBy", "'" + reportedBy + "' must also be listed in sources");
            }
        }
        if ("claimed".equals(attribution) && claimedBy == null) {
            problems.add(pointer + "/attribution", "attribution 'claimed' needs claimedBy: the id of the person who claims it");
        }
        if (claimedBy != null) {
            if (!"claimed".equals(attribution)) {
                problems.add(pointer + "/claimedBy", "claimedBy goes with attribution: claimed");
            }
            references.check(claimedBy, pointer + "/claimedBy", Set.of("person"));
        }
    }

    private List<Evidence> evidence(JsonNode array, String pointer, List<String> sources) {
        List<String> withText = sources.stream().filter(texts::containsKey).toList();
        List<Evidence> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode e = array.get(i);
            String quote = e.path("quote").asText();
            if (!withText.isEmpty()) {
                String needle = normalizeForQuote(quote);
                boolean found = withText.stream().anyMatch(s -> normalizedTexts
                        .computeIfAbsent(s, id -> normalizeForQuote(texts.get(id))).contains(needle));
                if (!found) {
                    problems.add(pointer + "/" + i + "/quote", "quote not found verbatim in the text of "
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
        problems.add(pointer + "/start", "the text at code points " + start + ".." + end + " of "
                + String.join(", ", withText) + " is " + found + ", not the quote: fix start and end, or remove them");
    }

    private static String derivedId(FactType type, Map<String, Object> fields) {
        StringBuilder sb = new StringBuilder(type.key());
        for (FactType.Field f : type.identifyingFields()) {
            sb.append(':').append(fields.get(f.name()));
        }
        return sb.toString();
    }

    private PartialDate date(JsonNode n, String pointer, String field) {
        String text = textOrNull(n, field);
        if (text == null) {
            return null;
        }
        try {
            PartialDate date = PartialDate.parse(text);
            if (date.earliest().getYear() < EARLIEST_YEAR) {
                problems.add(pointer + "/" + field, "'" + text + "' is before " + EARLIEST_YEAR
                        + ", before anything this graph records: check the year");
            } else if (date.earliest().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))
                    && ("published".equals(field) || "date".equals(field))) {
                problems.add(pointer + "/" + field, "'" + text + "' is in the future: a source cannot have been "
                        + "published, nor an event have happened, after today");
            }
            return date;
        } catch (IllegalArgumentException e) {
            problems.add(pointer + "/" + field, e.getMessage());
            return null;
        }
    }

    private Amount amount(JsonNode n, String pointer) {
        String problem = TextRules.checkAmount(n.path("value").decimalValue());
        if (problem != null) {
            problems.add(pointer + "/value", problem);
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
            problems.add(pointer, problem);
        }
    }

    /**
     * @param n     an object
     * @param field a field name
     * @return its text, or {@code null} when missing or null
     */
    public static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * @param array an array of strings (or a missing node)
     * @return its strings, cleaned like names
     */
    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>(array.size());
        array.forEach(v -> out.add(clean(v.asText())));
        return out;
    }

    /** Names are compared and indexed, so fold Unicode forms and stray spaces once, on the way in. */
    static String clean(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    static String cleanOrNull(String s) {
        return s == null ? null : clean(s);
    }

    /**
     * @param text a source text or a quote
     * @return the text in NFC with runs of whitespace folded to one space, for verbatim comparison
     */
    public static String normalizeForQuote(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").trim();
    }
}
