package de.schulplatz.web;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.overrides.OverrideProposals;
import de.schulplatz.planning.PublishedRuns;
import de.schulplatz.audit.AuditLog;
import de.schulplatz.overrides.Override;
import de.schulplatz.overrides.AuthorityDecisions;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.overrides.OverrideRejectedException;
import de.schulplatz.overrides.OverrideRepository;
import de.schulplatz.overrides.OverrideRequest;
import de.schulplatz.overrides.OverrideService;
import de.schulplatz.planning.CandidateSchools;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlacementRepository.PlacementVersion;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import de.schulplatz.security.Account;
import de.schulplatz.security.ScopeDeniedException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Schüler:in: one case with its data, the schools the rules allow, the current placement and its reason,
 * every version and override; an administrator corrects the placement here (with a required reason), and
 * the next run ("neu planen") applies it. A Schulaufsicht sees a pupil of its own published list only, and
 * neither the candidate list nor the KI's overrides (their reasons are the KI's working notes).
 */
@Controller
@ConditionalOnWebApplication
class PupilController {

    /** Where corrections made on this page come from, in the override's history. */
    static final String SOURCE = "Arbeitsbereich";
    /** The corrections offered on the page; places and release have their own forms or none here. */
    static final List<OverrideAction> PUPIL_ACTIONS = List.of(OverrideAction.FEST_ZUWEISEN, OverrideAction.AUSSCHLIESSEN,
            OverrideAction.ZURUECKZIEHEN, OverrideAction.BESTAETIGEN);

    private final PupilRepository pupils;
    private final SchoolRepository schools;
    private final PlacementRepository placements;
    private final OverrideRepository overrideHistory;
    private final OverrideService overrides;
    private final CandidateSchools candidateSchools;
    private final OverrideProposals proposals;
    private final PublishedRuns publishedRuns;
    private final PlanTable planTable;
    private final AuditLog audit;
    private final Clock clock;
    private final AuthorityDecisions decisions;

