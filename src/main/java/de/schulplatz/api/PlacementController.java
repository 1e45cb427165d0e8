package de.schulplatz.api;

import de.schulplatz.planning.PublishedRuns;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.audit.AuditLog;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlanOfRun;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.schools.School;
import de.schulplatz.security.Account;
import de.schulplatz.security.ScopeDeniedException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

/**
 * The placement lists. A Schulaufsicht sees only the rows its own list shows (the placement's authorities
 * contain its name); names of children are in the answer because the authority needs them, never in logs.
 */
@RestController
@ConditionalOnWebApplication
class PlacementController {

    /** The plan of one run, filtered. */
    record PlacementList(long runId, LocalDate planningDate, int runNumber, OffsetDateTime publishedAt,
            List<PlacementRow> placements) {
    }

    /**
     * One pupil's placement.
     *
     * @param schoolNumber   null when unassigned or withdrawn
     * @param distanceMetres the way to school (as the crow flies); null when unassigned
     * @param authorities    the Schulaufsicht lists that show the row
     */
    record PlacementRow(String caseNumber, String lastName, String firstName, int grade, String status,
            String statusText, String schoolNumber, String schoolName, String groupKind, Integer distanceMetres,
            String reason, List<String> authorities) {
    }

    private final PublishedRuns publishedRuns;
    private final PlacementRepository placements;
    private final AuditLog audit;

    PlacementController(PublishedRuns publishedRuns, PlacementRepository placements, AuditLog audit) {
        this.publishedRuns = publishedRuns;
        this.placements = placements;
        this.audit = audit;
    }

    @GetMapping("/api/placements")
    PlacementList placements(@RequestParam(required = false) Long run, @RequestParam(required = false) String school,
            @RequestParam(required = false) String authority, @RequestParam(required = false) String status,
            @AuthenticationPrincipal Account user) {
        if (authority != null && !user.mayReadListOf(authority)) {
            throw new ScopeDeniedException("Keine Berechtigung für die Liste von „" + authority
                    + "“; sichtbar ist nur die Liste von „" + user.schoolAuthority() + "“");
        }
        PlacementStatus wanted = status == null ? null : parseStatus(status);
        PlanningRun planningRun = publishedRuns.resolve(run, user);
        PlanOfRun plan = placements.planOf(planningRun);
        List<PlacementRow> rows = new ArrayList<>();
        for (PlannedPlacement placement : plan.placements()) {
            boolean visible = !user.isSchoolAuthority() || placement.authorities().contains(user.schoolAuthority());
            if (visible && (school == null || school.equals(placement.schoolNumber()))
                    && (authority == null || placement.authorities().contains(authority))
                    && (wanted == null || wanted == placement.status())) {
                rows.add(row(placement, plan.schoolOf(placement), plan.pupilOf(placement)));
            }
        }
        audit.record(user.getUsername(), "Zuweisungen gelesen", "Lauf " + planningRun.id() + filters(school, authority,
                status), rows.size() + " Zeilen");
        return new PlacementList(planningRun.id(), planningRun.planningDate(), planningRun.runNumber(),
                planningRun.publishedAt(), rows);
    }

    private static PlacementRow row(PlannedPlacement placement, School school, Pupil pupil) {
        return new PlacementRow(placement.caseNumber(), pupil == null ? null : pupil.lastName(),
                pupil == null ? null : pupil.firstName(), placement.grade(), placement.status().name(),
                placement.status().label(), placement.schoolNumber(), school == null ? null : school.name(),
                placement.groupKind() == null ? null : placement.groupKind().label(), placement.distanceMetres(),
                placement.reason(), placement.authorities());
    }

    /** Accepts the name (NICHT_ZUGEWIESEN) or the German label (nicht zugewiesen). */
    static PlacementStatus parseStatus(String text) {
        String value = text.strip();
        return Arrays.stream(PlacementStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(value) || s.label().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> RequestRefusedException.invalid("Unbekannter Status „" + value + "“; möglich: "
                        + Arrays.stream(PlacementStatus.values()).map(Enum::name)
                                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
    }

    private static String filters(String school, String authority, String status) {
        StringBuilder text = new StringBuilder();
        if (authority != null) {
            text.append(", Schulaufsicht ").append(authority);
        }
        if (school != null) {
            text.append(", Schule ").append(school);
        }
        if (status != null) {
            text.append(", Status ").append(status);
        }
        return text.toString();
    }
}
