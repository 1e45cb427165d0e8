package de.schulplatz.schoolsystem;

/**
 * Travel costs to school are reimbursed above 2 km one way in the Primarstufe, 3.5 km in grades 5-10 and
 * 5 km beyond (Schülerfahrkostenverordnung NRW); the model treats the threshold as a "short way".
 */
public final class TravelCosts {

    private TravelCosts() {
    }

    public static int reimbursementThresholdMetres(int grade) {
        return grade <= 4 ? 2_000 : grade <= 10 ? 3_500 : 5_000;
    }

    /** "2 km (Jahrgang 1-4), 3,5 km (5-10), 5 km (ab 11)" for explanations. */
    public static String describe() {
        return "2 km (Jahrgang 1-4), 3,5 km (5-10), 5 km (ab 11)";
    }
}
