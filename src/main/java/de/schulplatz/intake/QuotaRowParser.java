package de.schulplatz.intake;

import de.schulplatz.excel.CellTexts;
import de.schulplatz.excel.DataRow;
import de.schulplatz.excel.RowProblem;
import de.schulplatz.schoolsystem.GermanDates;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.IntakeDates;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One row of "Freie Plätze" to a {@link PlaceQuota}, in two parts: what the row says by itself
 * ({@link #parse}, while the file is read), and the check against the school's form and the school's other
 * rows ({@link Settling}, once all schools of the run are known, whichever file or sheet they come from).
 * A school's free places come from one file: the newest that reports them (files are read newest first),
 * so that a corrected report received later replaces the older one instead of clashing with it.
 */
final class QuotaRowParser implements SheetReader.RowParser<QuotaRowParser.Draft> {

    /**
     * A row that is valid by itself, with the cell texts the later checks name in their problems.
     *
     * @param groupKind null when the row leaves it to the school form
     */
    record Draft(String fileName, String schoolNumber, GroupKind groupKind, int gradeFrom, int gradeTo, int places,
            LocalDate availableFrom, LocalDate validUntil, List<MonthDay> intake,
            String schoolNumberCell, String gradeFromCell, String groupKindCell) {
    }

    /** More free places than this in one row, for a school that reports no size, get a remark. */
    static final int PLAUSIBLE_PLACES_WITHOUT_SIZE = 200;

    private final String fileName;

    QuotaRowParser(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public Draft parse(DataRow row, List<RowProblem> hints) {
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
        LocalDate availableFrom = row.date(QuotaColumn.FREI_AB);
        LocalDate validUntil = row.date(QuotaColumn.GUELTIG_BIS);
        List<MonthDay> intake = intake(row);
        if (row.hasProblems()) {
            return null;
        }
        if (availableFrom != null && validUntil != null && validUntil.isBefore(availableFrom)) {
            row.problem(QuotaColumn.GUELTIG_BIS, "die Meldung endet vor dem Tag, ab dem die Plätze frei sind");
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
        return new Draft(fileName, number, groupKind, from, gradeTo, places, availableFrom, validUntil, intake,
                row.shownValue(QuotaColumn.SCHULNUMMER),
                row.shownValue(QuotaColumn.JAHRGANG_VON), row.shownValue(QuotaColumn.GRUPPENART));
    }

    /**
     * The checks of one import's quota rows against their schools and each other; one per import, its
     * drafts settled newest file first and in row order.
     */
    static final class Settling implements SheetRows.Settler<Draft, PlaceQuota> {

        private final Function<String, School> schoolOf;
        private final Map<String, String> fileOfSchool = new HashMap<>();
        private final Map<String, List<PlaceQuota>> acceptedBySchool = new HashMap<>();

        /** @param schoolOf a known school (this import or the database), null when unknown */
        Settling(Function<String, School> schoolOf) {
            this.schoolOf = schoolOf;
        }

        @Override
        public SheetRows.Settled<PlaceQuota> settle(Draft draft, List<RowProblem> hints) {
            String number = draft.schoolNumber();
            int from = draft.gradeFrom();
            int gradeTo = draft.gradeTo();
            School school = schoolOf.apply(number);
            SchoolForm form = school == null ? null : school.form();
            if (form == null) {
                return rejected(QuotaColumn.SCHULNUMMER, draft.schoolNumberCell(),
                        "Schule unbekannt: sie fehlt in der Tabelle „Schulen“, oder ihre Zeile dort wurde abgelehnt");
            }
            if (!form.teaches(from) || !form.teaches(gradeTo)) {
                return rejected(QuotaColumn.JAHRGANG_VON, draft.gradeFromCell(), "die Schulform " + form.germanName()
                        + " unterrichtet nicht die Jahrgänge " + from + "-" + gradeTo);
            }
            GroupKind groupKind = draft.groupKind() == null ? form.groupKindFor(GroupKind.DEUTSCHFOERDERUNG)
                    : draft.groupKind();
            if (!form.offers(groupKind)) {
                return rejected(QuotaColumn.GRUPPENART, draft.groupKindCell(), "Internationale Förderklassen (IFK) "
                        + "und „Fit für mehr“ gibt es nur am Berufskolleg, und das Berufskolleg meldet nur diese Plätze");
            }
            String reportingFile = fileOfSchool.putIfAbsent(number, draft.fileName());
            if (reportingFile != null && !reportingFile.equals(draft.fileName())) {
                return SheetRows.Settled.superseded(new RowProblem(QuotaColumn.SCHULNUMMER.header(),
                        draft.schoolNumberCell(), "die freien Plätze dieser Schule stehen auch in der neueren Datei "
                                + reportingFile + " (später eingegangen); deren Angaben gelten, diese Zeile wird "
                                + "nicht importiert"));
            }
            PlaceQuota quota = new PlaceQuota(number, groupKind, from, gradeTo, draft.places(), draft.availableFrom(),
                    draft.validUntil(), draft.intake());
            List<PlaceQuota> earlier = acceptedBySchool.computeIfAbsent(number, n -> new ArrayList<>());
            for (PlaceQuota other : earlier) {
                // Places of the same grades free from another day add to these (three now, two more from March).
                if (other.groupKind() == quota.groupKind() && Objects.equals(other.availableFrom(), quota.availableFrom())
                        && quota.gradeFrom() <= other.gradeTo() && other.gradeFrom() <= quota.gradeTo()) {
                    return rejected(QuotaColumn.JAHRGANG_VON, draft.gradeFromCell(), "überschneidet sich mit dem "
                            + "Bereich Jahrgang " + other.gradeLabel() + " (" + other.groupKind().label()
                            + (other.availableFrom() == null ? "" : ", frei ab " + GermanDates.format(other.availableFrom()))
                            + ") derselben Schule");
                }
            }
            plausibility(draft.places(), school, hints);
            earlier.add(quota);
            return SheetRows.Settled.accepted(quota);
        }

        private static SheetRows.Settled<PlaceQuota> rejected(QuotaColumn column, String cell, String reason) {
            return SheetRows.Settled.rejected(new RowProblem(column.header(), cell, reason));
        }
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
            row.problem(QuotaColumn.GRUPPENART, "erlaubt sind: Deutschförderung, Alphabetisierung, IFK, Fit für mehr");
            return null;
        });
    }

    private static List<MonthDay> intake(DataRow row) {
        String text = row.text(QuotaColumn.AUFNAHMETERMINE);
        if (text == null) {
            return List.of();
        }
        return IntakeDates.ofCell(text).orElseGet(() -> {
            row.problem(QuotaColumn.AUFNAHMETERMINE, "erwartet Tage im Jahr wie „01.08., 01.02.“");
            return List.of();
        });
    }
}
