package io.talentgraph.analytics;

import io.talentgraph.query.EntityRef;

import java.util.List;

/**
 * People who returned to an organization they had been hired away from.
 *
 * @param returns      each return whose dates show it came after the departure
 * @param orderUnknown pairs of a departure and a return to the same organization whose dates are missing or too
 *                     coarse to tell which came first: not counted as returns, reported so that nobody reads the
 *                     list as complete
 */
public record Boomerangs(List<Return> returns, int orderUnknown) {

    /**
     * Defensive copy.
     *
     * @param returns      each return whose dates show it came after the departure
     * @param orderUnknown pairs of a departure and a return to the same organization whose dates are missing or too
     *                     coarse to tell which came first: not counted as returns, reported so that nobody reads the
     *                     list as complete
     */
    public Boomerangs {
        returns = List.copyOf(returns);
    }

    /**
     * One return.
     *
     * @param personId     the person's id
     * @param person       the person's name
     * @param organization the organization left and returned to
     * @param leftFor      who hired them away
     * @param leftOn       the date of the departure, as precise as the source gives it
     * @param returnedOn   the date of the return
     */
    public record Return(String personId, String person, EntityRef organization, EntityRef leftFor, String leftOn,
                         String returnedOn) {
    }
}
