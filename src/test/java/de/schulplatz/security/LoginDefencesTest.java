package de.schulplatz.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.audit.AuditLog;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The login's defences over real HTTP, as a browser or a script meets them, with the service's default
 * limits (the shared test context has them raised, so that its tests never lock each other out) and behind
 * a TLS proxy (forwarded headers on): failed logins throttled per account and per client address and
 * audited with the name tried and the address, never the password; security headers and cookie flags;
 * a CSRF failure explained; anonymous requests for static files not audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "schulplatz.security.login.max-failures-per-account=5",
        "schulplatz.security.login.max-failures-per-address=20",
        "server.forward-headers-strategy=native"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LoginDefencesTest {

    private static final String WRONG = "Falsch-Geraten-123";

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneAndEachIsAudited() throws Exception {
        Browser browser = new Browser("10.1.1.1");
        for (int i = 1; i <= 5; i++) {
            assertThat(browser.login("beratung", WRONG)).endsWith("/anmelden?fehler");
        }

        assertThat(browser.login("beratung", "Test-Beratung-2026")).endsWith("/anmelden?gesperrt=15");
        assertThat(browser.get("/anmelden?gesperrt=15").body())
                .contains("Zu viele fehlgeschlagene Anmeldungen; bitte in 15 Minuten noch einmal versuchen.");
        assertThat(new Browser("10.1.1.2").login("admin", "Test-Admin-2026")).as("other accounts log in")
                .doesNotContain("/anmelden");
        assertThat(basic("10.1.1.3", "beratung", "Test-Beratung-2026").statusCode()).as("also over the API")
                .isEqualTo(429);

        List<AuditLog.Event> failed = audit.recent(50).stream()
                .filter(e -> e.action().equals("Anmeldung fehlgeschlagen") && e.username().equals("beratung")).toList();
        assertThat(failed).extracting(AuditLog.Event::target).contains("von 10.1.1.1", "von 10.1.1.3");
        assertThat(failed).extracting(AuditLog.Event::outcome).contains("1. Fehlversuch", "5. Fehlversuch",
                "abgelehnt ohne Prüfung: zu viele Fehlversuche für diesen Benutzer");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE concat_ws(' ', username, action, "
                + "target, outcome) LIKE ?", Integer.class, "%" + WRONG + "%")).as("password never stored").isZero();
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryName() throws Exception {
        for (int i = 1; i <= 20; i++) {
            assertThat(basic("10.2.2.2", "niemand" + i, WRONG).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = basic("10.2.2.2", "admin", "Test-Admin-2026");

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(60, 900));
        assertThat(locked.body()).contains("Zu viele fehlgeschlagene Anmeldungen");
        assertThat(basic("10.2.2.3", "admin", "Test-Admin-2026").statusCode()).as("another address").isEqualTo(200);
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSessionCookieIsSameSiteAndSecureBehindHttps() throws Exception {
        HttpResponse<String> plain = new Browser("10.3.3.3").get("/anmelden");
        HttpResponse<String> overTls = new Browser("10.3.3.4").get("/anmelden", "X-Forwarded-Proto", "https");

        assertThat(plain.headers().firstValue("Content-Security-Policy")).hasValue(
                SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(plain.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(plain.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(plain.headers().firstValue("Permissions-Policy")).hasValue(SecurityConfiguration.PERMISSIONS_POLICY);
        assertThat(plain.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        String cookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        String secureCookie = overTls.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(secureCookie).contains("Secure").contains("SameSite=Lax");
    }

    @Test
    void aFormWithoutItsTokenGetsItsOwnGermanExplanation() throws Exception {
        Browser browser = new Browser("10.4.4.4");
        browser.login("admin", "Test-Admin-2026");

        HttpResponse<String> denied = browser.post("/laeufe", "");

        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("Das Formular ist abgelaufen oder kam nicht von dieser Seite")
                .doesNotContain("für die Rolle");
        assertThat(audit.recent(5)).anySatisfy(event -> {
            assertThat(event.username()).isEqualTo("admin");
            assertThat(event.outcome()).isEqualTo("403 Sicherheitsprüfung des Formulars (CSRF) fehlgeschlagen");
        });
    }

    @Test
    void anonymousRequestsForStaticFilesAndPagesAreNotAudited() throws Exception {
        int before = jdbc.queryForObject("SELECT count(*) FROM audit_event", Integer.class);
        Browser browser = new Browser("10.5.5.5");
        for (String path : List.of("/css/schulplatz.css", "/js/schulplatz.js", "/favicon.ico", "/robots.txt",
                "/apple-touch-icon.png", "/", "/v3/api-docs", "/api/runs", "/actuator/metrics")) {
            browser.get(path);
        }

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Integer.class)).isEqualTo(before);
    }

    private HttpResponse<String> basic(String clientAddress, String username, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/runs"))
                .header("Authorization", "Basic " + credentials).header("X-Forwarded-For", clientAddress).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A browser behind the TLS proxy at one client address: cookies, no automatic redirects. */
    private final class Browser {

        private final String clientAddress;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        Browser(String clientAddress) {
            this.clientAddress = clientAddress;
        }

        HttpResponse<String> get(String path, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", clientAddress);
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", clientAddress)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Logs in through the form with its CSRF token; returns where the answer redirects to. */
        String login(String username, String password) throws Exception {
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/anmelden").body());
            assertThat(token.find()).as("CSRF token on the login form").isTrue();
            HttpResponse<String> answer = post("/anmelden", "benutzername=" + encode(username) + "&passwort="
                    + encode(password) + "&_csrf=" + encode(token.group(1)));
            assertThat(answer.statusCode()).isEqualTo(302);
            return answer.headers().firstValue("Location").orElseThrow();
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
