package de.schulplatz.intake;

import de.schulplatz.excel.DataRow;
import de.schulplatz.excel.RowProblem;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schools.School;
import de.schulplatz.transition.RegularPlace;
import de.schulplatz.transition.TransitionCase;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rows of "Übergang" and "Plätze Regelklassen", in the two parts every sheet has: what a row says by
 * itself (the parsers, while the file is read) and the checks against pupils and schools (the settlers).
 */
final class TransitionRows {

    private TransitionRows() {
    }

    /** @param moveDate null when the row leaves it to the default (1 August) */
    record CaseDraft(String fileName, String caseNumber, String currentSchool, int grade, SchoolForm form,
            LocalDate moveDate, String caseCell, String schoolCell, String gradeCell) {
    }

    record PlaceDraft(String fileName, String schoolNumber, int grade, int places, String schoolCell, String gradeCell) {
    }

    static final class CaseParser implements SheetReader.RowParser<CaseDraft> {
        private final String fileName;
        private final NewestVersions versions;

        CaseParser(String fileName, NewestVersions versions) {
            this.fileName = fileName;
            this.versions = versions;
        }

        @Override
        public CaseDraft parse(DataRow row, List<RowProblem> hints) {
            String caseNumber = row.requiredText(TransitionColumn.FALLNUMMER);
            if (caseNumber != null && !CaseNumbers.isValid(caseNumber)) {
                row.problem(TransitionColumn.FALLNUMMER, CaseNumbers.RULE);
            }
            String school = SchoolNumbers.normalise(row.requiredText(TransitionColumn.BISHERIGE_SCHULE));
            Integer grade = row.integer(TransitionColumn.JAHRGANG);
            if (grade == null && !row.hasProblems()) {
                row.requiredText(TransitionColumn.JAHRGANG);
            }
            String formText = row.requiredText(TransitionColumn.SCHULFORM);
            SchoolForm form = formText == null ? null : SchoolForm.parse(formText).orElse(null);
            if (formText != null && form == null) {
                row.problem(TransitionColumn.SCHULFORM, "unbekannte Schulform; erlaubt: GS, HS, FS, RS, PS, SK, GE, GY, BK");
            }
            LocalDate moveDate = row.date(TransitionColumn.WECHSEL_ZUM);
            if (row.hasProblems()) {
                return null;
            }
            if (grade < 1 || grade > 13) {
                row.problem(TransitionColumn.JAHRGANG, "Jahrgang muss zwischen 1 und 13 liegen");
                return null;
            }
            if (!versions.take(caseNumber, fileName, row, TransitionColumn.FALLNUMMER, "Fallnummer")) {
                return null;
            }
            return new CaseDraft(fileName, caseNumber, school, grade, form, moveDate,
                    row.shownValue(TransitionColumn.FALLNUMMER), row.shownValue(TransitionColumn.BISHERIGE_SCHULE),
                    row.shownValue(TransitionColumn.JAHRGANG));
        }
    }

    static final class PlaceParser implements SheetReader.RowParser<PlaceDraft> {
        private final String fileName;

        PlaceParser(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public PlaceDraft parse(DataRow row, List<RowProblem> hints) {
            String school = SchoolNumbers.normalise(row.requiredText(RegularPlaceColumn.SCHULNUMMER));
            Integer grade = row.integer(RegularPlaceColumn.JAHRGANG);
            if (grade == null && !row.hasProblems()) {
                row.requiredText(RegularPlaceColumn.JAHRGANG);
            }
            Integer places = row.integer(RegularPlaceColumn.FREIE_PLAETZE);
            if (places == null && !row.hasProblems()) {
                row.requiredText(RegularPlaceColumn.FREIE_PLAETZE);
            }
            if (row.hasProblems()) {
                return null;
            }
            if (grade < 1 || grade > 13) {
                row.problem(RegularPlaceColumn.JAHRGANG, "Jahrgang muss zwischen 1 und 13 liegen");
                return null;
            }
            if (places < 0) {
                row.problem(RegularPlaceColumn.FREIE_PLAETZE, "darf nicht negativ sein");
                return null;
            }
            return new PlaceDraft(fileName, school, grade, places, row.shownValue(RegularPlaceColumn.SCHULNUMMER),
                    row.shownValue(RegularPlaceColumn.JAHRGANG));
        }
    }

