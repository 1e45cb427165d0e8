package de.schulplatz.security;

import de.schulplatz.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import de.schulplatz.logging.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 401, 403 and 429 as JSON with a German message. A denial of a logged-in user leaves a WARN line
 * and an audit event with the username, method and path only (never the query string or the body, which
 * may carry personal data). Failed logins are audited where they are checked ({@link ThrottledAuthentication},
 * with the name tried and the client address); requests that bring no credentials at all (a browser's
 * favicon, a scanner) are neither audited nor logged above DEBUG.
 */
class DeniedAccessHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String ANONYMOUS = "anonym";
    static final String AUDIT_ACTION = "Zugriff verweigert";
    private static final Logger log = LoggerFactory.getLogger(DeniedAccessHandler.class);

    private final AuditLog audit;
    private final JsonMapper json;

    DeniedAccessHandler(AuditLog audit, JsonMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /** Not authenticated: no credentials, wrong ones, or refused for too many failures. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.minutes() * 60));
            answer(response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
            return;
        }
        // Tells clients (and curl) how to log in.
        response.setHeader("WWW-Authenticate", "Basic realm=\"Schulplatz\", charset=\"UTF-8\"");
        if (failure instanceof InsufficientAuthenticationException) {
            log.debug("Not logged in: {}", target(request));
            answer(response, HttpStatus.UNAUTHORIZED, "Bitte anmelden (HTTP Basic)");
            return;
        }
        answer(response, HttpStatus.UNAUTHORIZED, "Anmeldung fehlgeschlagen: Benutzername oder Passwort falsch");
    }

    /** Authenticated, but the role or the user's scope does not allow it. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? ANONYMOUS : authentication.getName();
        String message;
        if (denied instanceof ScopeDeniedException) {
            message = denied.getMessage();
        } else if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            message = "Keine Berechtigung: die Rolle " + account.role().name() + " darf das nicht";
        } else {
            message = "Keine Berechtigung";
        }
        deny(request, response, HttpStatus.FORBIDDEN, username, message, "403 keine Berechtigung");
    }

    private void deny(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String username,
            String message, String outcome) throws IOException {
        String target = target(request);
        log.warn("Access denied ({}) for {}: {}", status.value(), username, target);
        try {
            audit.record(username, AUDIT_ACTION, target, outcome);
        } catch (RuntimeException e) {
            // A database outage must not turn a denial into an error page; the log line above remains.
            log.error("Denied access could not be written to the audit log: {}", Failures.withoutMessages(e));
        }
        answer(response, status, message);
    }

    private static String target(HttpServletRequest request) {
        return request.getMethod() + " " + printable(request.getRequestURI());
    }

    private void answer(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("message", message);
        response.getWriter().write(json.writeValueAsString(body));
    }

    /** Paths are logged as sent (percent-encoded); control characters would forge log lines. */
    static String printable(String path) {
        return path == null ? "" : path.replaceAll("\\p{Cntrl}", "?");
    }
}
