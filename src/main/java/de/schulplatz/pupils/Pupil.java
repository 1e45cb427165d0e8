package de.schulplatz.pupils;

import de.schulplatz.geo.Address;
import de.schulplatz.schoolsystem.RuleSettings;
import de.schulplatz.schoolsystem.SchoolForm;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * A newly arrived school-age child (Seiteneinsteiger:in) as recorded by the KI's counselling.
 * Name, birth date and address are personal data: never log them, use the case number.
 *
 * @param caseNumber        the KI's Fallnummer, unique
 * @param recommendedForms  school forms the counselling recommends; empty means the usual forms of the grade
 * @param counsellorGrade   grade set by the counsellor instead of the age-typical grade, may be null
 * @param familyId          same value for siblings, may be null
 * @param wishedSchools     Schulnummern the family asks for, by position (wish 1 first); "" where a wish
 *                          does not count
 * @param previousForm      school form the pupil already attends in Germany (re-placement), may be null
 */
public record Pupil(
        String caseNumber,
        String lastName,
        String firstName,
        LocalDate birthDate,
        String sex,
        Address address,
        String familyLanguage,
        String otherLanguages,
        LocalDate arrivalDate,
        LocalDate registeredDate,
        Integer schoolingYears,
        Integer lastGrade,
        LatinLiteracy latinLiteracy,
        GermanLevel germanLevel,
        Set<SchoolForm> recommendedForms,
        Integer counsellorGrade,
        String familyId,
        List<String> wishedSchools,
        boolean barrierFree,
        String specialNeeds,
        String interpreterLanguage,
        Boolean consent,
        String notes,
        SchoolForm previousForm,
        Integer germanSchoolYears,
        RegistryDetails registry) {

    /**
     * What the admitting school's administration software needs besides the planning's data (SVWS-Server: the
     * columns of its import tool); each may be unknown (null).
     *
     * @param nationality  ISO 3166 alpha-3 code, e.g. SYR
     * @param birthCountry ISO 3166 alpha-3 code
     * @param arrivalYear  year of arrival in Germany (Zuzugsjahr)
     * @param houseNumber  house number with its suffix, apart from the street
     */
    public record RegistryDetails(String nationality, String birthCountry, Integer arrivalYear, String houseNumber) {
        public static final RegistryDetails NONE = new RegistryDetails(null, null, null, null);
    }

    public Pupil {
        recommendedForms = Set.copyOf(recommendedForms);
        wishedSchools = List.copyOf(wishedSchools);
        registry = registry == null ? RegistryDetails.NONE : registry;
    }

    public Pupil withWishedSchools(List<String> wishes) {
        return new Pupil(caseNumber, lastName, firstName, birthDate, sex, address, familyLanguage, otherLanguages,
                arrivalDate, registeredDate, schoolingYears, lastGrade, latinLiteracy, germanLevel, recommendedForms,
                counsellorGrade, familyId, wishes, barrierFree, specialNeeds, interpreterLanguage, consent, notes,
                previousForm, germanSchoolYears, registry);
    }

    /**
     * Two or more school years in Germany: no longer a newcomer (Seiteneinsteiger) whom the initial German
     * support is for.
     */
    public boolean settled() {
        return germanSchoolYears != null && germanSchoolYears >= RuleSettings.SETTLED_SCHOOL_YEARS;
    }

    /**
     * The pupil as the transition out of the initial German support plans it: the grade of the next year and
     * the school form the teachers decided, nothing fixed from before; the wishes were for the first placement.
     */
    public Pupil asDecided(int grade, SchoolForm form) {
        return new Pupil(caseNumber, lastName, firstName, birthDate, sex, address, familyLanguage, otherLanguages,
                arrivalDate, registeredDate, schoolingYears, lastGrade, latinLiteracy, germanLevel, Set.of(form),
                grade, familyId, List.of(), barrierFree, specialNeeds, interpreterLanguage, consent, notes,
                null, germanSchoolYears, registry);
    }

    public boolean hasWishes() {
        return wishedSchools.stream().anyMatch(wish -> !wish.isEmpty());
    }

    /** Since when the pupil waits for a place: registration with the KI, else arrival; null when unknown. */
    public LocalDate waitingSince() {
        return registeredDate != null ? registeredDate : arrivalDate;
    }

    /** Whole days of waiting up to the planning date; 0 when unknown or in the future. */
    public long waitingDays(LocalDate planningDate) {
        LocalDate since = waitingSince();
        return since == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(since, planningDate));
    }
}
