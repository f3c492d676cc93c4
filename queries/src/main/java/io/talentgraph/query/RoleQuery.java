package io.talentgraph.query;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A request for a person's roles — where they lead and where they work — for
 * {@link TalentQueries#roles(RoleQuery)}. Immutable: every method returns a new request.
 *
 * <pre>{@code
 * List<Role> career = queries.roles(RoleQuery.of("Alexandr Wang"));
 * List<Role> december = queries.roles(RoleQuery.of("Alexandr Wang").asOf(LocalDate.of(2025, 12, 1)));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class RoleQuery {

    private final String person;
    private final LocalDate asOf;

    private RoleQuery(String person, LocalDate asOf) {
        this.person = person;
        this.asOf = asOf;
    }

    /**
     * Every role of a person, current and former.
     *
     * @param person id, English or Arabic name, or alias
     * @return the request
     * @throws IllegalArgumentException when no person is given
     */
    public static RoleQuery of(String person) {
        if (person == null || person.isBlank()) {
            throw new IllegalArgumentException("RoleQuery.of: name the person (an id, English or Arabic name, or "
                    + "alias), e.g. RoleQuery.of(\"Alexandr Wang\").");
        }
        return new RoleQuery(person.strip(), null);
    }

    /**
     * @param date only the roles that held on this day (each with {@link Role#current()} true): where did they work
     *             in December 2025? The organization a person was hired away from counts as their employer until the
     *             move. {@code null} for every role
     * @return the request as of that day
     */
    public RoleQuery asOf(LocalDate date) {
        return new RoleQuery(person, date);
    }

    /** @return the person, as given */
    public String person() {
        return person;
    }

    /** @return the day asked about, or {@code null} for every role */
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleQuery q && person.equals(q.person) && Objects.equals(asOf, q.asOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(person, asOf);
    }

    @Override
    public String toString() {
        return "RoleQuery.of(" + person + ")" + (asOf == null ? "" : ".asOf(" + asOf + ")");
    }
}
