/**
 * From a news article to a draft dataset a person reviews: {@link io.talentgraph.ingest.Extractor}
 * proposes the entities and evidenced facts an {@link io.talentgraph.ingest.Article} states, matched
 * against a {@link io.talentgraph.ingest.Gazetteer} of known names in both scripts;
 * {@link io.talentgraph.ingest.DraftWriter} writes the proposal in the dataset format, one fact per block,
 * each pending review; {@link io.talentgraph.ingest.ExtractionEvaluation} scores a draft against a reviewed
 * dataset. The shipped extractor is {@link io.talentgraph.ingest.PatternExtractor}. See {@code docs/ingest.md}.
 *
 * <p>The pattern extractor's and the verifier's machinery (text analysis with Apache OpenNLP or Lucene, entity
 * tagging against the gazetteer, the per-language lexicons, the verifier's cues) is package-private here: it works on
 * this package's types, and this package creates it, so a separate internal package could only import this one
 * back.
 */
package io.talentgraph.ingest;
