/**
 * A language-model extractor: {@link io.talentgraph.ingest.llm.LlmExtractor}, configured by
 * {@link io.talentgraph.ingest.llm.LlmConfig}. Its drafts pass through the ingest module's verifier like any
 * other extractor's.
 */
package io.talentgraph.ingest.llm;