    /** The move on 1 August after the planning date (the start of the next school year) unless the row says. */
    static LocalDate defaultMoveDate(LocalDate planningDate) {
        LocalDate august = LocalDate.of(planningDate.getYear(), Month.AUGUST, 1);
        return planningDate.isAfter(august) ? august.plusYears(1) : august;
    }

    /** Checks a case against the pupils and schools of the database. */
    static SheetRows.Settler<CaseDraft, TransitionCase> cases(Predicate<String> knownPupil,
            Function<String, School> schoolOf, LocalDate planningDate) {
        return (draft, hints) -> {
            if (!knownPupil.test(draft.caseNumber())) {
                return SheetRows.Settled.rejected(new RowProblem(TransitionColumn.FALLNUMMER.header(), draft.caseCell(),
                        "Fallnummer unbekannt: das Kind fehlt in der Tabelle „Schüler“"));
            }
            if (schoolOf.apply(draft.currentSchool()) == null) {
                return SheetRows.Settled.rejected(new RowProblem(TransitionColumn.BISHERIGE_SCHULE.header(),
                        draft.schoolCell(), "Schule unbekannt: sie fehlt in der Tabelle „Schulen“"));
            }
            if (!draft.form().teaches(draft.grade())) {
                return SheetRows.Settled.rejected(new RowProblem(TransitionColumn.JAHRGANG.header(), draft.gradeCell(),
                        "die Schulform " + draft.form().germanName() + " unterrichtet Jahrgang " + draft.grade() + " nicht"));
            }
            LocalDate move = draft.moveDate() == null ? defaultMoveDate(planningDate) : draft.moveDate();
            return SheetRows.Settled.accepted(new TransitionCase(draft.caseNumber(), draft.currentSchool(),
                    draft.grade(), draft.form(), move));
        };
    }

    /** Checks regular-class places against the schools; a school's places come from one file, the newest. */
    static SheetRows.Settler<PlaceDraft, RegularPlace> places(Function<String, School> schoolOf) {
        Map<String, String> fileOfSchool = new HashMap<>();
        Set<String> seen = new HashSet<>();
        return (draft, hints) -> {
            School school = schoolOf.apply(draft.schoolNumber());
            if (school == null) {
                return SheetRows.Settled.rejected(new RowProblem(RegularPlaceColumn.SCHULNUMMER.header(),
                        draft.schoolCell(), "Schule unbekannt: sie fehlt in der Tabelle „Schulen“"));
            }
            if (!school.form().teaches(draft.grade())) {
                return SheetRows.Settled.rejected(new RowProblem(RegularPlaceColumn.JAHRGANG.header(), draft.gradeCell(),
                        "die Schulform " + school.form().germanName() + " unterrichtet Jahrgang " + draft.grade() + " nicht"));
            }
            String reporting = fileOfSchool.putIfAbsent(draft.schoolNumber(), draft.fileName());
            if (reporting != null && !reporting.equals(draft.fileName())) {
                return SheetRows.Settled.superseded(new RowProblem(RegularPlaceColumn.SCHULNUMMER.header(),
                        draft.schoolCell(), "die Plätze dieser Schule stehen auch in der neueren Datei " + reporting
                                + " (später eingegangen); deren Angaben gelten, diese Zeile wird nicht importiert"));
            }
            if (!seen.add(draft.schoolNumber() + "/" + draft.grade())) {
                return SheetRows.Settled.rejected(new RowProblem(RegularPlaceColumn.JAHRGANG.header(), draft.gradeCell(),
                        "Jahrgang " + draft.grade() + " dieser Schule steht schon in einer früheren Zeile"));
            }
            return SheetRows.Settled.accepted(new RegularPlace(draft.schoolNumber(), draft.grade(), draft.places()));
        };
    }
}
