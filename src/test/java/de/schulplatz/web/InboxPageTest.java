package de.schulplatz.web;

import de.schulplatz.operations.InboxUploads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.intake.ImportProblem;
import de.schulplatz.intake.ImportProblem.Severity;
import de.schulplatz.intake.ImportRepository;
import de.schulplatz.intake.InputCheck;
import de.schulplatz.audit.AuditLog;
import de.schulplatz.operations.NightlyRuns;
import de.schulplatz.operations.FileSettings;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.security.Account;
import de.schulplatz.security.Role;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Eingang page: uploads are checked with the import's rules, readable workbooks go into the inbox (with
 * their problems shown), unreadable ones are refused and never reach it.
 */
@DatabaseTest
class InboxPageTest {

    static final RequestPostProcessor BERATUNG = user(new Account("beratung", "x", Role.BERATUNG, null));
    static final RequestPostProcessor ADMIN = user(new Account("admin", "x", Role.ADMIN, null));
    static final RequestPostProcessor SCHULAMT =
            user(new Account("schulamt", "x", Role.SCHULAUFSICHT, TestUsers.SCHULAMT_LIPPE));
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    WebApplicationContext context;
    @Autowired
    FileSettings folders;
    @Autowired
    AuditLog audit;
    @Autowired
    RunRepository runs;
    @Autowired
    NightlyRuns nightlyRuns;
    @Autowired
    ImportRepository imports;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    MockMvc mvc;

    @BeforeEach
    void setUp() throws IOException {
        DatabaseCleaner.clean(jdbc);
        emptyInbox();
        mvc = TestUsers.mockMvc(context);
    }

    @AfterEach
    void emptyInbox() throws IOException {
        Files.createDirectories(folders.inbox());
        for (Path entry : inboxEntries()) {
            FileSystemUtils.deleteRecursively(entry);
        }
        // A run's archive folder is named by date and run number, which start again on an emptied database.
        FileSystemUtils.deleteRecursively(folders.archive());
        FileSystemUtils.deleteRecursively(folders.outbox());
    }

