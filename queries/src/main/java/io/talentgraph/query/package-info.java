/**
 * The typed query API: {@link io.talentgraph.query.TalentQueries} and the records it returns. Answers are
 * plain Java values with their provenance (sources and verbatim evidence). Answers that can be large are read
 * a {@link io.talentgraph.query.Page} at a time, from a typed request such as
 * {@link io.talentgraph.query.HireQuery}.
 */
package io.talentgraph.query;
