package io.talentgraph.ingest;

import io.talentgraph.ingest.internal.ArticleReader;
import io.talentgraph.ingest.internal.TextAnalyzer;

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

    @Override
    public Draft extract(Article article, Gazetteer gazetteer) {
        return new ArticleReader(analyzer, name()).read(article, gazetteer);
    }
}
