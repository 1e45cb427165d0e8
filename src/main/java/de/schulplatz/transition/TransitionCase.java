package de.schulplatz.transition;

import de.schulplatz.schoolsystem.SchoolForm;
import java.time.LocalDate;

/**
 * One row of the sheet "Übergang": a pupil whose initial German support (Erstförderung) ends and who moves
 * into a regular class.
 *
 * @param currentSchool the school the pupil attends now
 * @param grade         the grade in the next school year
 * @param decidedForm   the school form the teachers decided (by December, for the next year)
 * @param moveDate      the day of the move, usually 1 August
 */
public record TransitionCase(String caseNumber, String currentSchool, int grade, SchoolForm decidedForm,
        LocalDate moveDate) {
}