    PupilController(PupilRepository pupils, SchoolRepository schools, PlacementRepository placements,
            OverrideRepository overrideHistory, OverrideService overrides, CandidateSchools candidateSchools,
            OverrideProposals proposals, PublishedRuns publishedRuns, PlanTable planTable, AuditLog audit,
            Clock clock, AuthorityDecisions decisions) {
        this.decisions = decisions;
        this.proposals = proposals;
        this.pupils = pupils;
        this.schools = schools;
        this.placements = placements;
        this.overrideHistory = overrideHistory;
        this.overrides = overrides;
        this.candidateSchools = candidateSchools;
        this.publishedRuns = publishedRuns;
        this.planTable = planTable;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/schueler/{caseNumber}")
    String pupil(@PathVariable String caseNumber, @AuthenticationPrincipal Account user, Model model) {
        if (user.isSchoolAuthority() && !publishedRuns.isOnOwnPublishedList(caseNumber, user)) {
            // Also for unknown case numbers: an authority learns nothing about pupils outside its list.
            throw new ScopeDeniedException("Fall " + caseNumber + " steht nicht auf der zuletzt veröffentlichten "
                    + "Liste von „" + user.schoolAuthority() + "“");
        }
        Pupil pupil = pupils.find(caseNumber)
                .orElseThrow(() -> WorkspaceErrors.PageException.notFound("Fallnummer " + caseNumber + " ist nicht bekannt"));
        List<PlacementVersion> versions = placements.history(caseNumber);
        if (user.isSchoolAuthority()) {
            // Only the plans the authority was sent, not the KI's working runs.
            versions = versions.stream().filter(v -> v.publishedAt() != null).toList();
        }
        Map<String, School> schoolsByNumber = schools.findAll().stream()
                .collect(Collectors.toMap(School::schoolNumber, Function.identity()));
        model.addAttribute("pupil", pupil);
        model.addAttribute("anonymised", pupils.isAnonymised(caseNumber));
        model.addAttribute("municipality", planTable.municipalityName(pupil.address()));
        List<PlacementVersion> newestFirst = new ArrayList<>(versions);
        Collections.reverse(newestFirst);
        model.addAttribute("versions", newestFirst);
        model.addAttribute("current", versions.isEmpty() ? null : versions.get(versions.size() - 1));
        model.addAttribute("wishes", pupil.wishedSchools().stream().filter(w -> !w.isEmpty())
                .map(w -> schoolsByNumber.containsKey(w) ? schoolsByNumber.get(w).name() + " (" + w + ")" : w)
                .toList());
        model.addAttribute("siblings", pupil.familyId() == null ? List.of() : pupils.findAll().stream()
                .filter(p -> pupil.familyId().equals(p.familyId()) && !p.caseNumber().equals(caseNumber))
                .map(Pupil::caseNumber)
                // A sibling at a school of another authority is none of this authority's business.
                .filter(sibling -> !user.isSchoolAuthority() || publishedRuns.isOnOwnPublishedList(sibling, user))
                .sorted().toList());
        if (user.isSchoolAuthority()) {
            model.addAttribute("decidable", decisions.decidableSchool(caseNumber, user.schoolAuthority()).orElse(null));
            model.addAttribute("decisions", AuthorityDecisions.Decision.values());
        }
        if (!user.isSchoolAuthority()) {
            List<Override> corrections = overrideHistory.ofPupil(caseNumber).stream()
                    .sorted(Comparator.comparingLong(Override::id).reversed()).toList();
            model.addAttribute("overrides", corrections);
            model.addAttribute("proposals", proposals.openOfPupil(caseNumber));
            model.addAttribute("candidates", candidateSchools.of(caseNumber, LocalDate.now(clock)).orElse(null));
            model.addAttribute("actions", PUPIL_ACTIONS);

        }
        audit.record(user.getUsername(), "Fall gelesen (Arbeitsbereich)", "Fall " + caseNumber,
                versions.size() + " Fassungen");
        return "schueler";
    }

    /** A correction by an administrator (role checked by the security rules); the next run applies it. */
    @PostMapping("/schueler/{caseNumber}/korrekturen")
    String correct(@PathVariable String caseNumber, @RequestParam String aktion,
            @RequestParam(defaultValue = "") String schule, @RequestParam(defaultValue = "") String grund,
            @AuthenticationPrincipal Account user, RedirectAttributes redirect) {
        Requested requested = Requested.of(aktion, schule, redirect);
        if (requested == null) {
            keepInput(redirect, aktion, schule, grund);
            return redirectTo(caseNumber);
        }
        try {
            Override stored = overrides.apply(OverrideRequest.forPupil(requested.action(), caseNumber,
                    requested.school(), grund.strip(), user.getUsername(), SOURCE));
            audit.record(user.getUsername(), "Korrektur angelegt", stored.describe(), "ok");
            redirect.addFlashAttribute("notice", "Korrektur Nr. " + stored.id() + " („" + requested.action().label()
                    + "“) gespeichert. Sie wirkt ab dem nächsten Planungslauf: „Neu planen“ startet ihn.");
        } catch (OverrideRejectedException e) {
            audit.record(user.getUsername(), "Korrektur angelegt", requested.action().command() + ", Fall " + caseNumber
                    + (requested.school() == null ? "" : ", Schule " + requested.school()), "abgelehnt: " + e.getMessage());
            redirect.addFlashAttribute("problem", "Korrektur abgelehnt: " + e.getMessage());
            keepInput(redirect, aktion, schule, grund);
        }
        return redirectTo(caseNumber);
    }

    /**
     * A proposal of the counselling: stored as asked and checked when an administrator accepts it here or
     * through the API (OverrideProposals).
     */
    @PostMapping("/schueler/{caseNumber}/vorschlaege")
    String propose(@PathVariable String caseNumber, @RequestParam String aktion,
            @RequestParam(defaultValue = "") String schule, @RequestParam(defaultValue = "") String grund,
            @AuthenticationPrincipal Account user, RedirectAttributes redirect) {
        Requested requested = Requested.of(aktion, schule, redirect);
        if (requested == null) {
            keepInput(redirect, aktion, schule, grund);
            return redirectTo(caseNumber);
        }
        if (pupils.find(caseNumber).isEmpty()) {
            throw WorkspaceErrors.PageException.notFound("Fallnummer " + caseNumber + " ist nicht bekannt");
        }
        try {
            OverrideProposals.Proposal proposal = proposals.proposeForPupil(requested.action(), caseNumber,
                    requested.school(), grund, user.getUsername());
            redirect.addFlashAttribute("notice", "Vorschlag Nr. " + proposal.id() + " („" + requested.action().label()
                    + "“) gespeichert. Die Administration entscheidet darüber.");
        } catch (RequestRefusedException e) {
            redirect.addFlashAttribute("problem", "Vorschlag abgelehnt: " + e.getMessage());
            keepInput(redirect, aktion, schule, grund);
        }
        return redirectTo(caseNumber);
    }

    /** An administrator accepts a proposal about this pupil: it becomes an override, checked as every one. */
    @PostMapping("/schueler/{caseNumber}/vorschlaege/{id}/annehmen")
    String accept(@PathVariable String caseNumber, @PathVariable long id,
            @RequestParam(defaultValue = "") String notiz, @RequestParam(defaultValue = "") String zurueck,
            @AuthenticationPrincipal Account user, RedirectAttributes redirect) {
        requireProposalOf(caseNumber, id);
        try {
            OverrideProposals.Proposal accepted = proposals.accept(id, user.getUsername(), notiz);
            redirect.addFlashAttribute("notice", "Vorschlag Nr. " + id + " angenommen: Korrektur Nr. "
                    + accepted.overrideId() + ". Sie wirkt ab dem nächsten Planungslauf.");
        } catch (OverrideRejectedException e) {
            redirect.addFlashAttribute("problem", "Vorschlag Nr. " + id + " kann so nicht gelten: " + e.getMessage()
                    + ". Er bleibt offen.");
        } catch (RequestRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return backTo(zurueck, caseNumber);
    }

    @PostMapping("/schueler/{caseNumber}/vorschlaege/{id}/ablehnen")
    String reject(@PathVariable String caseNumber, @PathVariable long id,
            @RequestParam(defaultValue = "") String notiz, @RequestParam(defaultValue = "") String zurueck,
            @AuthenticationPrincipal Account user, RedirectAttributes redirect) {
        requireProposalOf(caseNumber, id);
        try {
            proposals.reject(id, user.getUsername(), notiz);
            redirect.addFlashAttribute("notice", "Vorschlag Nr. " + id + " abgelehnt.");
        } catch (RequestRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return backTo(zurueck, caseNumber);
    }

    /**
     * A decision of the Schulaufsicht on the child's published place at one of its schools (role checked by
     * the security rules, the school's authority here): admitted, or declined with a reason.
     */
    @PostMapping("/schueler/{caseNumber}/entscheidung")
    String decide(@PathVariable String caseNumber, @RequestParam String entscheidung,
            @RequestParam(defaultValue = "") String grund, @AuthenticationPrincipal Account user,
            RedirectAttributes redirect) {
        if (!publishedRuns.isOnOwnPublishedList(caseNumber, user)) {
            throw new ScopeDeniedException("Fall " + caseNumber + " steht nicht auf der zuletzt veröffentlichten "
                    + "Liste von „" + user.schoolAuthority() + "“");
        }
        AuthorityDecisions.Decision decision = AuthorityDecisions.Decision.parse(entscheidung).orElse(null);
        if (decision == null) {
            redirect.addFlashAttribute("problem", "Bitte „zugewiesen“, „Aufnahme bestätigt“ oder „abgelehnt“ wählen.");
            keepInput(redirect, entscheidung, "", grund);
            return redirectTo(caseNumber);
        }
        try {
            Override stored = decisions.decide(caseNumber, decision, grund, user.getUsername(), user.schoolAuthority());
            audit.record(user.getUsername(), "Entscheidung der Schulaufsicht", stored.describe(), "ok");
            redirect.addFlashAttribute("notice", "Entscheidung gespeichert („" + decision.label() + "“, Nr. "
                    + stored.id() + "). " + switch (decision) {
                        case ABGELEHNT -> "Der nächste Planungslauf plant das Kind an einer anderen Schule.";
                        case ZUGEWIESEN -> "Das Kind bleibt dieser Schule fest zugewiesen, bis die Schule über die "
                                + "Aufnahme entscheidet.";
                        case AUFGENOMMEN -> "Die Aufnahme durch die Schule ist bestätigt.";
                    });
        } catch (OverrideRejectedException e) {
            audit.record(user.getUsername(), "Entscheidung der Schulaufsicht", decision.value() + ", Fall " + caseNumber,
                    "abgelehnt: " + e.getMessage());
            redirect.addFlashAttribute("problem", "Entscheidung nicht möglich: " + e.getMessage());
            keepInput(redirect, entscheidung, "", grund);
        }
        return redirectTo(caseNumber);
    }

    /** A refused form comes back as it was filled in: the reason typed is never lost. */
    private static void keepInput(RedirectAttributes redirect, String aktion, String schule, String grund) {
        redirect.addFlashAttribute("formAktion", aktion);
        redirect.addFlashAttribute("formSchule", schule);
        redirect.addFlashAttribute("formGrund", grund);
    }

    private void requireProposalOf(String caseNumber, long id) {
        boolean ofThisPupil = proposals.find(id).map(p -> caseNumber.equals(p.caseNumber())).orElse(false);
        if (!ofThisPupil) {
            throw WorkspaceErrors.PageException.notFound("Fall " + caseNumber + " hat keinen Vorschlag Nr. " + id);
        }
    }

    /** The correction asked for in the form: one of the pupil actions, with a school where it needs one. */
    private record Requested(OverrideAction action, String school) {

        /** Null (and the German problem as flash message) when the form is incomplete. */
        static Requested of(String aktion, String schule, RedirectAttributes redirect) {
            OverrideAction action = OverrideAction.parse(aktion).filter(PUPIL_ACTIONS::contains).orElse(null);
            if (action == null) {
                redirect.addFlashAttribute("problem", "Unbekannte Korrektur „" + aktion + "“");
                return null;
            }
            String school = action == OverrideAction.ZURUECKZIEHEN || schule.isBlank() ? null : schule.strip();
            if (school == null && (action == OverrideAction.FEST_ZUWEISEN || action == OverrideAction.AUSSCHLIESSEN)) {
                redirect.addFlashAttribute("problem", "Bitte eine Schule wählen: „" + action.label()
                        + "“ braucht eine Schule.");
                return null;
            }
            return new Requested(action, school);
        }
    }

    /** Ends an override of this pupil (administrator). */
    @PostMapping("/schueler/{caseNumber}/korrekturen/{id}/aufheben")
    String release(@PathVariable String caseNumber, @PathVariable long id,
            @RequestParam(defaultValue = "") String grund, @AuthenticationPrincipal Account user,
            RedirectAttributes redirect) {
        boolean ofThisPupil = overrideHistory.find(id).map(o -> caseNumber.equals(o.caseNumber())).orElse(false);
        if (!ofThisPupil) {
            throw WorkspaceErrors.PageException.notFound("Fall " + caseNumber + " hat keine Korrektur Nr. " + id);
        }
        try {
            Override stored = overrides.apply(OverrideRequest.release(id, grund.strip(), user.getUsername(), SOURCE));
            audit.record(user.getUsername(), "Korrektur angelegt", stored.describe(), "ok");
            redirect.addFlashAttribute("notice", "Korrektur Nr. " + id + " aufgehoben. Das wirkt ab dem nächsten "
                    + "Planungslauf.");
        } catch (OverrideRejectedException e) {
            audit.record(user.getUsername(), "Korrektur angelegt", "release Nr. " + id + ", Fall " + caseNumber,
                    "abgelehnt: " + e.getMessage());
            redirect.addFlashAttribute("problem", "Aufheben abgelehnt: " + e.getMessage());
        }
        return redirectTo(caseNumber);
    }

    /** Back to the proposals page when the decision was made there (the only other page allowed). */
    private static String backTo(String page, String caseNumber) {
        return "vorschlaege".equals(page) ? "redirect:/vorschlaege" : redirectTo(caseNumber);
    }

    private static String redirectTo(String caseNumber) {
        return "redirect:/schueler/" + UriUtils.encodePathSegment(caseNumber, StandardCharsets.UTF_8);
    }
}
