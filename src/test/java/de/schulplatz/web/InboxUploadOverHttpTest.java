package de.schulplatz.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.support.TestWorkbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * The upload form as a browser sends it, over real HTTP to the embedded Tomcat: the CSRF token travels in
 * the form's hidden field inside the multipart body, which Spring Security can read only because the
 * container parses multipart requests for the dispatcher servlet; MockMvc cannot show that. Also the size
 * limit: an oversized upload gets the German message, not a denial or a broken connection. A context of
 * its own (a server port), closed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "schulplatz.files.inbox=target/test-files/http/inbox",
        "schulplatz.files.archive=target/test-files/http/archive",
        "schulplatz.files.outbox=target/test-files/http/outbox",
        "spring.servlet.multipart.max-file-size=1MB",
        "spring.servlet.multipart.max-request-size=1MB"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InboxUploadOverHttpTest {

    private static final Path INBOX = Path.of("target/test-files/http/inbox");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    private HttpClient http;

    @BeforeEach
    void logIn() throws Exception {
        emptyInbox();
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String token = csrfToken(get("/anmelden").body());
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/anmelden"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("benutzername=beratung&passwort=Test-Beratung-2026&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("fehler"));
    }

    @AfterEach
    void emptyInbox() throws IOException {
        FileSystemUtils.deleteRecursively(INBOX);
    }

    @Test
    void theFormsTokenInsideTheMultipartBodyIsAccepted() throws Exception {
        String token = csrfToken(get("/eingang").body());
        byte[] workbook = Files.readAllBytes(new TestWorkbooks()
                .sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756")
                .done().writeTo(temp.resolve("schueler.xlsx")));

        HttpResponse<String> upload = postMultipart(token, "schueler.xlsx", workbook);

        assertThat(upload.statusCode()).isEqualTo(200);
        assertThat(upload.body()).contains("Im Eingang als „schueler.xlsx“: 1 Zeile gelesen, 0 abgelehnt.");
        assertThat(INBOX.resolve("schueler.xlsx")).hasBinaryContent(workbook);
    }

    @Test
    void withoutTheTokenTheUploadIsDenied() throws Exception {
        HttpResponse<String> upload = postMultipart(null, "schueler.xlsx", new byte[] {1, 2, 3});

        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(inboxFiles()).isZero();
    }

    @Test
    void anOversizedUploadGetsTheGermanMessage() throws Exception {
        String token = csrfToken(get("/eingang").body());

        HttpResponse<String> upload = postMultipart(token, "gross.xlsx", new byte[2 * 1024 * 1024]);

        assertThat(upload.statusCode()).isEqualTo(303);
        String location = upload.headers().firstValue("Location").orElseThrow();
        assertThat(get(location).body()).contains("Die Dateien sind zu groß: höchstens 1 MB auf einmal.");
        assertThat(inboxFiles()).isZero();
    }

    private HttpResponse<String> postMultipart(String token, String fileName, byte[] content) throws Exception {
        String boundary = "----schulplatz" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (token != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dateien\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/eingang"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    private static String csrfToken(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("CSRF field on the page").isTrue();
        return matcher.group(1);
    }

    private static long inboxFiles() throws IOException {
        if (!Files.isDirectory(INBOX)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(INBOX)) {
            return files.count();
        }
    }
}
