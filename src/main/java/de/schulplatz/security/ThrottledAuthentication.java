package de.schulplatz.security;

import de.schulplatz.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one check of user name and password, for the login form and HTTP Basic alike: refused at once while
 * the account or the client address has too many recent failures ({@link LoginThrottle}); every failed
 * login is audited with the name tried and the client address, never the password.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    static final String AUDIT_ACTION = "Anmeldung fehlgeschlagen";
    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);
    private static final int MAX_AUDITED_NAME = 100;

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthentication(AccountDirectory accounts, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String address = clientAddress(authentication);
        var block = throttle.blocked(name, address);
        if (block.isPresent()) {
            log.warn("Login from {} refused for {} min: too many failed logins of the {}", address,
                    block.get().minutes(), block.get().byAccount() ? "account" : "address");
            record(name, address, "abgelehnt ohne Prüfung: zu viele Fehlversuche "
                    + (block.get().byAccount() ? "für diesen Benutzer" : "von dieser Adresse"));
            throw new LoginThrottledException(block.get().minutes());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(name);
            return result;
        } catch (AuthenticationException failure) {
            int count = throttle.failed(name, address);
            // The name tried stays out of the log (it may be a password typed into the wrong field).
            log.warn("Failed login from {} ({}. failure of this account within the window)", address, count);
            record(name, address, count + ". Fehlversuch");
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void record(String name, String address, String outcome) {
        try {
            audit.record(auditedName(name), AUDIT_ACTION, "von " + address, outcome);
        } catch (RuntimeException e) {
            log.error("A failed login could not be written to the audit log");
        }
    }

    /** As typed, but without control characters and of bounded length. */
    static String auditedName(String name) {
        String printable = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > MAX_AUDITED_NAME ? printable.substring(0, MAX_AUDITED_NAME) + "…" : printable;
    }

    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unbekannt";
    }
}
