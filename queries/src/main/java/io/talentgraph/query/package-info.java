/**
 * The typed query API: {@link io.talentgraph.query.TalentQueries} and the records it returns. Answers are
 * plain Java values with their provenance (sources and verbatim evidence).
 */
package io.talentgraph.query;
