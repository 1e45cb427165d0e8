package de.schulplatz.web;

import de.schulplatz.audit.AuditLog;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.security.Account;
import de.schulplatz.web.PlanTable.Plan;
import de.schulplatz.web.PlanTable.Row;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Nicht zugewiesen: the pupils the plan leaves without a place, most urgent first, each with its reason. */
@Controller
@ConditionalOnWebApplication
class WaitingListController {

    /**
     * Compulsory-age pupils first (the law obliges them to attend, so the KI must act on them first), then
     * the longest waiting; the case number only makes the order stable between page loads.
     */
    static final Comparator<Row> URGENCY = Comparator.comparing((Row row) -> !row.compulsory())
            .thenComparing(Comparator.comparingLong(Row::waitingDays).reversed())
            .thenComparing(Row::caseNumber);

    private final PlanTable planTable;
    private final AuditLog audit;

    WaitingListController(PlanTable planTable, AuditLog audit) {
        this.planTable = planTable;
        this.audit = audit;
    }

    @GetMapping("/nicht-zugewiesen")
    String waitingList(@RequestParam(name = "lauf", required = false) Long lauf,
            @RequestParam(defaultValue = "") String gemeinde, @RequestParam(defaultValue = "") String jahrgang,
            @RequestParam(defaultValue = "") String suche, @AuthenticationPrincipal Account user, Model model) {
        if (!planTable.hasPlanToShow(lauf)) {
            return PlanTable.noPlanYet(model, "nicht-zugewiesen", "Nicht zugewiesen");
        }
        Plan plan = planTable.of(lauf, user);
        List<Row> all = plan.rows().stream()
                .filter(row -> row.status() == PlacementStatus.NICHT_ZUGEWIESEN || row.status() == PlacementStatus.PLATZ_AB)
                .sorted(URGENCY)
                .toList();
        String municipality = gemeinde.strip();
        String grade = jahrgang.strip();
        String search = suche.strip();
        List<Row> waiting = all.stream().filter(row -> matches(row, municipality, grade, search)).toList();
        // Placed, but the public-transport check found the school not reachable: the authority decides on them too.
        List<Row> unreachable = plan.rows().stream().filter(Row::unreachableByTransit).sorted(URGENCY).toList();
        model.addAttribute("run", plan.run());
        model.addAttribute("lauf", lauf);
        model.addAttribute("all", all.size());
        model.addAttribute("waiting", waiting);
        model.addAttribute("unreachable", unreachable);
        model.addAttribute("filters", new Filters(municipality, grade, search));
        List<Row> forMunicipality = all.stream().filter(row -> matches(row, "", grade, search)).toList();
        model.addAttribute("municipalityOptions", new TreeSet<>(all.stream().map(Row::municipality)
                .filter(Objects::nonNull).toList()).stream()
                .map(value -> new PlacementsController.Option(value, value,
                        forMunicipality.stream().filter(row -> value.equals(row.municipality())).count()))
                .toList());
        List<Row> forGrade = all.stream().filter(row -> matches(row, municipality, "", search)).toList();
        model.addAttribute("gradeOptions", new TreeSet<>(all.stream().map(Row::grade).toList()).stream()
                .map(value -> new PlacementsController.Option(value.toString(), "Jahrgang " + value,
                        forGrade.stream().filter(row -> row.grade() == value).count()))
                .toList());
        audit.record(user.getUsername(), "Warteliste gelesen (Arbeitsbereich)", "Lauf " + plan.run().id()
                + (municipality.isEmpty() ? "" : ", Gemeinde " + municipality)
                + (grade.isEmpty() ? "" : ", Jahrgang " + grade) + (search.isEmpty() ? "" : ", Suche"),
                waiting.size() + " Zeilen");
        return "nicht-zugewiesen";
    }

    /** The filters as chosen; empty means "all". */
    public record Filters(String municipality, String grade, String search) {

        public boolean any() {
            return !municipality.isEmpty() || !grade.isEmpty() || !search.isEmpty();
        }
    }

    private static boolean matches(Row row, String municipality, String grade, String search) {
        return (municipality.isEmpty() || municipality.equals(row.municipality()))
                && (grade.isEmpty() || grade.equals(Integer.toString(row.grade())))
                && (search.isEmpty() || PlacementsController.found(row, search));
    }
}
