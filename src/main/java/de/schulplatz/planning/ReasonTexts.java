package de.schulplatz.planning;

import de.schulplatz.schoolsystem.SchoolForm;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** The German wording of the Begründung for each outcome, in one place. */
final class ReasonTexts {

    private ReasonTexts() {
    }

    static String formNames(Collection<SchoolForm> forms) {
        return forms.stream().sorted().map(SchoolForm::germanName).collect(Collectors.joining("/"));
    }

    static String km(int metres) {
        return String.format(Locale.GERMAN, "%.1f km", metres / 1000.0);
    }

    static String placed(int rank, int metres) {
        if (rank == 0) {
            return "nächstgelegene passende Schule mit freiem Platz, " + km(metres);
        }
        return (rank + 1) + ".-nächste passende Schule, " + km(metres)
                + "; näher gelegene Plätze sind an andere Kinder vergeben (kürzere Wege für alle)";
    }

    static String allCandidatesFull(int candidates, Collection<SchoolForm> forms, int grade, int maxMetres) {
        return "alle " + candidates + " passenden Schulen (" + formNames(forms) + ", Jahrgang " + grade
                + ") bis " + km(maxMetres) + " Entfernung sind voll";
    }

    static String noFreePlace(Collection<SchoolForm> forms, int grade) {
        return "keine " + formNames(forms) + " mit freiem Platz in Jahrgang " + grade;
    }

    static String noSchoolOffersGrade(Collection<SchoolForm> forms, int grade) {
        return "keine " + formNames(forms) + " meldet Plätze für Jahrgang " + grade;
    }
}
