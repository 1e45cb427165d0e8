package de.schulplatz.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookFilesTest {

    @TempDir
    Path dir;

    @Test
    void csvFileNamedXlsxIsRejectedWithTheFileName() throws Exception {
        Path file = dir.resolve("x.xlsx");
        Files.writeString(file, "Fallnummer;Name\nA-1;Anna\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkbookFiles.openStreaming(file))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("x.xlsx")
                .hasMessageContaining("keine Excel-Arbeitsmappe")
                .satisfies(e -> assertThat(((UnreadableWorkbookException) e).file()).isEqualTo(file));
    }

    @Test
    void pdfIsRejectedAsPdf() throws Exception {
        Path file = dir.resolve("liste.xlsx");
        Files.writeString(file, "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> WorkbookFiles.openStreaming(file))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("liste.xlsx")
                .hasMessageContaining("PDF");
    }

    @Test
    void emptyFileIsRejectedAsEmpty() throws Exception {
        Path file = dir.resolve("leer.xlsx");
        Files.createFile(file);
        assertThatThrownBy(() -> WorkbookFiles.openStreaming(file))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("leer");
    }

    @Test
    void tinyFileIsRejectedAsNoWorkbook() throws Exception {
        Path file = dir.resolve("a.xlsx");
        Files.writeString(file, "a");
        assertThatThrownBy(() -> WorkbookFiles.openStreaming(file))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("keine Excel-Arbeitsmappe");
    }

    @Test
    void missingFileIsRejected() {
        Path file = dir.resolve("gibt-es-nicht.xlsx");
        assertThatThrownBy(() -> WorkbookFiles.openStreaming(file))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("gibt-es-nicht.xlsx")
                .hasMessageContaining("lässt sich nicht öffnen");
    }

    @Test
    void legacyXlsNamedXlsxIsRejectedAsXls() throws Exception {
        Path file = dir.resolve("alt.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Kinder").createRow(0).createCell(0).setCellValue("Fallnummer");
            workbook.write(out);
        }
        assertThatThrownBy(() -> WorkbookFiles.openStreaming(file))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("alt.xlsx")
                .hasMessageContaining(".xls)");
    }

    @Test
    void passwordProtectedWorkbookIsRejectedWithHint() throws Exception {
        Path file = dir.resolve("geheim.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Kinder").createRow(0).createCell(0).setCellValue("Fallnummer");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("geheim");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> WorkbookFiles.openStreaming(file))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("Passwort");
    }

    @Test
    void zipThatIsNoWorkbookIsRejectedAsDamaged() throws Exception {
        Path file = dir.resolve("archiv.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("hallo.txt"));
            zip.write("hallo".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> WorkbookFiles.openStreaming(file))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("archiv.xlsx")
                .hasMessageContaining("beschädigt");
    }

    @Test
    void validWorkbookOpensAndRowsKeepTheirExcelPositions() throws Exception {
        Path file = dir.resolve("kinder.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Kinder");
            sheet.createRow(0).createCell(0).setCellValue("Fallnummer");
            sheet.createRow(1).createCell(0).setCellValue("A-1");
            sheet.createRow(6).createCell(0).setCellValue("A-2"); // rows 3-6 empty
            workbook.write(out);
        }
        try (Workbook workbook = WorkbookFiles.openStreaming(file)) {
            List<Integer> rowNumbers = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                rowNumbers.add(row.getRowNum());
                values.add(CellTexts.text(row.getCell(0)));
            }
            assertThat(rowNumbers).containsExactly(0, 1, 6);
            assertThat(values).containsExactly("Fallnummer", "A-1", "A-2");
        }
    }

    @Test
    void openDocumentSpreadsheetNamedXlsxIsRejectedAsOds() throws Exception {
        Path file = dir.resolve("libre.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> WorkbookFiles.openStreaming(file))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessage("Datei libre.xlsx kann nicht gelesen werden: es ist eine OpenDocument-Tabelle (.ods); "
                        + "bitte in LibreOffice als „Excel 2007-365 (.xlsx)“ speichern");
    }

    @Test
    void zipBombFoundWhileReadingIsNamedAsSuch() {
        Path file = dir.resolve("bombe.xlsx");
        var failure = new RuntimeException("Error reading XML stream", new java.io.IOException(
                "Zip bomb detected! The file would exceed the max. ratio of compressed file size"));
        assertThat(WorkbookFiles.unreadable(file, failure, "Fehler beim Lesen").getMessage())
                .contains("bombe.xlsx").contains("mögliche Zip-Bombe");
        assertThat(WorkbookFiles.unreadable(file, new RuntimeException("kaputt"), "Fehler beim Lesen").getMessage())
                .isEqualTo("Datei bombe.xlsx kann nicht gelesen werden: Fehler beim Lesen");
    }

    /** A shared-text table too large for the heap is refused by name before reading, not by "Java heap space". */
    @Test
    void aSharedTextTableTooLargeForTheMemoryIsRefusedNamingTheFile() throws Exception {
        Path file = dir.resolve("riesig.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Schüler");
            for (int i = 0; i < 20_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue("Name-" + i + "-" + "x".repeat(40));
            }
            workbook.write(out);
        }

        WorkbookFiles.checkSharedTextsFit(file, 64L << 20);
        assertThatThrownBy(() -> WorkbookFiles.checkSharedTextsFit(file, 2L << 20))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageStartingWith("Datei riesig.xlsx kann nicht gelesen werden: die Tabelle der Texte in der "
                        + "Datei ist mit 2 MB zu groß für den Arbeitsspeicher dieses Dienstes (höchstens 1 MB)");
    }

    /** The reader gets a read-only stream: a workbook that breaks while opening is never saved over. */
    @Test
    void aWorkbookThatFailsToOpenIsNotWrittenTo() throws Exception {
        Path file = dir.resolve("kaputt.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Schüler").createRow(0).createCell(0).setCellValue("Fallnummer & mehr");
            workbook.write(out);
        }
        de.schulplatz.support.TestWorkbooks.rewriteEntry(file, "xl/sharedStrings.xml", xml -> xml.replace("&amp;", "&"));
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);

        assertThatThrownBy(() -> WorkbookFiles.openStreaming(file)).isInstanceOf(UnreadableWorkbookException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }
}
