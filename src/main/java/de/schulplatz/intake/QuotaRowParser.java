package de.schulplatz.intake;

import de.schulplatz.excel.CellTexts;
import de.schulplatz.excel.DataRow;
import de.schulplatz.excel.RowProblem;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One row of "Freie Plätze" to a {@link PlaceQuota}, checked against the school's form and its other rows.
 * A school's free places come from one file: the newest that reports them (files are read newest first),
 * so that a corrected report received later replaces the older one instead of clashing with it.
 */
final class QuotaRowParser implements SheetReader.RowParser<PlaceQuota> {

    /** The free places read in one import, shared by the parsers of all its files. */
    static final class Reports {
        private final Map<String, String> fileOfSchool = new HashMap<>();
        private final Map<String, List<PlaceQuota>> acceptedBySchool = new HashMap<>();
    }

    /** More free places than this in one row, for a school that reports no size, get a remark. */
    static final int PLAUSIBLE_PLACES_WITHOUT_SIZE = 200;

    private final Function<String, School> schoolOf;
    private final String fileName;
    private final Reports reports;

    /** @param schoolOf a known school (this import or the database), null when unknown */
    QuotaRowParser(Function<String, School> schoolOf, String fileName, Reports reports) {
        this.schoolOf = schoolOf;
        this.fileName = fileName;
        this.reports = reports;
    }

    @Override
    public PlaceQuota parse(DataRow row, List<RowProblem> hints) {
        String number = SchoolNumbers.normalise(row.requiredText(QuotaColumn.SCHULNUMMER));
        Integer from = row.integer(QuotaColumn.JAHRGANG_VON);
        if (from == null && !row.hasProblems()) {
            row.requiredText(QuotaColumn.JAHRGANG_VON);
        }
        Integer to = row.integer(QuotaColumn.JAHRGANG_BIS);
        Integer places = row.integer(QuotaColumn.FREIE_PLAETZE);
        if (places == null && row.text(QuotaColumn.FREIE_PLAETZE) == null) {
            row.requiredText(QuotaColumn.FREIE_PLAETZE);
        }
        GroupKind groupKind = groupKind(row);
        if (row.hasProblems()) {
            return null;
        }
        int gradeTo = to == null ? from : to;
        if (from < 1 || from > 13 || gradeTo < from || gradeTo > 13) {
            row.problem(to == null || from < 1 || from > 13 ? QuotaColumn.JAHRGANG_VON : QuotaColumn.JAHRGANG_BIS,
                    "Jahrgänge müssen zwischen 1 und 13 liegen, „von“ nicht nach „bis“");
            return null;
        }
        if (places < 0) {
            row.problem(QuotaColumn.FREIE_PLAETZE, "darf nicht negativ sein");
            return null;
        }
        School school = schoolOf.apply(number);
        SchoolForm form = school == null ? null : school.form();
        if (form == null) {
            row.problem(QuotaColumn.SCHULNUMMER,
                    "Schule unbekannt: sie fehlt in der Tabelle „Schulen“, oder ihre Zeile dort wurde abgelehnt");
            return null;
        }
        if (!form.teaches(from) || !form.teaches(gradeTo)) {
            row.problem(QuotaColumn.JAHRGANG_VON, "die Schulform " + form.germanName() + " unterrichtet nicht die Jahrgänge "
                    + from + "-" + gradeTo);
            return null;
        }
        if (groupKind == null) {
            groupKind = form.groupKindFor(GroupKind.DEUTSCHFOERDERUNG);
        }
        if (!form.offers(groupKind)) {
            row.problem(QuotaColumn.GRUPPENART, "Internationale Förderklassen (IFK) gibt es nur am Berufskolleg, "
                    + "und das Berufskolleg meldet IFK-Plätze");
            return null;
        }
        String reportingFile = reports.fileOfSchool.putIfAbsent(number, fileName);
        if (reportingFile != null && !reportingFile.equals(fileName)) {
            row.supersede(QuotaColumn.SCHULNUMMER, "die freien Plätze dieser Schule stehen auch in der neueren Datei "
                    + reportingFile + " (später eingegangen); deren Angaben gelten, diese Zeile wird nicht importiert");
            return null;
        }
        plausibility(places, school, hints);
        PlaceQuota quota = new PlaceQuota(number, groupKind, from, gradeTo, places);
        List<PlaceQuota> earlier = reports.acceptedBySchool.computeIfAbsent(number, n -> new ArrayList<>());
        for (PlaceQuota other : earlier) {
            if (other.groupKind() == quota.groupKind()
                    && quota.gradeFrom() <= other.gradeTo() && other.gradeFrom() <= quota.gradeTo()) {
                row.problem(QuotaColumn.JAHRGANG_VON, "überschneidet sich mit dem Bereich Jahrgang " + other.gradeLabel()
                        + " (" + other.groupKind().label() + ") derselben Schule");
                return null;
            }
        }
        earlier.add(quota);
        return quota;
    }

    /** A count far beyond what the school could hold is imported, but the adviser should look (a typing error?). */
    private static void plausibility(int places, School school, List<RowProblem> hints) {
        Integer pupils = school.totalPupils();
        if (pupils != null && pupils > 0 && places > pupils) {
            hints.add(new RowProblem(QuotaColumn.FREIE_PLAETZE.header(), Integer.toString(places), "mehr freie Plätze ("
                    + places + ") als die Schule Schülerinnen und Schüler hat (" + pupils + "); bitte prüfen"));
        } else if ((pupils == null || pupils <= 0) && places > PLAUSIBLE_PLACES_WITHOUT_SIZE) {
            hints.add(new RowProblem(QuotaColumn.FREIE_PLAETZE.header(), Integer.toString(places),
                    "ungewöhnlich viele freie Plätze (" + places + ") in einer Zeile; bitte prüfen"));
        }
    }

    private static GroupKind groupKind(DataRow row) {
        String text = row.text(QuotaColumn.GRUPPENART);
        if (text == null) {
            return null;
        }
        return GroupKind.parse(CellTexts.matchKey(text)).orElseGet(() -> {
            row.problem(QuotaColumn.GRUPPENART, "erlaubt sind: Deutschförderung, Alphabetisierung, IFK");
            return null;
        });
    }
}
