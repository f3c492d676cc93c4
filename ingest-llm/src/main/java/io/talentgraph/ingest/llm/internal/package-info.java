/** The extractor's parts: exchange files, the answer schema, the prompt, chunking and the answer reader. Not API. */
package io.talentgraph.ingest.llm.internal;
