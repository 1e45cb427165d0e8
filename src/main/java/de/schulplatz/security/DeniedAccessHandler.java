package de.schulplatz.security;

import de.schulplatz.operations.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 401 and 403 as JSON with a German message, and leaves a trace of every denied access: a WARN
 * line and an audit event with the username (or "anonym"), method and path only. Never the query string
 * or the body, which may carry personal data, and never the username a failed login tried (it may be a
 * mistyped password).
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

    /** Not authenticated: no or wrong credentials. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean triedToLogIn = request.getHeader("Authorization") != null;
        String message = triedToLogIn ? "Anmeldung fehlgeschlagen: Benutzername oder Passwort falsch"
                : "Bitte anmelden (HTTP Basic)";
        // Tells clients (and curl) how to log in.
        response.setHeader("WWW-Authenticate", "Basic realm=\"Schulplatz\", charset=\"UTF-8\"");
        deny(request, response, HttpStatus.UNAUTHORIZED, ANONYMOUS, message,
                triedToLogIn ? "401 Anmeldung fehlgeschlagen" : "401 nicht angemeldet");
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
        String target = request.getMethod() + " " + printable(request.getRequestURI());
        log.warn("Access denied ({}) for {}: {}", status.value(), username, target);
        try {
            audit.record(username, AUDIT_ACTION, target, outcome);
        } catch (RuntimeException e) {
            // A database outage must not turn a denial into an error page; the log line above remains.
            log.error("Denied access could not be written to the audit log: {}", e.getMessage());
        }
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
