package io.talentgraph.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way an article becomes a draft: an {@link Extractor} proposes, the {@link FactVerifier} checks
 * every proposal against the text. Nothing an extractor says reaches a draft without passing through here.
 */
public final class Ingestion {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);

    private Ingestion() {
    }

    /**
     * @param extractor what proposes facts
     * @param article   the article
     * @param gazetteer what is known
     * @return the verified draft: kept facts (some corrected, with notes) and rejected proposals with reasons
     */
    public static Draft draft(Extractor extractor, Article article, Gazetteer gazetteer) {
        Draft proposed = extractor.extract(article, gazetteer);
        Draft verified = FactVerifier.create().verify(proposed, gazetteer);
        LOG.debug("{} proposed {} facts for {}; the verifier kept {} and rejected {}", extractor.name(),
                proposed.facts().size(), article.name(), verified.facts().size(),
                verified.rejected().size() - proposed.rejected().size());
        return verified;
    }
}
