package de.schulplatz.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.documents.DocumentSettings;
import de.schulplatz.documents.LetterTemplate;
import de.schulplatz.documents.LetterTemplates;
import de.schulplatz.documents.PdfPrinter;
import de.schulplatz.geo.Address;
import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.routing.DistanceMeasure;
import de.schulplatz.schools.School;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The family letter in every language with a text, printed by headless Chromium: the PDF holds the German text
 * with the child's school, start and the KI's contact, and the family language's text in its script; the first page
 * of each, rendered from the PDF, goes to target/letters/ as PNG for a person to look at (right-to-left shaping,
 * digits in right-to-left text, Ethiopic).
 */
class FamilyLetterTest {

    static final Path LETTERS = Path.of("target", "letters");
    static final DocumentSettings SETTINGS = new DocumentSettings(true, Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/soffice"), Set.of(), null, "Kommunales Integrationszentrum Kreis Lippe",
            "Felix-Fechenbach-Straße 5, 32756 Detmold", "05231 62-0", "ki@kreis-lippe.example", "Mo–Do 9–12 Uhr");
    static final LetterTemplates TEMPLATES = new LetterTemplates((Path) null);
    static final School SCHOOL = new School("123456", "Grundschule am Markt", SchoolForm.GS, true,
            new Address("Marktplatz 3", "32756", "Detmold", "05766020", new GeoPoint(51.94, 8.88), false),
            "Schulamt für den Kreis Lippe", 200, false, true, List.of());
    static final LocalDate START = LocalDate.of(2027, 8, 11);

    static List<String> languages() {
        return LetterTemplates.CODES.stream().filter(code -> !code.equals("de")).toList();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void aLetterInTheFamilysLanguageHasBothTextsAndItsScript(String code) throws Exception {
        LetterTemplate own = TEMPLATES.ofCode(code).orElseThrow();
        String html = FamilyLetterWriter.html(List.of(letter("Omar", "Al-Ahmad", 4200, Optional.of(own))),
                TEMPLATES.german(), SETTINGS.contact(), LocalDate.of(2027, 7, 1));
        Path pdf = Files.createDirectories(LETTERS).resolve(code + ".pdf");
        PdfPrinter printer = new PdfPrinter(SETTINGS);
        printer.htmlToPdf("Elternbrief", html, pdf);
        renderFirstPage(pdf, LETTERS.resolve(code + ".png"));

        String text = text(pdf);
        assertThat(text).contains("Zuweisung eines Schulplatzes").contains("Grundschule am Markt")
                .contains("Marktplatz 3").contains("11.08.2027").contains("Omar Al-Ahmad")
                .contains("Fahrkosten").contains("05231 62-0");
        String ownScript = Normalizer.normalize(own.texts().get("title"), Normalizer.Form.NFKC);
        long ownLetters = ownScript.codePoints().filter(Character::isLetter).filter(c -> c > 0x24F).count();
        long found = Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints()
                .filter(c -> ownScript.indexOf(c) >= 0 && c > 0x24F).count();
        // the family language's own letters are on the page (Latin-script languages: its title, word for word)
        if (ownLetters == 0) {
            assertThat(text).contains(own.texts().get("title"));
        } else {
            assertThat(found).isGreaterThan(ownLetters);
        }
        assertThat(text).contains(own.reviewed() ? "" : "noch nicht von einer qualifizierten Übersetzerin");
        assertThat(LETTERS.resolve(code + ".png")).isNotEmptyFile();
    }

    @Test
    void aNameIsTextNeverMarkupAndAShortWayHasNoTravelNote() throws Exception {
        String html = FamilyLetterWriter.html(List.of(letter("<b>Mia</b>", "O'Brien & Co", 800, Optional.empty())),
                TEMPLATES.german(), SETTINGS.contact(), LocalDate.of(2027, 7, 1));

        assertThat(html).contains("&lt;b&gt;Mia&lt;/b&gt; O&#39;Brien &amp; Co").doesNotContain("<b>Mia")
                .doesNotContain("Fahrkosten").doesNotContain("class=\"fremd\"");
    }

    @Test
    void theFamilyLanguageAsAdvisersWriteItFindsItsText() {
        assertThat(TEMPLATES.forFamilyLanguage("Arabisch")).map(LetterTemplate::code).hasValue("ar");
        assertThat(TEMPLATES.forFamilyLanguage("Dari")).map(LetterTemplate::code).hasValue("prs");
        assertThat(TEMPLATES.forFamilyLanguage("Persisch")).map(LetterTemplate::code).hasValue("fa");
        assertThat(TEMPLATES.forFamilyLanguage("Kurdisch")).map(LetterTemplate::code).hasValue("kmr");
        assertThat(TEMPLATES.forFamilyLanguage("Sorani")).map(LetterTemplate::code).hasValue("ckb");
        assertThat(TEMPLATES.forFamilyLanguage("Paschtu")).map(LetterTemplate::code).hasValue("ps");
        assertThat(TEMPLATES.forFamilyLanguage("ti")).map(LetterTemplate::code).hasValue("ti");
        assertThat(TEMPLATES.forFamilyLanguage("Deutsch")).isEmpty();
        assertThat(TEMPLATES.forFamilyLanguage("Vietnamesisch")).isEmpty();
    }

    @Test
    void aKiTextReplacesTheOneInTheJar(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("ar.properties"), Files.readString(Path.of("src/main/resources/letters/ar.properties"))
                .replace("reviewed=nein", "reviewed=ja").replace("closing=مع أطيب التحيات", "closing=مع التحية"));

        LetterTemplate arabic = new LetterTemplates(folder).ofCode("ar").orElseThrow();

        assertThat(arabic.reviewed()).isTrue();
        assertThat(arabic.texts().get("closing")).isEqualTo("مع التحية");
        assertThat(new LetterTemplates(folder).ofCode("uk").orElseThrow().reviewed()).isFalse();
    }

    private static FamilyLetterWriter.Letter letter(String first, String last, int metres, Optional<LetterTemplate> own) {
        Pupil pupil = new Pupil("KI-766-2027-0001", last, first, LocalDate.of(2017, 3, 9), "m",
                new Address("Lindenweg 7", "32756", "Detmold", "05766020", new GeoPoint(51.93, 8.87), false),
                own.map(LetterTemplate::language).orElse(null), null, null, null, null, null, null, null, Set.of(),
                null, null, List.of(), false, null, null, null, null, null, null, null);
        PlannedPlacement placement = new PlannedPlacement(pupil.caseNumber(), SCHOOL.schoolNumber(),
                GroupKind.DEUTSCHFOERDERUNG, 4, metres, PlacementStatus.ZUGEWIESEN, "", List.of(SCHOOL.authority()), 3,
                DistanceMeasure.LUFTLINIE, metres, null, START);
        return new FamilyLetterWriter.Letter(pupil, placement, SCHOOL, own);
    }

    /** The PDF's first page as printed, 100 dpi: the glyphs Chromium shaped, as the family will see them. */
    static void renderFirstPage(Path pdf, Path png) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 100),
                    "png", png.toFile());
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
