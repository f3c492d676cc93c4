package io.talentgraph.ingest;

import io.talentgraph.ingest.internal.ArticleReader;
import io.talentgraph.ingest.internal.TextAnalyzer;
import io.talentgraph.dataset.FactType;

import java.util.ArrayList;
import java.util.List;

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
        for (Draft.Fact f : read.facts()) {
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
}
