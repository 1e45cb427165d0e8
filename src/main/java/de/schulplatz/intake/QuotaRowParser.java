package de.schulplatz.intake;

import de.schulplatz.excel.DataRow;
import de.schulplatz.excel.RowProblem;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schools.PlaceQuota;
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

    private final Function<String, SchoolForm> formOfSchool;
    private final String fileName;
    private final Reports reports;

    /** @param formOfSchool form of a known school (this import or the database), null when unknown */
    QuotaRowParser(Function<String, SchoolForm> formOfSchool, String fileName, Reports reports) {
        this.formOfSchool = formOfSchool;
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
        SchoolForm form = formOfSchool.apply(number);
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
            groupKind = form == SchoolForm.BK ? GroupKind.IFK : GroupKind.DEUTSCHFOERDERUNG;
        }
        if ((groupKind == GroupKind.IFK) != (form == SchoolForm.BK)) {
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

    private static GroupKind groupKind(DataRow row) {
        String text = row.text(QuotaColumn.GRUPPENART);
        if (text == null) {
            return null;
        }
        return GroupKind.parse(text).orElseGet(() -> {
            row.problem(QuotaColumn.GRUPPENART, "erlaubt sind: Deutschförderung, Alphabetisierung, IFK");
            return null;
        });
    }
}
