package io.talentgraph.ingest;

/**
 * Reads an article and proposes what it states. The shipped implementation is {@link PatternExtractor};
 * another (one that asks a language model over HTTP, say) implements this interface and gets the same
 * draft file ({@link DraftWriter}), review workflow and evaluation ({@link ExtractionEvaluation}).
 * Implementations must be deterministic for the same input where they can, so that re-ingesting an
 * article yields the same draft.
 */
public interface Extractor {

    /** @return a short name with a version, written into drafts, e.g. {@code patterns/1} */
    String name();

    /**
     * @param article   the article
     * @param gazetteer what is already known: match names against it, and reuse its ids
     * @return the proposed draft
     */
    Draft extract(Article article, Gazetteer gazetteer);
}
