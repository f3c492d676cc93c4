package io.talentgraph.query;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A request for talent flow — how many people moved from one organization to another, named and unnamed, each
 * counted once — one page at a time, for {@link TalentQueries#flow(FlowQuery)}. Immutable: every method returns a
 * new request.
 *
 * <pre>{@code
 * Page<Flow> page = queries.flow(FlowQuery.into("Meta").rolledUp().asOf(LocalDate.of(2025, 6, 30)).first(50));
 * Page<Flow> top20 = queries.flow(FlowQuery.all().largestFirst().first(20));
 * }</pre>
 *
 * <p>Pages come in one of two orders. By default, by the flow's key (its origin and destination), which no added
 * hire can move: page after page gives every flow once, even while data is added. {@link #largestFirst()} ranks
 * them by count instead, largest first: the order people want to read, but a ranking of the moment — a flow whose
 * count changes between two pages may move across the cursor and be seen twice or not at all.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FlowQuery {

    /** The page size of a request that does not set one. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    /** The largest page a request may ask for; read more by following {@link Page#next()}. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final String from;
    private final String to;
    private final boolean rolledUp;
    private final LocalDate asOf;
    private final boolean largestFirst;
    private final int first;
    private final String after;

    private FlowQuery(String from, String to, boolean rolledUp, LocalDate asOf, boolean largestFirst, int first,
                      String after) {
        this.from = from;
        this.to = to;
        this.rolledUp = rolledUp;
        this.asOf = asOf;
        this.largestFirst = largestFirst;
        this.first = first;
        this.after = after;
    }

    /**
     * Every flow of the graph, labs apart, in key order: the first {@value #DEFAULT_PAGE_SIZE}.
     *
     * @return the request
     */
    public static FlowQuery all() {
        return new FlowQuery(null, null, false, null, false, DEFAULT_PAGE_SIZE, null);
    }

    /**
     * The flows into an organization, from anywhere.
     *
     * @param organization the destination: id, English or Arabic name, or alias
     * @return the request
     * @throws IllegalArgumentException when no organization is given
     */
    public static FlowQuery into(String organization) {
        return all().to(required("into", organization));
    }

    /**
     * The flows out of an organization, to anywhere.
     *
     * @param organization the origin: id, English or Arabic name, or alias
     * @return the request
     * @throws IllegalArgumentException when no organization is given
     */
    public static FlowQuery outOf(String organization) {
        return all().from(required("outOf", organization));
    }

    private static String required(String method, String organization) {
        if (organization == null || organization.isBlank()) {
            throw new IllegalArgumentException("FlowQuery." + method + ": name the organization (an id, English or "
                    + "Arabic name, or alias), e.g. FlowQuery." + method + "(\"Meta\"); FlowQuery.all() for every flow.");
        }
        return organization.strip();
    }

    /**
     * @param organization only flows out of this organization; {@code null} for any origin
     * @return the narrowed request
     */
    public FlowQuery from(String organization) {
        return new FlowQuery(blankToNull(organization), to, rolledUp, asOf, largestFirst, first, after);
    }

    /**
     * @param organization only flows into this organization; {@code null} for any destination
     * @return the narrowed request
     */
    public FlowQuery to(String organization) {
        return new FlowQuery(from, blankToNull(organization), rolledUp, asOf, largestFirst, first, after);
    }

    private static String blankToNull(String organization) {
        return organization == null || organization.isBlank() ? null : organization.strip();
    }

    /**
     * Counts labs under the company they are part of ({@code PART_OF}, to the top): Google DeepMind as Google, on
     * both ends of a flow. An origin or destination given is then a company, and includes its labs.
     *
     * @return the rolled-up request
     */
    public FlowQuery rolledUp() {
        return new FlowQuery(from, to, true, asOf, largestFirst, first, after);
    }

    /**
     * @param date count only the moves dated on or before this day, and those with no known date (a person who moved
     *             twice counts once on each move); {@code null} for every move
     * @return the narrowed request
     */
    public FlowQuery asOf(LocalDate date) {
        return new FlowQuery(from, to, rolledUp, date, largestFirst, first, after);
    }

    /**
     * Ranks the flows by count, largest first (ties in key order), instead of listing them in key order. A page then
     * holds the largest flows after the cursor as counted now; see the class comment for what that means while data
     * is added.
     *
     * @return the request, largest first
     */
    public FlowQuery largestFirst() {
        return new FlowQuery(from, to, rolledUp, asOf, true, first, after);
    }

    /**
     * @param pageSize how many flows a page holds, 1 to {@value #MAX_PAGE_SIZE}
     * @return the request with that page size
     * @throws IllegalArgumentException when the size is out of range
     */
    public FlowQuery first(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("FlowQuery.first: a page holds 1 to " + MAX_PAGE_SIZE + " flows, not "
                    + pageSize + "; read more by following the page's next cursor.");
        }
        return new FlowQuery(from, to, rolledUp, asOf, largestFirst, pageSize, after);
    }

    /**
     * @param cursor the {@link Page#next()} of the previous page of the same request; {@code null} for the first page
     * @return the request for the page after that cursor
     * @throws IllegalArgumentException when the text is not a cursor this API gave out
     */
    public FlowQuery after(String cursor) {
        if (cursor != null) {
            PageCursor.check(cursor);
        }
        return new FlowQuery(from, to, rolledUp, asOf, largestFirst, first, cursor);
    }

    /** @return the origin, as given, or {@code null} for any */
    public String from() {
        return from;
    }

    /** @return the destination, as given, or {@code null} for any */
    public String to() {
        return to;
    }

    /** @return whether labs count under their company */
    public boolean isRolledUp() {
        return rolledUp;
    }

    /** @return the day moves are counted up to, or {@code null} for all */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return whether pages rank flows largest first rather than list them in key order */
    public boolean isLargestFirst() {
        return largestFirst;
    }

    /** @return the page size */
    public int first() {
        return first;
    }

    /** @return the cursor the page starts after, or {@code null} for the first page */
    public String after() {
        return after;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowQuery q && rolledUp == q.rolledUp && largestFirst == q.largestFirst && first == q.first
                && Objects.equals(from, q.from) && Objects.equals(to, q.to) && Objects.equals(asOf, q.asOf)
                && Objects.equals(after, q.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, rolledUp, asOf, largestFirst, first, after);
    }

    @Override
    public String toString() {
        return "FlowQuery.all()" + (from == null ? "" : ".from(" + from + ")") + (to == null ? "" : ".to(" + to + ")")
                + (rolledUp ? ".rolledUp()" : "") + (asOf == null ? "" : ".asOf(" + asOf + ")")
                + (largestFirst ? ".largestFirst()" : "") + ".first(" + first + ")"
                + (after == null ? "" : ".after(" + after + ")");
    }
}
