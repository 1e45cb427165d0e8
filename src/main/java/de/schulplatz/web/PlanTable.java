package de.schulplatz.web;

import de.schulplatz.planning.PublishedRuns;
import de.schulplatz.geo.Address;
import de.schulplatz.geo.Municipality;
import de.schulplatz.geo.MunicipalityDirectory;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlanOfRun;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.schoolsystem.GradeRule;
import de.schulplatz.schoolsystem.GermanDates;
import de.schulplatz.schoolsystem.SchoolYear;
import de.schulplatz.schools.School;
import de.schulplatz.security.Account;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The plan of one run as the pages show it: each placement with its pupil and school, limited to what the
 * user may see (a Schulaufsicht: the rows of its own list in a published plan, as in the API), and the
 * places used and free per school.
 */
@Component
@ConditionalOnWebApplication
class PlanTable {

    /**
     * One pupil's placement.
     *
     * @param municipality the school's municipality, or the pupil's home municipality when not placed
     * @param waitingDays  days from registration (else arrival) to the planning date
     * @param compulsory   of compulsory school age at the start of the school year (old enough for grade 1,
     *                     under 18)
     */
    public record Row(String caseNumber, String lastName, String firstName, int grade, PlacementStatus status,
            String schoolNumber, String schoolName, String schoolForm, String municipality, String groupKind,
            Integer distanceMetres, String reason, List<String> authorities, long waitingDays, boolean compulsory,
            String transit, boolean unreachableByTransit, LocalDate startDate) {

        public String statusText() {
            return status == PlacementStatus.PLATZ_AB && startDate != null
                    ? status.label() + " " + GermanDates.format(startDate) : status.label();
        }

        /** "01.03.2027", for a place reserved for later or a start after the planning date; else empty. */
        public String startText() {
            return startDate == null ? "" : GermanDates.format(startDate);
        }
    }

    /**
     * A school with the places the run planned with (as reported, with the changes of places in force) and
     * the pupils the plan puts there.
     */
    public record SchoolLoad(School school, String municipality, int placed, int places) {

        public int free() {
            return Math.max(0, places - placed);
        }

        /** Placed pupils per 100 pupils of the school; null when the school's size is unknown. */
        public Double newcomerShare() {
            Integer total = school.totalPupils();
            return total == null || total <= 0 ? null : 100.0 * placed / total;
        }
    }

    /** The rows of a run's plan visible to the user, and the load of every school visible to the user. */
    public record Plan(PlanningRun run, List<Row> rows, List<SchoolLoad> schools) {
    }

    private final PublishedRuns publishedRuns;
    private final PlacementRepository placements;
    private final MunicipalityDirectory municipalities;

    PlanTable(PublishedRuns publishedRuns, PlacementRepository placements, MunicipalityDirectory municipalities) {
        this.publishedRuns = publishedRuns;
        this.placements = placements;
        this.municipalities = municipalities;
    }

    /**
     * False only before the first plan is published and no run is asked for: then the plan pages show an
     * empty state instead of a plan.
     */
    boolean hasPlanToShow(Long runId) {
        return runId != null || publishedRuns.latestPublished().isPresent();
    }

    /** The view name of the plan pages' empty state. */
    static String noPlanYet(Model model, String page, String title) {
        model.addAttribute("page", page);
        model.addAttribute("title", title);
        return "keine-planung";
    }

    /** The plan of the run asked for, or the latest published one (404 / 403 as in the API). */
    Plan of(Long runId, Account user) {
        PlanningRun run = publishedRuns.resolve(runId, user);
        PlanOfRun plan = placements.planOf(run);
        SchoolYear schoolYear = SchoolYear.containing(run.planningDate());
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> placedBySchool = new LinkedHashMap<>();
        for (PlannedPlacement placement : plan.placements()) {
            if (placement.isPlaced()) {
                placedBySchool.merge(placement.schoolNumber(), 1, Integer::sum);
            }
            if (user.isSchoolAuthority() && !placement.authorities().contains(user.schoolAuthority())) {
                continue;
            }
            rows.add(row(placement, plan.schoolOf(placement), plan.pupilOf(placement), run.planningDate(), schoolYear));
        }
        List<SchoolLoad> loads = plan.schools().values().stream()
                .filter(school -> user.mayReadListOf(school.authority()))
                .map(school -> new SchoolLoad(school, municipalityName(school.address()),
                        placedBySchool.getOrDefault(school.schoolNumber(), 0), plan.placesAt(school.schoolNumber())))
                .sorted(Comparator.comparing((SchoolLoad load) -> load.school().name())
                        .thenComparing(load -> load.school().schoolNumber()))
                .toList();
        return new Plan(run, rows, loads);
    }

    private Row row(PlannedPlacement placement, School school, Pupil pupil, LocalDate planningDate,
            SchoolYear schoolYear) {
        String municipality = school != null ? municipalityName(school.address())
                : pupil == null ? null : municipalityName(pupil.address());
        long waitingDays = 0;
        boolean compulsory = true;
        if (pupil != null) {
            waitingDays = pupil.waitingDays(planningDate);
            // Same rules as the solver's (GradeRule): under 18 and old enough for grade 1; an anonymised
            // pupil keeps no birth date.
            compulsory = pupil.birthDate() == null || (!GradeRule.isAdultAtStart(pupil.birthDate(), schoolYear)
                    && GradeRule.ageTypicalGrade(pupil.birthDate(), schoolYear) >= 1);
        }
        return new Row(placement.caseNumber(), pupil == null ? null : pupil.lastName(),
                pupil == null ? null : pupil.firstName(), placement.grade(), placement.status(),
                placement.schoolNumber(), school == null ? null : school.name(),
                school == null ? null : school.form().germanName(), municipality,
                placement.groupKind() == null ? null : placement.groupKind().label(), placement.distanceMetres(),
                placement.reason(), placement.authorities(), waitingDays, compulsory,
                placement.transit() == null ? null : placement.transit().text(), placement.unreachableByTransit(),
                placement.startDate());
    }

    String municipalityName(Address address) {
        if (address == null) {
            return null;
        }
        return municipalities.byKey(address.municipalityKey()).map(Municipality::name).orElse(address.city());
    }
}
