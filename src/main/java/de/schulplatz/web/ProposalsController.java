package de.schulplatz.web;

import de.schulplatz.audit.AuditLog;
import de.schulplatz.overrides.OverrideProposals;
import de.schulplatz.overrides.OverrideProposals.Proposal;
import de.schulplatz.security.Account;
import de.schulplatz.security.Role;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Vorschläge: for the administration every open proposal of the Beratung, to accept or reject with a note;
 * for the Beratung its own proposals, open and decided, with the decision and its note.
 */
@Controller
@ConditionalOnWebApplication
class ProposalsController {

    /** Decided proposals shown, newest first. */
    static final int DECIDED_SHOWN = 50;

    private final OverrideProposals proposals;
    private final AuditLog audit;

    ProposalsController(OverrideProposals proposals, AuditLog audit) {
        this.proposals = proposals;
        this.audit = audit;
    }

    @GetMapping("/vorschlaege")
    String proposals(@AuthenticationPrincipal Account user, Model model) {
        String onlyBy = user.role() == Role.ADMIN ? null : user.getUsername();
        List<Proposal> open = proposals.list(OverrideProposals.Status.OFFEN, onlyBy);
        List<Proposal> decided = proposals.list(null, onlyBy).stream()
                .filter(p -> p.status() != OverrideProposals.Status.OFFEN).limit(DECIDED_SHOWN).toList();
        model.addAttribute("open", open);
        model.addAttribute("decided", decided);
        model.addAttribute("page", "vorschlaege");
        audit.record(user.getUsername(), "Vorschläge gelesen (Arbeitsbereich)", onlyBy == null ? "alle" : "eigene",
                open.size() + " offen");
        return "vorschlaege";
    }
}
