package de.schulplatz.security;

import de.schulplatz.audit.AuditLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import de.schulplatz.logging.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

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
        String outcome = "403 keine Berechtigung";
        if (denied instanceof CsrfException) {
            // A form sent without this session's token: the page was old (a long pause, a new login, a second
            // tab), or another site sent it. Not a question of rights, so it gets its own words.
            message = "Das Formular ist abgelaufen oder kam nicht von dieser Seite (Sicherheitsprüfung). Bitte die "
                    + "Seite neu laden und die Eingabe noch einmal senden.";
            outcome = "403 Sicherheitsprüfung des Formulars (CSRF) fehlgeschlagen";
        } else if (denied instanceof ScopeDeniedException) {
            message = denied.getMessage();
        } else if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            message = "Diese Seite oder Aktion ist für die Rolle „" + account.role().label() + "“ nicht freigegeben.";
        } else {
            message = "Die Anfrage wurde abgelehnt. Bitte die Seite neu laden und noch einmal versuchen.";
        }
        record(request, username, outcome);
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        request.setAttribute(MESSAGE, message);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    /** Back to the form with the reason; the failure is audited where it was checked (ThrottledAuthentication). */
    void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason = failure instanceof LoginThrottledException throttled ? "gesperrt=" + throttled.minutes()
                : "fehler";
        response.sendRedirect(request.getContextPath() + "/anmelden?" + reason);
    }

    private void record(HttpServletRequest request, String username, String outcome) {
        String target = request.getMethod() + " " + DeniedAccessHandler.printable(request.getRequestURI());
        log.warn("Access denied ({}) for {}: {}", outcome, username, target);
        try {
            audit.record(username, DeniedAccessHandler.AUDIT_ACTION, target, outcome);
        } catch (RuntimeException e) {
            log.error("Denied access could not be written to the audit log: {}", Failures.withoutMessages(e));
        }
    }
}
