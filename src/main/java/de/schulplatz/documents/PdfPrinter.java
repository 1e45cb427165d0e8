package de.schulplatz.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Prints documents to PDF with the programs of {@link DocumentSettings}: letters as HTML with headless Chromium,
 * an authority's workbook with LibreOffice (its print settings: page header naming the school, "Seite x von y",
 * the confidentiality mark). Both run on a copy in a private folder, so an input is never touched.
 */
@Component
public class PdfPrinter {

    private final DocumentSettings settings;

    public PdfPrinter(DocumentSettings settings) {
        this.settings = settings;
    }

    /** Whether HTML documents can be printed (Chromium is there). */
    public boolean printsHtml() {
        return settings.enabled() && settings.chromium() != null && Files.isExecutable(settings.chromium());
    }

    /** Whether workbooks can be printed (LibreOffice is there). */
    public boolean printsWorkbooks() {
        return settings.enabled() && settings.office() != null && Files.isExecutable(settings.office());
    }

    /** The HTML document, printed to {@code target} (A4 as its CSS sets it). */
    public void htmlToPdf(String what, String html, Path target) {
        Path folder = ExternalRenderer.workingFolder();
        try {
            moveInto(what, printHtml(what, html, folder), target);
        } finally {
            ExternalRenderer.delete(folder);
        }
    }

    /** The HTML document printed to PDF, as bytes (a single letter on demand). */
    public byte[] htmlToPdf(String what, String html) {
        Path folder = ExternalRenderer.workingFolder();
        try {
            return Files.readAllBytes(printHtml(what, html, folder));
        } catch (IOException e) {
            throw new DocumentException(what + ": PDF kann nicht gelesen werden", e);
        } finally {
            ExternalRenderer.delete(folder);
        }
    }

    private Path printHtml(String what, String html, Path folder) {
        Path page = folder.resolve("dokument.html");
        ExternalRenderer.writeHtml(page, html);
        Path pdf = folder.resolve("dokument.pdf");
        ExternalRenderer.run(what, List.of(settings.chromium().toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--no-pdf-header-footer", "--disable-background-networking",
                "--user-data-dir=" + folder.resolve("profil"), "--print-to-pdf=" + pdf, page.toUri().toString()),
                folder, ExternalRenderer.timeoutFor(size(page)));
        if (!Files.isRegularFile(pdf)) {
            throw new DocumentException(what + ": es entstand keine Datei");
        }
        return pdf;
    }

    /** The workbook printed by LibreOffice as it would print it, to {@code target}. */
    public void workbookToPdf(String what, Path workbook, Path target) {
        Path folder = ExternalRenderer.workingFolder();
        try {
            Path copy = folder.resolve("liste.xlsx");
            Files.copy(workbook, copy);
            ExternalRenderer.run(what, List.of(settings.office().toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + folder.resolve("profil").toUri(), "--convert-to", "pdf",
                    "--outdir", folder.toString(), copy.toString()), folder,
                    // a workbook is zipped: its content is about ten times its size
                    ExternalRenderer.timeoutFor(Files.size(copy) * 10));
            moveInto(what, folder.resolve("liste.pdf"), target);
        } catch (IOException e) {
            throw new DocumentException(what + ": Arbeitsmappe kann nicht kopiert werden", e);
        } finally {
            ExternalRenderer.delete(folder);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void moveInto(String what, Path written, Path target) {
        if (!Files.isRegularFile(written)) {
            throw new DocumentException(what + ": es entstand keine Datei");
        }
        try {
            Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.copy(written, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DocumentException(what + ": Datei kann nicht abgelegt werden", e);
        }
    }
}
