/**
 * The typed query API: {@link io.talentgraph.query.TalentQueries} and the records it returns. Answers are
 * plain Java values with their provenance (sources and verbatim evidence), typed with the model's vocabulary
 * ({@link io.talentgraph.model.NodeLabel}, {@link io.talentgraph.model.RelType},
 * {@link io.talentgraph.model.PartialDate}, {@link io.talentgraph.model.AttemptOutcome}). Every question is asked
 * with a request — {@link io.talentgraph.query.HireQuery}, {@link io.talentgraph.query.FlowQuery},
 * {@link io.talentgraph.query.LeaderQuery}, {@link io.talentgraph.query.RoleQuery},
 * {@link io.talentgraph.query.AttemptQuery} — and answers that can be large are read a
 * {@link io.talentgraph.query.Page} at a time.
 */
package io.talentgraph.query;
