package de.schulplatz.routing;

/**
 * The walking route from one home to one school, as far as it was searched.
 *
 * @param metres the route's length when {@link Status#FOUND}; for {@link Status#LONGER} the distance searched
 *               (the route is longer); else 0
 */
public record Route(Status status, int metres) {

    public enum Status {
        FOUND,
        /** No route within the distance searched. */
        LONGER,
        /** The home lies too far from every way of the network. */
        HOME_OFF_NETWORK,
        /** The school lies too far from every way of the network. */
        SCHOOL_OFF_NETWORK
    }

    static final Route HOME_OFF = new Route(Status.HOME_OFF_NETWORK, 0);
    static final Route SCHOOL_OFF = new Route(Status.SCHOOL_OFF_NETWORK, 0);

    /** Whether this answers a question about routes up to {@code withinMetres}. */
    boolean answers(int withinMetres) {
        return status != Status.LONGER || metres >= withinMetres;
    }

    /** True when home or school cannot be joined to the network: the straight line stands in. */
    public boolean offNetwork() {
        return status == Status.HOME_OFF_NETWORK || status == Status.SCHOOL_OFF_NETWORK;
    }
}
