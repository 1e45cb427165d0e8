package de.schulplatz.web;

import de.schulplatz.audit.AuditLog;
import de.schulplatz.planning.CandidateSchools;
import de.schulplatz.planning.PublishedRuns;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.security.Account;
import de.schulplatz.security.ScopeDeniedException;
import de.schulplatz.web.PlanTable.Plan;
import de.schulplatz.web.PlanTable.Row;
import de.schulplatz.web.PlanTable.SchoolLoad;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Karte: the visible schools of a plan on a drawn map, sized by the free places they have left, with the
 * municipalities named, and under it the list of schools; a click on a school (a plain link) narrows the list to
 * it and shows its placements. For one child ({@code ?fall=}), it shows the schools the rules offer that child.
 */
@Controller
@ConditionalOnWebApplication
class MapController {

    private static final int LONGEST_SCHOOL_NUMBER = 12;

    /**
     * A row of the list of schools, flattened from the school's load for the template.
     *
     * @param share placed newcomers per 100 pupils; null when the school's size is unknown
     */
    record ListedSchool(String schoolNumber, String name, String form, String municipality, int placed, int free,
            Double share) {

        static ListedSchool of(SchoolLoad load) {
            return new ListedSchool(load.school().schoolNumber(), load.school().name(),
                    load.school().form().germanName(), load.municipality(), load.placed(), load.free(),
                    load.newcomerShare());
        }
    }

    /**
     * A school the rules offer the child the map is drawn for, nearest first.
     *
     * @param reported the places the school reports for the child's grade and kind of group
     * @param free     the places of the whole school the plan leaves free
     */
    record OfferedSchool(String schoolNumber, String name, String form, String groupKind, double km, String measure,
            int reported, int free) {
    }

    /** The map's links, keeping the run and the child the map is for (only those given). */
    record Links(Long lauf, String fall) {

        public String school(String schoolNumber) {
            return UriComponentsBuilder.fromPath("/karte").queryParam("schule", schoolNumber).queryParamIfPresent("lauf",
                    Optional.ofNullable(lauf)).queryParamIfPresent("fall", Optional.ofNullable(fall)).fragment("schulen")
                    .encode().toUriString();
        }

        public String allSchools() {
            return UriComponentsBuilder.fromPath("/karte").queryParamIfPresent("lauf", Optional.ofNullable(lauf))
                    .queryParamIfPresent("fall", Optional.ofNullable(fall)).fragment("schulen").encode().toUriString();
        }
    }

    private final PlanTable planTable;
    private final AuditLog audit;
    private final PupilRepository pupils;
    private final CandidateSchools candidateSchools;
    private final PublishedRuns publishedRuns;
    private final Clock clock;

    MapController(PlanTable planTable, AuditLog audit, PupilRepository pupils, CandidateSchools candidateSchools,
            PublishedRuns publishedRuns, Clock clock) {
        this.planTable = planTable;
        this.audit = audit;
        this.pupils = pupils;
        this.candidateSchools = candidateSchools;
        this.publishedRuns = publishedRuns;
        this.clock = clock;
    }

    /**
     * @param fall a child's Fallnummer: the map answers "where is a free place near this child" (the schools the
     *             rules offer it, nearest first, its home as a cross), in the scope of the pupil page
     */
    @GetMapping("/karte")
    String map(@RequestParam(name = "lauf", required = false) Long runId,
            @RequestParam(name = "schule", required = false) String schule,
            @RequestParam(name = "fall", required = false) String fall, @AuthenticationPrincipal Account user,
            Model model) {
        if (!planTable.hasPlanToShow(runId)) {
            return PlanTable.noPlanYet(model, "karte", "Karte");
        }
        Plan plan = planTable.of(runId, user);
        String selected = schule == null || schule.isBlank() ? null : schule.strip();
        SchoolMap.Focus focus = null;
        if (fall != null && !fall.isBlank()) {
            focus = focus(fall.strip(), plan, user, model);
        }
        List<ListedSchool> listed = plan.schools().stream()
                .filter(load -> selected == null || load.school().schoolNumber().equals(selected))
                .map(ListedSchool::of)
                .toList();
        model.addAttribute("run", plan.run());
        model.addAttribute("lauf", runId);
        model.addAttribute("links", new Links(runId, focus == null ? null : focus.caseNumber()));
        model.addAttribute("map", SchoolMap.draw(plan.schools(), selected, focus));
        model.addAttribute("schools", listed);
        model.addAttribute("selected", selected);
        if (selected != null && listed.isEmpty()) {
            // Echoed only when short: the note should help with a typo, not repeat whatever an address holds.
            String shown = selected.length() <= LONGEST_SCHOOL_NUMBER ? " „" + selected + "“" : "";
            model.addAttribute("unknownSchool", "Keine Schule mit der Schulnummer" + shown
                    + " in dieser Planung" + (user.isSchoolAuthority() ? " auf Ihrer Liste." : "."));
        }
        if (selected != null && !listed.isEmpty()) {
            List<Row> placements = plan.rows().stream()
                    .filter(row -> selected.equals(row.schoolNumber()))
                    .sorted(Comparator.comparingInt(Row::grade).thenComparing(Row::caseNumber))
                    .toList();
            model.addAttribute("placements", placements);
            // The list names the school's pupils, so it is a read of personal data like the Zuweisungen.
            audit.record(user.getUsername(), "Zuweisungen gelesen (Karte)", "Lauf " + plan.run().id() + ", Schule "
                    + selected, placements.size() + " Zeilen");
        }
        return "karte";
    }

    private SchoolMap.Focus focus(String caseNumber, Plan plan, Account user, Model model) {
        if (user.isSchoolAuthority() && !publishedRuns.isOnOwnPublishedList(caseNumber, user)) {
            throw new ScopeDeniedException("Fall " + caseNumber + " steht nicht auf der zuletzt veröffentlichten "
                    + "Liste von „" + user.schoolAuthority() + "“");
        }
        Pupil pupil = pupils.find(caseNumber)
                .orElseThrow(() -> WorkspaceErrors.PageException.notFound("Fallnummer " + caseNumber + " ist nicht bekannt"));
        CandidateSchools.PupilCandidates candidates = candidateSchools.of(caseNumber, LocalDate.now(clock)).orElse(null);
        Map<String, PlanTable.SchoolLoad> loads = plan.schools().stream()
                .collect(Collectors.toMap(load -> load.school().schoolNumber(), Function.identity(), (a, b) -> a));
        List<OfferedSchool> offered = candidates == null ? List.of() : candidates.candidates().stream()
                .filter(c -> loads.containsKey(c.schoolNumber()))
                .map(c -> new OfferedSchool(c.schoolNumber(), c.schoolName(), c.schoolForm(), c.groupKind(),
                        c.distanceMetres() / 1000.0, c.measure(), c.freePlaces(), loads.get(c.schoolNumber()).free()))
                .toList();
        model.addAttribute("fall", caseNumber);
        model.addAttribute("offered", offered);
        model.addAttribute("offeredReason", candidates == null ? null : candidates.reason());
        model.addAttribute("nearestBeyondLimit", candidates == null ? null : candidates.nearestBeyondLimit());
        audit.record(user.getUsername(), "Fall gelesen (Karte)", "Fall " + caseNumber, offered.size() + " Schulen");
        return new SchoolMap.Focus(caseNumber, offered.stream().map(OfferedSchool::schoolNumber)
                .collect(Collectors.toSet()), pupil.address() == null ? null : pupil.address().position());
    }
}
