package io.talentgraph.query;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A request for the hires of an organization, one page at a time, for {@link TalentQueries#hires(HireQuery)} and
 * {@link TalentQueries#groupHires(HireQuery)}. Immutable: every method returns a new request.
 *
 * <pre>{@code
 * Page<Hire> page = queries.hires(HireQuery.by("Meta").from("OpenAI").asOf(LocalDate.of(2025, 6, 30)).first(50));
 * while (page.hasNext()) {
 *     page = queries.hires(HireQuery.by("Meta").from("OpenAI").asOf(LocalDate.of(2025, 6, 30)).first(50)
 *             .after(page.next()));
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class HireQuery {

    /** The page size of a request that does not set one. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    /** The largest page a request may ask for; read more by following {@link Page#next()}. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final String organization;
    private final String from;
    private final LocalDate asOf;
    private final int first;
    private final String after;

    private HireQuery(String organization, String from, LocalDate asOf, int first, String after) {
        this.organization = organization;
        this.from = from;
        this.asOf = asOf;
        this.first = first;
        this.after = after;
    }

    /**
     * The hires of an organization and of every lab inside it, from anywhere, at any date: the first
     * {@value #DEFAULT_PAGE_SIZE}.
     *
     * @param organization who hired: id, English or Arabic name, or alias
     * @return the request
     * @throws IllegalArgumentException when no organization is given
     */
    public static HireQuery by(String organization) {
        if (organization == null || organization.isBlank()) {
            throw new IllegalArgumentException("HireQuery.by: name the hiring organization (an id, English or Arabic "
                    + "name, or alias), e.g. HireQuery.by(\"Meta\").");
        }
        return new HireQuery(organization.strip(), null, null, DEFAULT_PAGE_SIZE, null);
    }

    /**
     * @param organization only hires away from this organization or a lab inside it; {@code null} for anywhere
     * @return the narrowed request
     */
    public HireQuery from(String organization) {
        String from = organization == null || organization.isBlank() ? null : organization.strip();
        return new HireQuery(this.organization, from, asOf, first, after);
    }

    /**
     * @param date only hires dated on or before this day, and those with no known date; {@code null} for all
     * @return the narrowed request
     */
    public HireQuery asOf(LocalDate date) {
        return new HireQuery(organization, from, date, first, after);
    }

    /**
     * @param pageSize how many hires a page holds, 1 to {@value #MAX_PAGE_SIZE}
     * @return the request with that page size
     * @throws IllegalArgumentException when the size is out of range
     */
    public HireQuery first(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("HireQuery.first: a page holds 1 to " + MAX_PAGE_SIZE + " hires, not "
                    + pageSize + "; read more by following the page's next cursor.");
        }
        return new HireQuery(organization, from, asOf, pageSize, after);
    }

    /**
     * @param cursor the {@link Page#next()} of the previous page of the same request; {@code null} for the first page
     * @return the request for the page after that cursor
     * @throws IllegalArgumentException when the text is not a cursor this API gave out
     */
    public HireQuery after(String cursor) {
        if (cursor != null) {
            PageCursor.check(cursor);
        }
        return new HireQuery(organization, from, asOf, first, cursor);
    }

    /** @return who hired, as given */
    public String organization() {
        return organization;
    }

    /** @return where from, as given, or {@code null} for anywhere */
    public String from() {
        return from;
    }

    /** @return the day hires are counted up to, or {@code null} for all */
    public LocalDate asOf() {
        return asOf;
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
        return o instanceof HireQuery q && first == q.first && organization.equals(q.organization)
                && Objects.equals(from, q.from) && Objects.equals(asOf, q.asOf) && Objects.equals(after, q.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organization, from, asOf, first, after);
    }

    @Override
    public String toString() {
        return "HireQuery.by(" + organization + ")" + (from == null ? "" : ".from(" + from + ")")
                + (asOf == null ? "" : ".asOf(" + asOf + ")") + ".first(" + first + ")"
                + (after == null ? "" : ".after(" + after + ")");
    }
}
