package de.schulplatz.planning;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schoolsystem.GradeBand;
import de.schulplatz.schoolsystem.GradeRule;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schoolsystem.SchoolYear;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the eligibility rules and builds the solver's problem: for each pupil the nearest quotas of an
 * allowed school form that cover the pupil's grade and have a free place. Everything else is never
 * offered to the solver.
 */
final class CandidateFinder {

    /** The solver problem with the rule results behind it, keyed by case number. */
    record Problem(PlacementPlan plan, Map<String, Eligibility> eligibility, Map<SchoolQuota, School> schoolOf) {
    }

    private final SchoolYear schoolYear;
    private final PlanningSettings settings;

    CandidateFinder(SchoolYear schoolYear, PlanningSettings settings) {
        this.schoolYear = schoolYear;
        this.settings = settings;
    }

    Problem build(List<Pupil> pupils, List<School> schools, Map<String, List<PlaceQuota>> quotasBySchool) {
        List<SchoolQuota> quotas = new ArrayList<>();
        Map<SchoolQuota, School> schoolOf = new HashMap<>();
        for (School school : schools) {
            for (PlaceQuota quota : quotasBySchool.getOrDefault(school.schoolNumber(), List.of())) {
                SchoolQuota fact = new SchoolQuota(quotas.size(), school.schoolNumber(), school.form(),
                        school.address().position(), quota.gradeFrom(), quota.gradeTo(), quota.freePlaces());
                quotas.add(fact);
                schoolOf.put(fact, school);
            }
        }
        Map<String, Eligibility> eligibility = new LinkedHashMap<>();
        List<PupilPlacement> placements = new ArrayList<>();
        for (Pupil pupil : pupils) {
            Eligibility rules = eligibility(pupil);
            eligibility.put(pupil.caseNumber(), rules);
            List<SchoolQuota> candidates = new ArrayList<>();
            Map<SchoolQuota, Integer> distances = new HashMap<>();
            if (rules.notPlaceable() == null) {
                GeoPoint home = pupil.address().position();
                for (SchoolQuota quota : quotas) {
                    if (quota.getFreePlaces() > 0 && quota.covers(rules.grade())
                            && rules.allowedForms().contains(quota.getForm())) {
                        candidates.add(quota);
                        distances.put(quota, home.distanceMetresTo(quota.getLocation()));
                    }
                }
                candidates.sort(Comparator.comparingInt(distances::get));
                if (candidates.size() > settings.maxCandidates()) {
                    candidates = new ArrayList<>(candidates.subList(0, settings.maxCandidates()));
                    distances.keySet().retainAll(candidates);
                }
            }
            placements.add(new PupilPlacement(pupil.caseNumber(), rules.grade(), candidates, distances));
        }
        return new Problem(new PlacementPlan(quotas, placements), eligibility, schoolOf);
    }

    Eligibility eligibility(Pupil pupil) {
        int ageTypical = GradeRule.ageTypicalGrade(pupil.birthDate(), schoolYear);
        int grade = pupil.counsellorGrade() != null ? pupil.counsellorGrade() : Math.max(ageTypical, 1);
        GradeBand band = GradeBand.of(grade);
        Set<SchoolForm> recommended = pupil.recommendedForms().isEmpty() ? band.defaultForms()
                : EnumSet.copyOf(pupil.recommendedForms());
        Set<SchoolForm> allowed = EnumSet.noneOf(SchoolForm.class);
        recommended.stream().filter(form -> form.teaches(grade)).forEach(allowed::add);

        String notPlaceable = null;
        if (pupil.counsellorGrade() == null && ageTypical < 1) {
            notPlaceable = "noch nicht schulpflichtig: Einschulung erst zum Schuljahr "
                    + new SchoolYear(schoolYear.startYear() + 1 - ageTypical).label();
        } else if (!settings.placeAdults() && GradeRule.isAdultAtStart(pupil.birthDate(), schoolYear)) {
            notPlaceable = "nicht mehr schulpflichtig (18 Jahre oder älter zu Beginn des Schuljahres "
                    + schoolYear.label() + "); nur freiwilliges Angebot über die Beratung";
        } else if (allowed.isEmpty()) {
            notPlaceable = "keine der empfohlenen Schulformen (" + ReasonTexts.formNames(recommended)
                    + ") unterrichtet Jahrgang " + grade;
        }
        return new Eligibility(pupil.caseNumber(), grade, band, allowed, notPlaceable);
    }
}
