package io.talentgraph.ingest.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentgraph.TalentGraphException;
import io.talentgraph.dataset.Amount;
import io.talentgraph.dataset.Evidence;
import io.talentgraph.dataset.FactType;
import io.talentgraph.model.PartialDate;
import io.talentgraph.ingest.Article;
import io.talentgraph.ingest.Draft;
import io.talentgraph.ingest.Gazetteer;
import io.talentgraph.ingest.KnownEntity;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the model's answers (one JSON object per chunk) into a {@link Draft} in the dataset format's terms.
 * It translates and never judges: whether a quote is in the text, or a hire is really a hire, is the
 * verifier's to decide. What cannot be read at all (not JSON, not the schema's shape) fails the article.
 */
public final class AnswerReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Article article;
    private final Gazetteer gazetteer;
    private final String extractor;
    private final Map<String, Draft.Entity> entities = new LinkedHashMap<>();
    private final Map<String, String> idsByModelId = new LinkedHashMap<>();
    private final Map<String, Draft.Fact> facts = new LinkedHashMap<>();
    private final Map<String, Draft.Source> reports = new LinkedHashMap<>();
    private final String articleSource;

    /**
     * @param article   the article the answers are about
     * @param gazetteer what is known: ids the model reuses are looked up here
     * @param extractor the extractor's name, written as each fact's rule
     */
    public AnswerReader(Article article, Gazetteer gazetteer, String extractor) {
        this.article = article;
        this.gazetteer = gazetteer;
        this.extractor = extractor;
        String slug = slug(article.name());
        this.articleSource = "article-" + (slug.isEmpty() ? "text" : slug);
    }

    /**
     * @param chunk   1-based chunk number, for messages
     * @param of      how many chunks the article has
     * @param content the model's answer text
     */
    public void add(int chunk, int of, String content) {
        JsonNode root;
        try {
            root = JSON.readTree(stripFence(content == null ? "" : content));
        } catch (JsonProcessingException e) {
            throw new TalentGraphException("The model's answer for chunk " + chunk + " of " + of + " of " + article.name()
                    + " is not valid JSON (" + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "); nothing from it was used");
        }
        if (root == null || !root.isObject() || !root.path("facts").isArray()) {
            throw new TalentGraphException("The model's answer for chunk " + chunk + " of " + of + " of " + article.name()
                    + " is not an object with a \"facts\" array, as the schema asks; nothing from it was used");
        }
        for (JsonNode e : root.path("entities")) {
            entity(e);
        }
        for (JsonNode f : root.path("facts")) {
            fact(f);
        }
    }

    /** Models often wrap JSON in a Markdown fence even when asked not to. */
    private static String stripFence(String s) {
        String t = s.strip();
        if (t.startsWith("```")) {
            t = t.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        }
        return t;
    }

    private void entity(JsonNode e) {
        String modelId = e.path("id").asText("").strip();
        String kindText = e.path("kind").asText("");
        KnownEntity.Kind kind = "person".equals(kindText) ? KnownEntity.Kind.PERSON
                : "organization".equals(kindText) ? KnownEntity.Kind.ORGANIZATION : null;
        if (modelId.isEmpty() || kind == null || idsByModelId.containsKey(modelId)) {
            return;
        }
        List<String> mentions = new ArrayList<>();
        e.path("mentions").forEach(m -> {
            String s = m.asText("").strip();
            if (!s.isEmpty() && article.text().contains(s) && !mentions.contains(s)) {
                mentions.add(s);
            }
        });
        KnownEntity known = gazetteer.entity(kind, modelId).orElse(null);
        if (known != null) {
            entities.put(known.id(), new Draft.Entity(kind, known.id(), known.name(), known.nameAr(), known.aliases(),
                    kind == KnownEntity.Kind.ORGANIZATION ? (known.orgKind() == null ? "company" : known.orgKind()) : null,
                    true, List.of(), mentions));
            idsByModelId.put(modelId, known.id());
            return;
        }
        String name = e.path("name").asText("").strip();
        String nameAr = e.path("nameAr").asText("").strip();
        if (name.isEmpty()) {
            name = nameAr.isEmpty() ? modelId : nameAr;
        }
        String base = SLUG.matcher(modelId).matches() ? modelId : slug(name);
        if (base.isEmpty()) {
            base = kind.name().toLowerCase(Locale.ROOT) + "-" + Integer.toHexString(name.hashCode());
        }
        String id = base;
        for (int n = 2; entities.containsKey(id) || gazetteer.entity(otherKind(kind), id).isPresent(); n++) {
            id = base + "-" + n;
        }
        entities.put(id, new Draft.Entity(kind, id, name, nameAr.isEmpty() ? null : nameAr, List.of(),
                kind == KnownEntity.Kind.ORGANIZATION ? "company" : null, false, List.of(), mentions));
        idsByModelId.put(modelId, id);
    }

    private static KnownEntity.Kind otherKind(KnownEntity.Kind kind) {
        return kind == KnownEntity.Kind.PERSON ? KnownEntity.Kind.ORGANIZATION : KnownEntity.Kind.PERSON;
    }

    private void fact(JsonNode f) {
        FactType type = FactType.byKey(f.path("type").asText("")).filter(ExtractionSchema.TYPES::contains).orElse(null);
        if (type == null) {
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FactType.Field field : type.fields()) {
            JsonNode v = f.get(field.name());
            if (v == null || v.isNull()) {
                continue;
            }
            switch (field.kind()) {
                case REFERENCE -> {
                    if (field.ref() != FactType.Ref.GROUP && field.ref() != FactType.Ref.CLAIM) {
                        String id = idsByModelId.getOrDefault(v.asText(), v.asText());
                        if (!id.isBlank()) {
                            fields.put(field.name(), id);
                        }
                    }
                }
                case TEXT -> {
                    if (!v.asText("").isBlank()) {
                        fields.put(field.name(), v.asText().strip());
                    }
                }
                case FLAG -> fields.put(field.name(), v.asBoolean());
                case COUNT -> {
                    if (v.canConvertToLong() && v.asLong() > 0) {
                        fields.put(field.name(), v.asLong());
                    }
                }
                case AMOUNT -> {
                    Amount a = amount(v);
                    if (a != null) {
                        fields.put(field.name(), a);
                    }
                }
            }
        }
        if (type == FactType.HIRING_ATTEMPT && !fields.containsKey("outcome")) {
            fields.put("outcome", "unknown");
        }
        if ((type == FactType.LEADS || type == FactType.WORKS_AT) && !fields.containsKey("current")) {
            fields.put("current", true);
        }
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode q : f.path("quotes")) {
            String quote = q.asText("").strip();
            if (quote.isEmpty() || evidence.stream().anyMatch(x -> x.quote().equals(quote))) {
                continue;
            }
            int at = article.text().indexOf(quote);
            evidence.add(at < 0 ? new Evidence(quote, null, null, null)
                    : new Evidence(quote, null, article.text().codePointCount(0, at),
                    article.text().codePointCount(0, at + quote.length())));
        }
        String attribution = f.path("attribution").asText("stated");
        List<String> sources = new ArrayList<>(List.of(articleSource));
        String reportedBy = null;
        if ("reported".equals(attribution) && !f.path("reportedBy").asText("").isBlank()) {
            Draft.Source report = report(f.path("reportedBy").asText().strip());
            reportedBy = report.id();
            sources.add(report.id());
        } else if (!"unnamed-reports".equals(attribution)) {
            attribution = "stated";
        }
        String when = f.path("when").asText("").strip();
        PartialDate date = null;
        try {
            String d = f.path("date").asText("").strip();
            date = d.isEmpty() ? null : PartialDate.parse(d);
        } catch (IllegalArgumentException ignored) {
            // a date the format cannot hold is no date; the verifier would drop an unsupported one anyway
        }
        String id;
        boolean explicit = type == FactType.GROUP_HIRE;
        if (explicit) {
            id = fields.getOrDefault("by", "someone") + "-hires-" + fields.getOrDefault("count", "some") + "-"
                    + slug(String.valueOf(fields.getOrDefault("role", "people")))
                    + (fields.containsKey("from") ? "-from-" + fields.get("from") : "");
        } else {
            StringBuilder key = new StringBuilder(type.key());
            type.identifyingFields().forEach(x -> key.append(':').append(fields.getOrDefault(x.name(), "?")));
            id = key.toString();
        }
        Draft.Fact fact = new Draft.Fact(id, explicit, type, fields, sources, attribution, reportedBy, null, evidence,
                when.isEmpty() ? null : when, date, null, List.of(), 0.7, extractor, List.of());
        Draft.Fact same = facts.get(id);
        if (same != null) {
            List<Evidence> quotes = new ArrayList<>(same.evidence());
            evidence.stream().filter(e -> quotes.stream().noneMatch(q -> q.quote().equals(e.quote()))).forEach(quotes::add);
            fact = same.with(same.fields(), quotes, same.notes());
        }
        facts.put(id, fact);
    }

    private static Amount amount(JsonNode v) {
        if (!v.isObject() || !v.path("value").isNumber() && !v.path("value").isTextual()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(v.path("value").asText().replace(",", ""));
            String currency = v.path("currency").asText("USD").strip().toUpperCase(Locale.ROOT);
            String q = v.path("qualifier").asText("exact");
            return new Amount(value, currency.isEmpty() ? "USD" : currency, "exact".equals(q) ? null : q);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Draft.Source report(String outlet) {
        return reports.computeIfAbsent(outlet, o -> {
            String base = slug(o);
            String id = (base.isEmpty() ? "outlet" : base) + "-report";
            Set<String> taken = new LinkedHashSet<>();
            reports.values().forEach(r -> taken.add(r.id()));
            for (int n = 2; taken.contains(id); n++) {
                id = base + "-report-" + n;
            }
            return new Draft.Source(id, "report", o, null, articleSource);
        });
    }

    /** @return the draft of everything added so far */
    public Draft draft() {
        String title = article.text().strip().lines().findFirst().orElse(article.name()).strip();
        String slug = slug(article.name());
        List<Draft.Source> sources = new ArrayList<>();
        sources.add(new Draft.Source(articleSource, "article", article.outlet(), null, null));
        sources.addAll(reports.values());
        return new Draft("draft-" + (slug.isEmpty() ? "text" : slug), title.length() > 300 ? title.substring(0, 300) : title,
                article, extractor, sources, List.copyOf(entities.values()), List.of(), List.copyOf(facts.values()));
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }
}
