package de.schulplatz.web;

import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.audit.AuditLog;
import de.schulplatz.security.Account;
import de.schulplatz.web.PlanTable.Plan;
import de.schulplatz.web.PlanTable.Row;
import java.util.Comparator;
import java.util.List;
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
            @AuthenticationPrincipal Account user, Model model) {
        if (!planTable.hasPlanToShow(lauf)) {
            return PlanTable.noPlanYet(model, "nicht-zugewiesen", "Nicht zugewiesen");
        }
        Plan plan = planTable.of(lauf, user);
        List<Row> waiting = plan.rows().stream()
                .filter(row -> row.status() == PlacementStatus.NICHT_ZUGEWIESEN || row.status() == PlacementStatus.PLATZ_AB)
                .sorted(URGENCY)
                .toList();
        // Placed, but the public-transport check found the school not reachable: the authority decides on them too.
        List<Row> unreachable = plan.rows().stream().filter(Row::unreachableByTransit).sorted(URGENCY).toList();
        model.addAttribute("run", plan.run());
        model.addAttribute("waiting", waiting);
        model.addAttribute("unreachable", unreachable);
        audit.record(user.getUsername(), "Warteliste gelesen (Arbeitsbereich)", "Lauf " + plan.run().id(),
                waiting.size() + " Zeilen");
        return "nicht-zugewiesen";
    }
}
