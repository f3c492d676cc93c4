/**
 * The pattern extractor's machinery: text analysis (Apache OpenNLP for English sentences and tokens when
 * its models are present, Lucene's tokenizer and Arabic normalizer otherwise), entity tagging against the
 * gazetteer, per-language lexicons and rules, and assembly of the draft. Not part of the public API.
 */
package io.talentgraph.ingest.internal;
