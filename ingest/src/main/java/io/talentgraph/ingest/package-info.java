/**
 * From a news article to a draft dataset a person reviews: {@link io.talentgraph.ingest.Extractor}
 * proposes the entities and evidenced facts an {@link io.talentgraph.ingest.Article} states, matched
 * against a {@link io.talentgraph.ingest.Gazetteer} of known names in both scripts;
 * {@link io.talentgraph.ingest.DraftWriter} writes the proposal in the dataset format, one fact per block,
 * each pending review; {@link io.talentgraph.ingest.ExtractionEvaluation} scores a draft against a reviewed
 * dataset. The shipped extractor is {@link io.talentgraph.ingest.PatternExtractor}. See {@code docs/ingest.md}.
 */
package io.talentgraph.ingest;
