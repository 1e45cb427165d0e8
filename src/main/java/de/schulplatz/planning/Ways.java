package de.schulplatz.planning;

import de.schulplatz.routing.DistanceMeasure;
import java.util.HashSet;
import java.util.Set;

/**
 * How the ways of a problem were measured: all as the straight line, or as walking routes except where a
 * home or school could not be joined to the foot network (those are the straight line, and remarked on).
 */
final class Ways {

    static final Ways STRAIGHT = new Ways(false);

    private final boolean walking;
    private final Set<String> homesOffNetwork = new HashSet<>();
    private final Set<String> schoolsOffNetwork = new HashSet<>();
    private final Set<String> straightPairs = new HashSet<>();

    Ways(boolean walking) {
        this.walking = walking;
    }

    boolean walking() {
        return walking;
    }

    /** The measure of the way from this pupil's home to this school. */
    DistanceMeasure measure(String caseNumber, String schoolNumber) {
        if (!walking || homesOffNetwork.contains(caseNumber) || schoolsOffNetwork.contains(schoolNumber)
                || straightPairs.contains(caseNumber + '|' + schoolNumber)) {
            return DistanceMeasure.LUFTLINIE;
        }
        return DistanceMeasure.FUSSWEG;
    }

    /** The measure of the plan as a whole, for the headers of the outputs. */
    DistanceMeasure measure() {
        return walking ? DistanceMeasure.FUSSWEG : DistanceMeasure.LUFTLINIE;
    }

    void homeOffNetwork(String caseNumber) {
        homesOffNetwork.add(caseNumber);
    }

    void schoolOffNetwork(String schoolNumber) {
        schoolsOffNetwork.add(schoolNumber);
    }

    /** A pair measured as the straight line for another reason (no route at all between the two). */
    void straightPair(String caseNumber, String schoolNumber) {
        straightPairs.add(caseNumber + '|' + schoolNumber);
    }

    Set<String> homesOffNetwork() {
        return Set.copyOf(homesOffNetwork);
    }

    Set<String> schoolsOffNetwork() {
        return Set.copyOf(schoolsOffNetwork);
    }
}