    @Test
    void aWorkbookWithOneBadPupilRowGoesIntoTheInboxAndThePageShowsTheProblem() throws Exception {
        byte[] workbook = pupils("31.02.2015");

        MvcResult result = mvc.perform(multipart("/eingang").file(file("schueler.xlsx", workbook))
                        .with(BERATUNG).with(csrf()))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(Files.readAllBytes(folders.inbox().resolve("schueler.xlsx"))).isEqualTo(workbook);
        InboxUploads.Upload upload = uploads(result).get(0);
        assertThat(upload.storedAs()).isEqualTo("schueler.xlsx");
        assertThat(upload.check().sheets()).singleElement()
                .satisfies(sheet -> assertThat(List.of(sheet.rowsRead(), sheet.rowsAccepted(), sheet.rowsRejected()))
                        .containsExactly(3, 2, 1));
        assertThat(upload.check().problems()).filteredOn(p -> p.severity() == Severity.FEHLER)
                .extracting(ImportProblem::fileName, ImportProblem::sheet, ImportProblem::rowNumber,
                        ImportProblem::column, ImportProblem::value)
                .containsExactly(tuple("schueler.xlsx", "Schüler", 3, "Geburtsdatum", "31.02.2015"));
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        // Stored, but with a rejected row: the result is a warning, not the green "all good".
        assertThat(page).contains("<p class=\"warnung\">Im Eingang als „schueler.xlsx“: 3 Zeilen gelesen, 1 abgelehnt.",
                "Geburtsdatum", "31.02.2015", "kein gültiges Datum", "FEHLER");
        assertThat(audit.recent(1).get(0))
                .extracting(AuditLog.Event::username, AuditLog.Event::action, AuditLog.Event::target,
                        AuditLog.Event::outcome)
                .containsExactly("beratung", "Datei hochgeladen", "schueler.xlsx",
                        "angenommen als schueler.xlsx: 3 Zeilen gelesen, 1 abgelehnt");
        // No staging folder is left behind.
        assertThat(inboxEntries()).extracting(p -> p.getFileName().toString()).containsExactly("schueler.xlsx");

        String later = mvc.perform(get("/eingang").with(BERATUNG)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(later).contains("id=\"wartend\"", "schueler.xlsx");
    }

    @Test
    void aFileWaitingUnderTheSameNameIsNeverOverwritten() throws Exception {
        byte[] first = pupils("05.03.2015");
        byte[] second = pupils("06.03.2015");

        upload(file("schueler.xlsx", first));
        MvcResult other = upload(file("schueler.xlsx", second));
        MvcResult again = upload(file("noch-einmal.xlsx", first));

        assertThat(uploads(other).get(0).storedAs()).isEqualTo("schueler-2.xlsx");
        assertThat(Files.readAllBytes(folders.inbox().resolve("schueler.xlsx"))).isEqualTo(first);
        assertThat(Files.readAllBytes(folders.inbox().resolve("schueler-2.xlsx"))).isEqualTo(second);
        assertThat(uploads(again).get(0).storedAs()).isNull();
        assertThat(uploads(again).get(0).message()).contains("Gleicher Inhalt wie „schueler.xlsx“");
        assertThat(inboxEntries()).hasSize(2);
    }

    /**
     * The corrected file uploaded as "nachtrag-3.xlsx" after "nachtrag-2.xlsx" wins for the pupil both carry:
     * the check says so, and the next run takes the newer row (by arrival, not by name).
     */
    @Test
    void aNewerUploadReplacesTheRowOfAWaitingFileAndTheNextRunTakesIt() throws Exception {
        upload(file("nachtrag-2.xlsx", pupils("06.03.2015")));
        MvcResult corrected = upload(file("nachtrag-3.xlsx", pupils("07.03.2015")));

        InboxUploads.Upload upload = uploads(corrected).get(0);
        assertThat(upload.check().replaces()).containsExactly(new InputCheck.Replaced("nachtrag-2.xlsx", 3));
        assertThat(upload.message()).isEqualTo("Im Eingang als „nachtrag-3.xlsx“: 3 Zeilen gelesen, 0 abgelehnt, "
                + "ersetzt 3 Zeilen aus „nachtrag-2.xlsx“ (wartet im Eingang; diese Datei ist neuer und gilt).");
        String page = corrected.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String waiting = page.substring(page.indexOf("id=\"wartend\""));
        assertThat(waiting.indexOf(">nachtrag-2.xlsx</td>")).as("waiting files in arrival order").isPositive()
                .isLessThan(waiting.indexOf(">nachtrag-3.xlsx</td>"));

        long runId = nightlyRuns.runNow("Test").getJobInstanceId();

        assertThat(jdbc.queryForObject("SELECT birth_date FROM pupil WHERE case_number = 'A-2'", LocalDate.class))
                .isEqualTo(LocalDate.of(2015, 3, 7));
        assertThat(imports.sheetCounts(runId)).filteredOn(c -> c.fileName().equals("nachtrag-2.xlsx")).singleElement()
                .satisfies(c -> assertThat(List.of(c.rowsRead(), c.rowsImported(), c.rowsRejected(), c.rowsSuperseded()))
                        .containsExactly(3, 0, 0, 3));
    }

    @Test
    void aWaitingFileCanBeRemovedOrReplacedAndEachIsAudited() throws Exception {
        upload(file("falsch.xlsx", pupils("06.03.2015")));
        upload(file("schueler.xlsx", pupils("07.03.2015")));
        byte[] newVersion = pupils("08.03.2015");

        MvcResult removed = mvc.perform(post("/eingang/entfernen").param("datei", "falsch.xlsx").with(BERATUNG)
                .with(csrf())).andExpect(status().isOk()).andReturn();
        MvcResult replaced = mvc.perform(multipart("/eingang/ersetzen")
                        .file(new MockMultipartFile("neu", "schueler-korrigiert.xlsx", XLSX, newVersion))
                        .param("datei", "schueler.xlsx").with(BERATUNG).with(csrf()))
                .andExpect(status().isOk()).andReturn();
        MvcResult refused = mvc.perform(multipart("/eingang/ersetzen")
                        .file(new MockMultipartFile("neu", "kaputt.xlsx", XLSX, "kein xlsx".getBytes(StandardCharsets.UTF_8)))
                        .param("datei", "schueler.xlsx").with(BERATUNG).with(csrf()))
                .andExpect(status().isOk()).andReturn();
        MvcResult outside = mvc.perform(post("/eingang/entfernen").param("datei", "../../pom.xml").with(BERATUNG)
                .with(csrf())).andExpect(status().isOk()).andReturn();

        assertThat(removed.getModelAndView().getModel().get("notice")).asString().contains("aus dem Eingang entfernt");
        assertThat(replaced.getModelAndView().getModel().get("notice")).asString().contains("die alte ist ersetzt");
        assertThat(refused.getModelAndView().getModel().get("problem")).asString()
                .contains("die bisherige Datei bleibt im Eingang");
        assertThat(outside.getModelAndView().getModel().get("problem")).asString().contains("liegt nicht (mehr) im Eingang");
        assertThat(inboxEntries()).extracting(p -> p.getFileName().toString()).containsExactly("schueler.xlsx");
        assertThat(Files.readAllBytes(folders.inbox().resolve("schueler.xlsx"))).isEqualTo(newVersion);
        assertThat(Path.of("pom.xml")).exists();
        assertThat(audit.recent(4)).extracting(AuditLog.Event::action, AuditLog.Event::target)
                .contains(tuple("Datei aus dem Eingang entfernt", "falsch.xlsx"),
                        tuple("Datei im Eingang ersetzt", "schueler.xlsx durch schueler.xlsx"));
        mvc.perform(post("/eingang/entfernen").param("datei", "schueler.xlsx").with(SCHULAMT).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/eingang/entfernen").param("datei", "schueler.xlsx").with(BERATUNG))
                .andExpect(status().isForbidden());
        assertThat(inboxEntries()).hasSize(1);
    }

    @Test
    void anEncryptedWorkbookOrARenamedCsvFileIsRefusedAndNotPutIntoTheInbox() throws Exception {
        MvcResult result = upload(file("geheim.xlsx", encryptedWorkbook()),
                file("liste.xlsx", "Fallnummer;Nachname\nA-1;Kovalenko\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(uploads(result)).extracting(InboxUploads.Upload::storedAs).containsOnlyNulls();
        assertThat(uploads(result)).extracting(InboxUploads.Upload::message).satisfiesExactly(
                message -> assertThat(message).contains("geheim.xlsx", "mit einem Passwort geschützt"),
                message -> assertThat(message).contains("liste.xlsx", "keine Excel-Arbeitsmappe"));
        assertThat(inboxEntries()).isEmpty();
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2 von 2 Dateien wurden nicht angenommen.", "Passwort");
        assertThat(audit.recent(2)).extracting(AuditLog.Event::target, AuditLog.Event::outcome)
                .containsExactlyInAnyOrder(tuple("geheim.xlsx", "nicht angenommen: nicht lesbar"),
                        tuple("liste.xlsx", "nicht angenommen: nicht lesbar"));
    }

    @Test
    void correctionRowsFromAnAdministratorAreCheckedButNotApplied() throws Exception {
        String page = upload(ADMIN, file("korrekturen.xlsx", corrections())).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Im Eingang als „korrekturen.xlsx“: 1 Zeile gelesen, 0 abgelehnt.",
                "sind hier nur auf ihre Angaben geprüft");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM override_entry", Integer.class)).isZero();
    }

    @Test
    void anAdviserCannotBringCorrectionsThroughTheInbox() throws Exception {
        MvcResult result = upload(file("korrekturen.xlsx", corrections()));

        assertThat(uploads(result)).singleElement().satisfies(upload -> {
            assertThat(upload.accepted()).isFalse();
            assertThat(upload.message()).contains("Korrekturen legt nur die Administration an");
        });
        assertThat(inboxEntries()).isEmpty();
    }

    private byte[] corrections() throws Exception {
        return Files.readAllBytes(new TestWorkbooks()
                .sheet("Korrekturen", "Aktion", "Fallnummer", "Grund")
                .header()
                .row("zurückziehen", "A-1", "verzogen")
                .done().writeTo(temp.resolve("korrekturen-" + System.nanoTime() + ".xlsx")));
    }

    @Test
    void otherFormatsAreRefusedWithTheRunsReason() throws Exception {
        MvcResult result = upload(file("schueler.csv", "Fallnummer;Nachname\n".getBytes(StandardCharsets.UTF_8)),
                file("schueler.ods", new byte[] {'P', 'K', 3, 4}));

        assertThat(uploads(result)).extracting(InboxUploads.Upload::message).satisfiesExactly(
                message -> assertThat(message).contains("bitte in Excel öffnen und als Excel-Arbeitsmappe (.xlsx) speichern"),
                message -> assertThat(message).contains("OpenDocument"));
        assertThat(inboxEntries()).isEmpty();
    }

    @Test
    void folderPartsAndLeadingDotsOfTheUploadedNameAreDropped() throws Exception {
        upload(file("../../../etc/boese.xlsx", pupils("05.03.2015")),
                file("C:\\Users\\kb\\.versteckt.xlsx", pupils("06.03.2015")));

        assertThat(inboxEntries()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("boese.xlsx", "versteckt.xlsx");
        assertThat(InboxUploads.safeName("~$schueler.xlsx")).isEqualTo("schueler.xlsx");
        assertThat(InboxUploads.safeName("a\u0000b:c.xlsx")).isEqualTo("a_b_c.xlsx");
        assertThat(InboxUploads.safeName("x".repeat(300) + ".xlsx")).hasSize(120).endsWith(".xlsx");
        assertThat(InboxUploads.safeName("../..")).isEqualTo("Datei");
    }

    @Test
    void anUploadWithoutCsrfTokenIsDenied() throws Exception {
        mvc.perform(multipart("/eingang").file(file("schueler.xlsx", pupils("05.03.2015"))).with(BERATUNG))
                .andExpect(status().isForbidden());

        assertThat(inboxEntries()).isEmpty();
    }

    @Test
    void aSchoolAuthorityMayNotOpenTheInbox() throws Exception {
        mvc.perform(get("/eingang").with(SCHULAMT)).andExpect(status().isForbidden());
        mvc.perform(multipart("/eingang").file(file("schueler.xlsx", pupils("05.03.2015"))).with(SCHULAMT)
                .with(csrf())).andExpect(status().isForbidden());

        assertThat(inboxEntries()).isEmpty();
    }

    @Test
    void anUploadOverTheSizeLimitIsAnsweredWithAGermanMessage() throws Exception {
        UploadSizeFilter filter = new UploadSizeFilter(DataSize.ofBytes(100));
        MockHttpServletRequest tooLarge = new MockHttpServletRequest("POST", "/eingang");
        tooLarge.setContent(new byte[101]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(tooLarge, response, chain);

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/eingang?zu-gross=1");
        assertThat(chain.getRequest()).as("not passed on").isNull();
        MockHttpServletRequest small = new MockHttpServletRequest("POST", "/eingang");
        small.setContent(new byte[100]);
        MockFilterChain passed = new MockFilterChain();
        filter.doFilter(small, new MockHttpServletResponse(), passed);
        assertThat(passed.getRequest()).isNotNull();

        String page = mvc.perform(get("/eingang?zu-gross=1").with(BERATUNG)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Die Dateien sind zu groß: höchstens 50 MB auf einmal.");
    }

    @Test
    void thePageShowsTheLatestRunsCountsAndProblems() throws Exception {
        runs.register(7, LocalDate.of(2026, 11, 21), 1, "in", "out");
        jdbc.update("""
                INSERT INTO import_file (run_id, file_name, sheet, kind, kind_group, rows_read, rows_imported,
                    rows_rejected) VALUES (7, 'schueler.xlsx', 'Schüler', 'SCHUELER', 'SCHUELER', 12, 11, 1)
                """);
        jdbc.update("""
                INSERT INTO import_problem (run_id, kind_group, severity, file_name, sheet, row_number, column_name,
                    cell_value, reason) VALUES (7, 'SCHUELER', 'FEHLER', 'schueler.xlsx', 'Schüler', 9,
                    'Geburtsdatum', '31.02.2015', 'kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)')
                """);

        String page = mvc.perform(get("/eingang").with(BERATUNG)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Lauf 7 vom 21.11.2026, Nr. 1", "id=\"letzte-zaehlung\"", "schueler.xlsx",
                ">12<", ">11<", ">9<", "31.02.2015", "kein gültiges Datum", "id=\"eingang-leer\"");
    }

    private MvcResult upload(MockMultipartFile... files) throws Exception {
        return upload(BERATUNG, files);
    }

    private MvcResult upload(RequestPostProcessor asUser, MockMultipartFile... files) throws Exception {
        var request = multipart("/eingang");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.with(asUser).with(csrf())).andExpect(status().isOk()).andReturn();
    }

    @SuppressWarnings("unchecked")
    private static List<InboxUploads.Upload> uploads(MvcResult result) {
        return (List<InboxUploads.Upload>) result.getModelAndView().getModel().get("uploads");
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("dateien", name, XLSX, content);
    }

    private List<Path> inboxEntries() throws IOException {
        try (Stream<Path> entries = Files.list(folders.inbox())) {
            return entries.toList();
        }
    }

    /** Three pupils; the second one's birth date as given (row 3 in Excel). */
    private byte[] pupils(String secondBirthDate) throws IOException {
        Path file = new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756")
                .row("A-2", "Nasser", "Ali", secondBirthDate, "32756")
                .row("A-3", "Kaya", "Emir", "01.07.2013", "32791")
                .done().writeTo(temp.resolve("schueler-" + System.nanoTime() + ".xlsx"));
        return Files.readAllBytes(file);
    }

    private static byte[] encryptedWorkbook() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Schüler").createRow(0).createCell(0).setCellValue("Fallnummer");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("geheim");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                workbook.write(out);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }
}
