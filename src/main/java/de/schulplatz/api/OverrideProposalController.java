package de.schulplatz.api;

import de.schulplatz.overrides.OverrideProposals;
import de.schulplatz.overrides.OverrideBody;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.overrides.OverrideProposals.Proposal;
import de.schulplatz.overrides.OverrideProposals.Status;
import de.schulplatz.security.Account;
import de.schulplatz.security.Role;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposals of overrides: the counselling proposes, an administrator accepts or rejects. The counselling
 * sees its own proposals and how they were decided; an administrator sees all.
 */
@RestController
@ConditionalOnWebApplication
class OverrideProposalController {

    /** A proposal; {@code overrideId} is the override made when it was accepted. */
    record ProposalView(long id, String action, String actionText, String caseNumber, String schoolNumber,
            String groupKind, Integer gradeFrom, Integer gradeTo, Integer freePlaces, LocalDate effectiveFrom,
            Long releaseId, String reason, String proposedBy, OffsetDateTime proposedAt, String status,
            String decidedBy, OffsetDateTime decidedAt, String decisionNote, Long overrideId) {

        static ProposalView of(Proposal p) {
            return new ProposalView(p.id(), p.action().command(), p.action().label(), p.caseNumber(), p.schoolNumber(),
                    p.groupKind() == null ? null : p.groupKind().label(), p.gradeFrom(), p.gradeTo(), p.freePlaces(),
                    p.effectiveFrom(), p.releaseId(), p.reason(), p.proposedBy(), p.proposedAt(),
                    p.status().name().toLowerCase(Locale.ROOT), p.decidedBy(), p.decidedAt(), p.decisionNote(),
                    p.overrideId());
        }
    }

    /** Optional note of the administrator's decision. */
    record Decision(String note) {
    }

    private final OverrideProposals proposals;

    OverrideProposalController(OverrideProposals proposals) {
        this.proposals = proposals;
    }

    @PostMapping("/api/override-proposals")
    ResponseEntity<ProposalView> propose(@RequestBody OverrideBody body, @AuthenticationPrincipal Account user) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ProposalView.of(proposals.propose(body, user.getUsername())));
    }

    /** {@code status}: offen (default), angenommen, abgelehnt or alle. */
    @GetMapping("/api/override-proposals")
    List<ProposalView> list(@RequestParam(defaultValue = "offen") String status,
            @AuthenticationPrincipal Account user) {
        Status wanted = parseStatus(status);
        String onlyBy = user.role() == Role.ADMIN ? null : user.getUsername();
        return proposals.list(wanted, onlyBy).stream().map(ProposalView::of).toList();
    }

    @PostMapping("/api/override-proposals/{id}/accept")
    ProposalView accept(@PathVariable long id, @RequestBody(required = false) Decision decision,
            @AuthenticationPrincipal Account user) {
        return ProposalView.of(proposals.accept(id, user.getUsername(), decision == null ? null : decision.note()));
    }

    @PostMapping("/api/override-proposals/{id}/reject")
    ProposalView reject(@PathVariable long id, @RequestBody(required = false) Decision decision,
            @AuthenticationPrincipal Account user) {
        return ProposalView.of(proposals.reject(id, user.getUsername(), decision == null ? null : decision.note()));
    }

    private static Status parseStatus(String text) {
        if (text.equalsIgnoreCase("alle")) {
            return null;
        }
        return Arrays.stream(Status.values()).filter(s -> s.name().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> RequestRefusedException.invalid("Unbekannter Status „" + text
                        + "“; möglich: offen, angenommen, abgelehnt, alle"));
    }
}
