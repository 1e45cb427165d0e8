package de.schulplatz.web;

import de.schulplatz.audit.AuditLog;
import de.schulplatz.security.Account;
import de.schulplatz.web.PlanTable.Plan;
import de.schulplatz.web.PlanTable.Row;
import de.schulplatz.web.PlanTable.SchoolLoad;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Karte: the visible schools of a plan on a drawn map, sized by their share of newcomers, and under it the
 * list of schools; a click on a school (a plain link) narrows the list to it and shows its placements.
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

    private final PlanTable planTable;
    private final AuditLog audit;

    MapController(PlanTable planTable, AuditLog audit) {
        this.planTable = planTable;
        this.audit = audit;
    }

    @GetMapping("/karte")
    String map(@RequestParam(name = "lauf", required = false) Long runId,
            @RequestParam(name = "schule", required = false) String schule, @AuthenticationPrincipal Account user,
            Model model) {
        if (!planTable.hasPlanToShow(runId)) {
            return PlanTable.noPlanYet(model, "karte", "Karte");
        }
        Plan plan = planTable.of(runId, user);
        String selected = schule == null || schule.isBlank() ? null : schule.strip();
        List<ListedSchool> listed = plan.schools().stream()
                .filter(load -> selected == null || load.school().schoolNumber().equals(selected))
                .map(ListedSchool::of)
                .toList();
        model.addAttribute("run", plan.run());
        model.addAttribute("lauf", runId);
        model.addAttribute("map", SchoolMap.draw(plan.schools(), selected));
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
}
