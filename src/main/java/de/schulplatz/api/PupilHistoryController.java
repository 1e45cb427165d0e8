package de.schulplatz.api;

import de.schulplatz.planning.PublishedRuns;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.audit.AuditLog;
import de.schulplatz.overrides.OverrideRepository;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlacementRepository.PlacementVersion;
import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.security.Account;
import de.schulplatz.security.ScopeDeniedException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every version of a pupil's placement. The KI sees every pupil; a Schulaufsicht only a pupil on its own
 * list in the latest published plan, and not the KI's overrides (their reasons are the KI's working notes).
 */
@RestController
@ConditionalOnWebApplication
class PupilHistoryController {

    record History(String caseNumber, List<Version> versions, List<OverrideViews.OverrideView> overrides) {
    }

    record Version(long runId, LocalDate planningDate, int runNumber, OffsetDateTime startedAt,
            OffsetDateTime publishedAt, String schoolNumber, String schoolName, String status, String statusText,
            String reason, Integer distanceMetres) {

        static Version of(PlacementVersion v) {
            return new Version(v.runId(), v.planningDate(), v.runNumber(), v.startedAt(), v.publishedAt(),
                    v.schoolNumber(), v.schoolName(), v.status().name(), v.status().label(), v.reason(),
                    v.distanceMetres());
        }
    }

    private final PlacementRepository placements;
    private final PupilRepository pupils;
    private final OverrideRepository overrides;
    private final PublishedRuns publishedRuns;
    private final AuditLog audit;

    PupilHistoryController(PlacementRepository placements, PupilRepository pupils, OverrideRepository overrides,
            PublishedRuns publishedRuns, AuditLog audit) {
        this.placements = placements;
        this.pupils = pupils;
        this.overrides = overrides;
        this.publishedRuns = publishedRuns;
        this.audit = audit;
    }

    @GetMapping("/api/pupils/{caseNumber}/history")
    History history(@PathVariable String caseNumber, @AuthenticationPrincipal Account user) {
        if (user.isSchoolAuthority() && !publishedRuns.isOnOwnPublishedList(caseNumber, user)) {
            // Also for unknown case numbers: an authority learns nothing about pupils outside its list.
            throw new ScopeDeniedException("Fall " + caseNumber + " steht nicht auf der zuletzt veröffentlichten "
                    + "Liste von „" + user.schoolAuthority() + "“");
        }
        List<Version> versions = placements.history(caseNumber).stream().map(Version::of).toList();
        if (versions.isEmpty() && pupils.find(caseNumber).isEmpty()) {
            throw RequestRefusedException.notFound("Fallnummer " + caseNumber + " ist nicht bekannt");
        }
        List<OverrideViews.OverrideView> corrections = user.isSchoolAuthority() ? null
                : overrides.ofPupil(caseNumber).stream().map(OverrideViews.OverrideView::of).toList();
        audit.record(user.getUsername(), "Verlauf gelesen", "Fall " + caseNumber, versions.size() + " Fassungen");
        return new History(caseNumber, versions, corrections);
    }
}
