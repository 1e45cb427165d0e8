package de.schulplatz.api;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.audit.AuditLog;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, newest first (ADMIN). */
@RestController
@ConditionalOnWebApplication
class AuditController {

    static final int MAX_LIMIT = 1000;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    List<AuditLog.Event> recent(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RequestRefusedException.invalid("limit muss zwischen 1 und " + MAX_LIMIT + " liegen");
        }
        return audit.recent(limit);
    }
}
