package io.talentgraph.query;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A request for who leads an organization or a lab inside it, for {@link TalentQueries#leaders(LeaderQuery)}.
 * Immutable: every method returns a new request.
 *
 * <pre>{@code
 * List<Role> now = queries.leaders(LeaderQuery.of("Meta"));
 * List<Role> then = queries.leaders(LeaderQuery.of("Scale AI").includingFormer().asOf(LocalDate.of(2025, 12, 1)));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class LeaderQuery {

    private final String organization;
    private final boolean includingFormer;
    private final LocalDate asOf;

    private LeaderQuery(String organization, boolean includingFormer, LocalDate asOf) {
        this.organization = organization;
        this.includingFormer = includingFormer;
        this.asOf = asOf;
    }

    /**
     * The current leaders of an organization and of every lab inside it.
     *
     * @param organization id, English or Arabic name, or alias
     * @return the request
     * @throws IllegalArgumentException when no organization is given
     */
    public static LeaderQuery of(String organization) {
        if (organization == null || organization.isBlank()) {
            throw new IllegalArgumentException("LeaderQuery.of: name the organization (an id, English or Arabic name, "
                    + "or alias), e.g. LeaderQuery.of(\"Meta\").");
        }
        return new LeaderQuery(organization.strip(), false, null);
    }

    /**
     * Also the former leaders (a former CEO), with {@link Role#current()} false. As of a day, the leaderships that had
     * ended by then; one that is former with no known end is left out of a dated answer, since the graph cannot say
     * whether it held on that day.
     *
     * @return the widened request
     */
    public LeaderQuery includingFormer() {
        return new LeaderQuery(organization, true, asOf);
    }

    /**
     * @param date who led on this day (leaderships begun by then, or of unknown start, and not ended by then), with
     *             {@link Role#current()} saying whether each held then; {@code null} for now
     * @return the request as of that day
     */
    public LeaderQuery asOf(LocalDate date) {
        return new LeaderQuery(organization, includingFormer, date);
    }

    /** @return the organization, as given */
    public String organization() {
        return organization;
    }

    /** @return whether former leaders are listed too */
    public boolean isIncludingFormer() {
        return includingFormer;
    }

    /** @return the day asked about, or {@code null} for now */
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeaderQuery q && includingFormer == q.includingFormer && organization.equals(q.organization)
                && Objects.equals(asOf, q.asOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organization, includingFormer, asOf);
    }

    @Override
    public String toString() {
        return "LeaderQuery.of(" + organization + ")" + (includingFormer ? ".includingFormer()" : "")
                + (asOf == null ? "" : ".asOf(" + asOf + ")");
    }
}
