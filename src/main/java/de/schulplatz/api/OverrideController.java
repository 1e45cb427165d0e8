package de.schulplatz.api;

import de.schulplatz.overrides.OverrideBody;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.api.OverrideViews.OverrideView;
import de.schulplatz.audit.AuditLog;
import de.schulplatz.overrides.Override;
import de.schulplatz.overrides.OverrideRejectedException;
import de.schulplatz.overrides.OverrideService;
import de.schulplatz.security.Account;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Overrides: the KI reads them, an administrator makes them through {@link OverrideService}, the one place
 * where they are checked, as on the command line and in the Korrekturen sheet. The next run applies them.
 */
@RestController
@ConditionalOnWebApplication
class OverrideController {

    private final OverrideService overrides;
    private final AuditLog audit;

    OverrideController(OverrideService overrides, AuditLog audit) {
        this.overrides = overrides;
        this.audit = audit;
    }

    @GetMapping("/api/overrides")
    List<OverrideView> list(@RequestParam(defaultValue = "false") boolean all) {
        return overrides.list(all).stream().map(OverrideView::of).toList();
    }

    @PostMapping("/api/overrides")
    ResponseEntity<OverrideView> apply(@RequestBody OverrideBody body, @AuthenticationPrincipal Account user) {
        String username = user.getUsername();
        try {
            Override stored = overrides.apply(body.toRequest(body.reason(), username));
            audit.record(username, "Korrektur angelegt", stored.describe(), "ok");
            return ResponseEntity.status(HttpStatus.CREATED).body(OverrideView.of(stored));
        } catch (OverrideRejectedException | RequestRefusedException e) {
            audit.record(username, "Korrektur angelegt", body.describe(), "abgelehnt: " + e.getMessage());
            throw e;
        }
    }
}
