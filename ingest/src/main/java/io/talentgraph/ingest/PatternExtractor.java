package io.talentgraph.ingest;

import io.talentgraph.dataset.Evidence;
import io.talentgraph.dataset.FactType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped extractor: Apache OpenNLP (English sentences and tokens, when its models are on the
 * classpath) and Lucene (tokens and Arabic normalization) for the language work, the gazetteer for names,
 * and hand-written patterns per relation and language for the facts, with cues for attempts, failure,
 * negation, former roles and attribution. Thread-safe; models load once per JVM. See {@code docs/ingest.md}.
 */
public final class PatternExtractor implements Extractor {

    private final TextAnalyzer analyzer;

    private PatternExtractor(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** @return an extractor that uses OpenNLP's English models when they are on the classpath */
    public static PatternExtractor create() {
        return new PatternExtractor(TextAnalyzer.withModels());
    }

    /** @return an extractor that never loads a model: the JDK and Lucene split English too */
    public static PatternExtractor withoutModels() {
        return new PatternExtractor(TextAnalyzer.withoutModels());
    }

    @Override
    public String name() {
        return "patterns/1";
    }

    /**
     * @param language a language
     * @return which engine splits its sentences and tokens: {@code opennlp} or {@code jdk+lucene}
     */
    public String engine(Language language) {
        return analyzer.engine(language);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A hire whose origin the rules did not read is held back, as a rejected proposal the reviewer still sees:
     * on the development articles most such hires had an origin the rules missed ("who left X", "formerly of X"),
     * and a hire with the wrong origin is a false fact, where a missing one is only a miss.
     */
    @Override
    public Draft extract(Article article, Gazetteer gazetteer) {
        Draft read = new ArticleReader(analyzer, name()).read(article, gazetteer);
        List<Draft.Fact> facts = new ArrayList<>();
        List<Draft.Rejected> held = new ArrayList<>(read.rejected());
        for (Draft.Fact proposed : read.facts()) {
            Draft.Fact f = proposed.type() == FactType.HIRE && proposed.text("from") == null
                    ? withOriginLeftToJoin(proposed, read) : proposed;
            if (f.type() == FactType.HIRE && f.text("from") == null) {
                held.add(new Draft.Rejected(f, "the pattern rules read no origin for this hire; "
                        + "add it by hand if the article gives one, or keep it without"));
            } else {
                facts.add(f);
            }
        }
        return new Draft(read.id(), read.title(), read.article(), read.extractor(), read.sources(), read.entities(),
                read.claims(), facts, held);
    }

    /**
     * "X left Y to join Z", "غادر X شركة Y للانضمام إلى Z": the rules read the departure and the join as two
     * facts; when the departure's quote runs straight into the joining cue, its organization is where the move
     * started. Nothing else may stand between them, so a departure in another clause never becomes an origin.
     */
    private static Draft.Fact withOriginLeftToJoin(Draft.Fact hire, Draft read) {
        String person = hire.text("person");
        String text = read.article().text();
        for (Draft.Fact left : read.facts(FactType.WORKS_AT)) {
            if (left.rule() == null || !left.rule().endsWith(".works-at.left") || !person.equals(left.text("person"))
                    || left.text("organization").equals(hire.text("by")) || left.evidence().isEmpty()
                    || left.evidence().get(0).end() == null) {
                continue;
            }
            int at = text.offsetByCodePoints(0, left.evidence().get(0).end());
            String after = text.substring(at, Math.min(text.length(), at + 24)).strip();
            if (JOINING.stream().anyMatch(after::startsWith)) {
                Map<String, Object> fields = new LinkedHashMap<>(hire.fields());
                fields.put("from", left.text("organization"));
                List<String> notes = new ArrayList<>(hire.notes());
                notes.add("origin: the departure from " + left.text("organization")
                        + " that runs into this join (\"left X to join Y\")");
                List<Evidence> evidence = new ArrayList<>(hire.evidence());
                Evidence departure = left.evidence().get(0);
                if (evidence.stream().noneMatch(e -> e.start() != null && e.end() != null
                        && e.start() <= departure.start() && departure.end() <= e.end())) {
                    evidence.add(departure);
                }
                return hire.with(fields, evidence, notes);
            }
        }
        return hire;
    }

    private static final List<String> JOINING = List.of("to join", "and joined", "for a job at",
            "للانضمام", "لينضم", "لتنضم", "وانضم", "وانضمت");
}
