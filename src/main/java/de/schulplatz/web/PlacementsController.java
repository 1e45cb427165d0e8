package de.schulplatz.web;

import de.schulplatz.audit.AuditLog;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.security.Account;
import de.schulplatz.security.ScopeDeniedException;
import de.schulplatz.web.PlanTable.Plan;
import de.schulplatz.web.PlanTable.Row;
import de.schulplatz.web.PlanTable.SchoolLoad;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Zuweisungen: every placement of a plan (the latest published unless a run is chosen) with its reason,
 * filterable by school, authority, municipality, school form and status, and per school the places used
 * and free. A Schulaufsicht sees the rows and schools of its own list only.
 */
@Controller
@ConditionalOnWebApplication
class PlacementsController {

    /** The filters as chosen; empty text means "all". */
    public record Filters(String school, String authority, String municipality, String schoolForm, String status) {

        public boolean any() {
            return Stream.of(school, authority, municipality, schoolForm, status).anyMatch(f -> !f.isEmpty());
        }

        public String describe() {
            StringBuilder text = new StringBuilder();
            append(text, "Schule", school);
            append(text, "Schulaufsicht", authority);
            append(text, "Gemeinde", municipality);
            append(text, "Schulform", schoolForm);
            append(text, "Status", status);
            return text.toString();
        }

        private static void append(StringBuilder text, String name, String value) {
            if (!value.isEmpty()) {
                text.append(", ").append(name).append(' ').append(value);
            }
        }
    }

    /** A choice in a filter list. */
    public record Option(String value, String label) {
    }

    private final PlanTable planTable;
    private final AuditLog audit;

    PlacementsController(PlanTable planTable, AuditLog audit) {
        this.planTable = planTable;
        this.audit = audit;
    }

    @GetMapping("/zuweisungen")
    String placements(@RequestParam(required = false) Long lauf,
            @RequestParam(defaultValue = "") String schule, @RequestParam(defaultValue = "") String aufsicht,
            @RequestParam(defaultValue = "") String gemeinde, @RequestParam(defaultValue = "") String schulform,
            @RequestParam(defaultValue = "") String status, @AuthenticationPrincipal Account user, Model model) {
        Filters filters = new Filters(schule.strip(), aufsicht.strip(), gemeinde.strip(), schulform.strip(),
                status.strip());
        if (!filters.authority().isEmpty() && !user.mayReadListOf(filters.authority())) {
            throw new ScopeDeniedException("Keine Berechtigung für die Liste von „" + filters.authority()
                    + "“; sichtbar ist nur die Liste von „" + user.schoolAuthority() + "“");
        }
        if (!planTable.hasPlanToShow(lauf)) {
            return PlanTable.noPlanYet(model, "zuweisungen", "Zuweisungen");
        }
        Plan plan = planTable.of(lauf, user);
        List<Row> rows = plan.rows().stream().filter(matches(filters)).toList();
        List<SchoolLoad> schools = plan.schools().stream().filter(loadMatches(filters)).toList();
        model.addAttribute("plan", plan);
        model.addAttribute("lauf", lauf);
        model.addAttribute("rows", rows);
        model.addAttribute("schools", schools);
        model.addAttribute("filters", filters);
        model.addAttribute("schoolOptions", plan.schools().stream()
                .map(load -> new Option(load.school().schoolNumber(), load.school().name() + " ("
                        + load.school().schoolNumber() + ")")).toList());
        model.addAttribute("authorityOptions", sorted(plan.rows().stream().flatMap(r -> r.authorities().stream())
                .filter(user::mayReadListOf).toList()));
        model.addAttribute("municipalityOptions", sorted(plan.rows().stream().map(Row::municipality).toList()));
        model.addAttribute("formOptions", sorted(plan.rows().stream().map(Row::schoolForm).toList()));
        model.addAttribute("statusOptions", Arrays.stream(PlacementStatus.values())
                .map(s -> new Option(s.name(), s.label())).toList());
        audit.record(user.getUsername(), "Zuweisungen gelesen (Arbeitsbereich)", "Lauf " + plan.run().id()
                + filters.describe(), rows.size() + " Zeilen");
        return "zuweisungen";
    }

    private static List<String> sorted(Collection<String> values) {
        return List.copyOf(new TreeSet<>(values.stream().filter(Objects::nonNull).toList()));
    }

    private static Predicate<Row> matches(Filters filters) {
        return row -> (filters.school().isEmpty() || filters.school().equals(row.schoolNumber()))
                && (filters.authority().isEmpty() || row.authorities().contains(filters.authority()))
                && (filters.municipality().isEmpty() || filters.municipality().equals(row.municipality()))
                && (filters.schoolForm().isEmpty() || filters.schoolForm().equals(row.schoolForm()))
                && (filters.status().isEmpty() || filters.status().equals(row.status().name()));
    }

    private static Predicate<SchoolLoad> loadMatches(Filters filters) {
        return load -> (filters.school().isEmpty() || filters.school().equals(load.school().schoolNumber()))
                && (filters.authority().isEmpty() || filters.authority().equals(load.school().authority()))
                && (filters.municipality().isEmpty() || filters.municipality().equals(load.municipality()))
                && (filters.schoolForm().isEmpty() || filters.schoolForm().equals(load.school().form().germanName()));
    }
}
