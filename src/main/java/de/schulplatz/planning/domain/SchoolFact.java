package de.schulplatz.planning.domain;

/**
 * Problem fact: a school as the constraints see it, shared by all its quotas.
 *
 * @param totalPupils all pupils of the school (reported, or an assumed average when not reported);
 *                    the fair-spread constraint measures newcomers against it
 */
public record SchoolFact(String schoolNumber, String municipalityKey, int totalPupils) {

    public SchoolFact {
        if (totalPupils <= 0) {
            throw new IllegalArgumentException("total pupils must be positive for " + schoolNumber);
        }
    }
}
