package de.schulplatz.security;

import de.schulplatz.operations.AuditLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Denials in the browser workspace: logged and audited like those of the API (user, method and path only),
 * then shown as a German page. The page is rendered by the web module at {@link #PAGE}, which reads the
 * message from the request attribute {@link #MESSAGE}.
 */
public final class WorkspaceDenials implements AccessDeniedHandler {

    /** Path of the page that explains a denial. */
    public static final String PAGE = "/verweigert";
    /** Request attribute with the German reason, shown on the page; never names of children. */
    public static final String MESSAGE = "schulplatz.denied.message";
    private static final Logger log = LoggerFactory.getLogger(WorkspaceDenials.class);

    private final AuditLog audit;

    WorkspaceDenials(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = authentication == null ? DeniedAccessHandler.ANONYMOUS : authentication.getName();
        String message;
        if (denied instanceof ScopeDeniedException) {
            message = denied.getMessage();
        } else if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            message = "Diese Seite oder Aktion ist für die Rolle „" + account.role().label() + "“ nicht freigegeben.";
        } else {
            // Most often a form sent with an expired CSRF token (e.g. after a long pause).
            message = "Die Anfrage wurde abgelehnt. Bitte die Seite neu laden und noch einmal versuchen.";
        }
        record(request, username, "403 keine Berechtigung");
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        request.setAttribute(MESSAGE, message);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    /** Failed logins are audited without the username tried (it may be a mistyped password). */
    void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        record(request, DeniedAccessHandler.ANONYMOUS, "Anmeldung fehlgeschlagen");
        response.sendRedirect(request.getContextPath() + "/anmelden?fehler");
    }

    private void record(HttpServletRequest request, String username, String outcome) {
        String target = request.getMethod() + " " + DeniedAccessHandler.printable(request.getRequestURI());
        log.warn("Access denied ({}) for {}: {}", outcome, username, target);
        try {
            audit.record(username, DeniedAccessHandler.AUDIT_ACTION, target, outcome);
        } catch (RuntimeException e) {
            log.error("Denied access could not be written to the audit log: {}", e.getMessage());
        }
    }
}
