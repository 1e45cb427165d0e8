package de.schulplatz.web;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.batch.RunOperations;
import de.schulplatz.batch.RunStatuses;
import de.schulplatz.batch.RunViews.RunSummary;
import de.schulplatz.batch.PlacementRunner.StartedRun;
import de.schulplatz.batch.RunAlreadyActiveException;
import de.schulplatz.operations.NightlyRuns;
import de.schulplatz.security.Account;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Übersicht: the last runs, the run going on with its live progress, and the button to start one. */
@Controller
@ConditionalOnWebApplication
class OverviewController {

    static final int RECENT_RUNS = 15;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final RunStatuses statuses;
    private final NightlyRuns nightlyRuns;
    private final RunOperations operations;

    OverviewController(RunStatuses statuses, NightlyRuns nightlyRuns, RunOperations operations) {
        this.statuses = statuses;
        this.nightlyRuns = nightlyRuns;
        this.operations = operations;
    }

    @GetMapping("/")
    String overview(@AuthenticationPrincipal Account user, Model model) {
        runs(user, model);
        return "uebersicht";
    }

    /** The part of the page that the browser reloads every few seconds while a run is going on. */
    @GetMapping("/laeufe/aktuell")
    String current(@AuthenticationPrincipal Account user, Model model) {
        runs(user, model);
        return "uebersicht :: laeufe";
    }

    /** Starts a run like the nightly one: the inbox's new files, then planning and lists. */
    @PostMapping("/laeufe")
    String start(@AuthenticationPrincipal Account user, RedirectAttributes redirect) {
        try {
            StartedRun started = nightlyRuns.startInBackground(user.getUsername());
            redirect.addFlashAttribute("notice", "Lauf Nr. " + started.runNumber() + " vom "
                    + DATE.format(started.planningDate()) + " ist gestartet. Der Fortschritt erscheint unten.");
            redirect.addFlashAttribute("justStarted", true);
        } catch (RunAlreadyActiveException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/";
    }

    /** Continues a failed or stopped run from the step where it ended (as `restart` and the API do). */
    @PostMapping("/laeufe/{id}/fortsetzen")
    String restart(@PathVariable long id, @AuthenticationPrincipal Account user, RedirectAttributes redirect) {
        try {
            RunOperations.Restart restart = operations.restart(id, user.getUsername());
            String status = restart.view().status();
            if (!restart.finished()) {
                redirect.addFlashAttribute("notice", "Lauf " + id + " wird fortgesetzt. Der Fortschritt erscheint unten.");
                redirect.addFlashAttribute("justStarted", true);
            } else if (status.equals(BatchStatus.COMPLETED.name())) {
                redirect.addFlashAttribute("notice", "Lauf " + id + " ist fortgesetzt und abgeschlossen.");
            } else {
                redirect.addFlashAttribute("problem", "Lauf " + id + " ist beim Fortsetzen wieder "
                        + RunStatuses.statusText(BatchStatus.valueOf(status))
                        + ". Den Grund nennen der Fehlerbericht und das Protokoll des Dienstes.");
            }
        } catch (RunAlreadyActiveException | RequestRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/";
    }

    /** Ends the solver of the running run early; its best plan is saved, published only once continued. */
    @PostMapping("/laeufe/{id}/anhalten")
    String stop(@PathVariable long id, @AuthenticationPrincipal Account user, RedirectAttributes redirect)
            throws Exception {
        try {
            redirect.addFlashAttribute("notice", operations.stop(id, user.getUsername()).message());
        } catch (RequestRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/";
    }

    private void runs(Account user, Model model) {
        // A Schulaufsicht knows only the plans it was sent.
        List<RunSummary> recent = statuses.recent(RECENT_RUNS, user);
        model.addAttribute("runs", recent);
        model.addAttribute("active", user.isSchoolAuthority() ? null : statuses.active().orElse(null));
    }
}
