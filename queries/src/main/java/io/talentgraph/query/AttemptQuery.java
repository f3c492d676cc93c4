package io.talentgraph.query;

import io.talentgraph.model.AttemptOutcome;
import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A request for reported recruitment attempts, one page at a time, for
 * {@link TalentQueries#hiringAttempts(AttemptQuery)}. Immutable: every method returns a new request. Pages follow the
 * attempt's fact id, so reading page after page gives every attempt once, even while attempts are added.
 *
 * <pre>{@code
 * Page<HiringAttempt> failed = queries.hiringAttempts(AttemptQuery.failed());
 * Page<HiringAttempt> metas = queries.hiringAttempts(AttemptQuery.by("Meta").outcome(AttemptOutcome.PENDING).first(20));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class AttemptQuery {

    /** The page size of a request that does not set one. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    /** The largest page a request may ask for; read more by following {@link Page#next()}. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final String organization;
    private final AttemptOutcome outcome;
    private final int first;
    private final String after;

    private AttemptQuery(String organization, AttemptOutcome outcome, int first, String after) {
        this.organization = organization;
        this.outcome = outcome;
        this.first = first;
        this.after = after;
    }

    /**
     * Every reported attempt, by anyone, whatever its outcome.
     *
     * @return the request
     */
    public static AttemptQuery all() {
        return new AttemptQuery(null, null, DEFAULT_PAGE_SIZE, null);
    }

    /**
     * The attempts that failed: people who were not hired, though someone tried.
     *
     * @return the request
     */
    public static AttemptQuery failed() {
        return all().outcome(AttemptOutcome.FAILED);
    }

    /**
     * The attempts of one organization, whatever their outcome.
     *
     * @param organization who tried: id, English or Arabic name, or alias
     * @return the request
     * @throws IllegalArgumentException when no organization is given
     */
    public static AttemptQuery by(String organization) {
        if (organization == null || organization.isBlank()) {
            throw new IllegalArgumentException("AttemptQuery.by: name the organization (an id, English or Arabic "
                    + "name, or alias), e.g. AttemptQuery.by(\"Meta\"); AttemptQuery.all() for everyone's.");
        }
        return new AttemptQuery(organization.strip(), null, DEFAULT_PAGE_SIZE, null);
    }

    /**
     * @param outcome only attempts that ended so; {@code null} for any outcome
     * @return the narrowed request
     */
    public AttemptQuery outcome(AttemptOutcome outcome) {
        return new AttemptQuery(organization, outcome, first, after);
    }

    /**
     * @param pageSize how many attempts a page holds, 1 to {@value #MAX_PAGE_SIZE}
     * @return the request with that page size
     * @throws IllegalArgumentException when the size is out of range
     */
    public AttemptQuery first(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("AttemptQuery.first: a page holds 1 to " + MAX_PAGE_SIZE
                    + " attempts, not " + pageSize + "; read more by following the page's next cursor.");
        }
        return new AttemptQuery(organization, outcome, pageSize, after);
    }

    /**
     * @param cursor the {@link Page#next()} of the previous page of the same request; {@code null} for the first page
     * @return the request for the page after that cursor
     * @throws IllegalArgumentException when the text is not a cursor this API gave out
     */
    public AttemptQuery after(String cursor) {
        if (cursor != null) {
            PageCursor.check(cursor);
        }
        return new AttemptQuery(organization, outcome, first, cursor);
    }

    /** @return who tried, as given, or {@code null} for anyone */
    public String organization() {
        return organization;
    }

    /** @return the outcome asked for, or {@code null} for any */
    public AttemptOutcome outcome() {
        return outcome;
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
        return o instanceof AttemptQuery q && first == q.first && Objects.equals(organization, q.organization)
                && outcome == q.outcome && Objects.equals(after, q.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organization, outcome, first, after);
    }

    @Override
    public String toString() {
        return (organization == null ? "AttemptQuery.all()" : "AttemptQuery.by(" + organization + ")")
                + (outcome == null ? "" : ".outcome(" + outcome.name() + ")") + ".first(" + first + ")"
                + (after == null ? "" : ".after(" + after + ")");
    }
}
