package io.talentgraph.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Every relationship type of the graph model, with the direction it is written in. Fact relationships
 * carry {@code evidence}, {@code evidenceEn}, {@code sources} and {@code attribution}; see
 * {@code docs/model.md}.
 */
@API(status = STABLE, since = "0.1.0")
public enum RelType {
    /** (Person|HiringGroup)-[:HIRED_FROM {hiredBy}]-&gt;(Organization): hired away from that organization. */
    HIRED_FROM,
    /** (Person)-[:WORKS_AT]-&gt;(Organization): where a person works now, or worked ({@code current}). */
    WORKS_AT,
    /** (Person)-[:LEADS {title, current}]-&gt;(Organization): a leadership role, current or former. */
    LEADS,
    /** (Organization|Person)-[:INVESTED_IN {amountUsd, currency}]-&gt;(Organization). */
    INVESTED_IN,
    /** (Organization)-[:PART_OF]-&gt;(Organization): a lab inside a company. */
    PART_OF,
    /** (Organization)-[:TRIED_TO_HIRE {outcome}]-&gt;(Person): a reported recruitment attempt. */
    TRIED_TO_HIRE,
    /** (HiringGroup)-[:HIRED_BY]-&gt;(Organization): who hired a counted group. */
    HIRED_BY,
    /** (HiringGroup)-[:INCLUDES]-&gt;(Person|HiringGroup): a named member or a smaller counted group. */
    INCLUDES,
    /** (Person)-[:CLAIMED {stance}]-&gt;(Claim): who made, hinted at, confirmed or qualified a claim. */
    CLAIMED,
    /** (Claim)-[:ABOUT]-&gt;(Organization|Person): whom a claim is about. */
    ABOUT,
    /** (Person)-[:SIBLING_OF]-&gt;(Person): family tie, stored once, read in both directions. */
    SIBLING_OF,
    /** (Person)-[:PARTNERS_WITH]-&gt;(Person): two people who run something together. */
    PARTNERS_WITH,
    /** (Organization)-[:DEVELOPS]-&gt;(Product). */
    DEVELOPS,
    /** (Source)-[:CITES]-&gt;(Source): an article citing the report it relies on. */
    CITES,
    /** (Person)-[:APPEARED_IN]-&gt;(Source): a speaker on a podcast or in an interview. */
    APPEARED_IN;

    /** @return the type as it is written in Cypher */
    public String cypherName() {
        return name();
    }
}
