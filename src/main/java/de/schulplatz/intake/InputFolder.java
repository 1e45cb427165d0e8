package de.schulplatz.intake;

import de.schulplatz.excel.CellTexts;
import de.schulplatz.excel.UnreadableWorkbookException;
import de.schulplatz.excel.WorkbookFiles;
import de.schulplatz.intake.ImportProblem.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The spreadsheets of an input folder and how one of them is read: opened once, every known sheet handed
 * to a {@link SheetVisitor} in the workbook's order; size and modification time tell whether it was saved
 * meanwhile.
 * Files are in the order they arrived ({@link InputFiles}); when several carry the same pupil or school,
 * the one received last counts ({@link NewestVersions}).
 */
final class InputFolder {

    private static final List<String> WORKBOOK_ENDINGS = List.of(".xlsx", ".xlsm");
    /**
     * Spreadsheets in a format we cannot read, with what the adviser should do: they fail the run naming
     * the file, rather than being passed over while the run goes on without their pupils.
     */
    private static final Map<String, String> OTHER_SPREADSHEETS = Map.ofEntries(
            Map.entry(".xls", "das alte Excel-Format (.xls); bitte in Excel als Excel-Arbeitsmappe (.xlsx) speichern"),
            Map.entry(".xlsb", "das Excel-Binärformat (.xlsb); bitte in Excel als Excel-Arbeitsmappe (.xlsx) speichern"),
            Map.entry(".xlt", "Excel-Vorlagen (.xlt); bitte in Excel als Excel-Arbeitsmappe (.xlsx) speichern"),
            Map.entry(".xltx", "Excel-Vorlagen (.xltx); bitte in Excel als Excel-Arbeitsmappe (.xlsx) speichern"),
            Map.entry(".xltm", "Excel-Vorlagen (.xltm); bitte in Excel als Excel-Arbeitsmappe (.xlsx) speichern"),
            Map.entry(".ods", "OpenDocument-Tabellen (.ods); bitte in LibreOffice als „Excel 2007-365 (.xlsx)“ speichern"),
            Map.entry(".fods", "flache OpenDocument-Tabellen (.fods); bitte in LibreOffice als „Excel 2007-365 (.xlsx)“ speichern"),
            Map.entry(".ots", "OpenDocument-Vorlagen (.ots); bitte in LibreOffice als „Excel 2007-365 (.xlsx)“ speichern"),
            Map.entry(".csv", "Textdateien (.csv); bitte in Excel öffnen und als Excel-Arbeitsmappe (.xlsx) speichern"),
            Map.entry(".tsv", "Textdateien (.tsv); bitte in Excel öffnen und als Excel-Arbeitsmappe (.xlsx) speichern"),
            Map.entry(".numbers", "Numbers-Tabellen (.numbers); bitte in Numbers als Excel (.xlsx) exportieren"));

    /** @param sheets the known sheets, in the workbook's order */
    record InputFile(Path path, List<SheetKind> sheets) {
        String fileName() {
            return path.getFileName().toString();
        }
    }

    /** Receives each known sheet of a workbook while it is open. */
    interface SheetVisitor {
        void visit(SheetKind kind, Sheet sheet);
    }

    private InputFolder() {
    }

    /**
     * The workbooks of the folder, oldest first. A spreadsheet in a format we cannot read fails the run
     * naming the file, before any file is read; any other file is passed over with a remark.
     */
    /** The inbox's checksum beside an archived input file ({@code schueler.xlsx.sha256}). */
    static final String CHECKSUM_ENDING = ".sha256";

    static List<Path> workbooks(Path folder, List<ImportProblem> remarks) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Eingabeordner " + folder + " existiert nicht oder ist kein Ordner");
        }
        List<Path> workbooks = new ArrayList<>();
        for (Path path : InputFiles.in(folder)) {
            if (isWorkbook(path, remarks)) {
                workbooks.add(path);
            }
        }
        return workbooks;
    }

    /** Whether the file is a workbook to read; false with a remark for a file that is no spreadsheet. */
    static boolean isWorkbook(Path path, List<ImportProblem> remarks) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String other = dot < 0 ? null : OTHER_SPREADSHEETS.get(lower.substring(dot));
        if (other != null) {
            throw new UnreadableWorkbookException(path, "nur Excel-Arbeitsmappen (.xlsx) werden gelesen, nicht "
                    + other, null);
        }
        if (lower.endsWith(CHECKSUM_ENDING)
                && Files.exists(path.resolveSibling(name.substring(0, name.length() - CHECKSUM_ENDING.length())))) {
            // the checksum the inbox wrote beside a file it archived for the run: ours, not the user's
            return false;
        }
        if (WORKBOOK_ENDINGS.stream().noneMatch(lower::endsWith)) {
            remarks.add(new ImportProblem(Severity.HINWEIS, name, "", null, "", "",
                    "keine Excel-Arbeitsmappe; Datei ignoriert"));
            return false;
        }
        return true;
    }

    /**
     * Opens the workbook once and hands every known sheet to {@code visitor}. A cell that cannot be read is
     * a rejected row (DataRow); what fails here is the file itself (not a workbook, a sheet whose XML
     * breaks off), reported with file and sheet and without the reader's message, which may quote cells.
     * A file saved by someone while it was copied for reading fails too: its rows might be half old, half
     * new.
     */
    static InputFile read(Path path, List<ImportProblem> remarks, SheetVisitor visitor) {
        String fileName = path.getFileName().toString();
        FileState before = FileState.of(path);
        List<SheetKind> kinds = new ArrayList<>();
        String current = null;
        try (Workbook workbook = WorkbookFiles.openStreaming(path)) {
            Map<String, String> nameByKey = new HashMap<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String sheetName = workbook.getSheetName(i);
                Optional<SheetKind> kind = SheetKind.ofSheetName(sheetName);
                if (kind.isEmpty()) {
                    continue;
                }
                String earlier = nameByKey.putIfAbsent(CellTexts.matchKey(sheetName), sheetName);
                if (earlier != null) {
                    // Excel would not allow it; other programs write it. Both are read, by position.
                    remarks.add(new ImportProblem(Severity.HINWEIS, fileName, sheetName, null, "", "",
                            "Tabelle heißt bis auf Groß-/Kleinschreibung wie „" + earlier + "“; beide werden gelesen"));
                }
                if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                    // Hidden is not deleted: the adviser may have hidden a finished list. Import, but say so.
                    remarks.add(new ImportProblem(Severity.HINWEIS, fileName, sheetName, null, "", "",
                            "ausgeblendete Tabelle; sie wird trotzdem importiert"));
                }
                kinds.add(kind.get());
                current = sheetName;
                visitor.visit(kind.get(), workbook.getSheetAt(i));
            }
            // The reader parses its own copy, so a save after the copy could not mix versions; but the
            // adviser who saved meanwhile expects the new content, so the step fails either way.
            if (!FileState.of(path).equals(before)) {
                throw changedWhileRead(path);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableWorkbookException unreadable) {
                throw unreadable;
            }
            if (current == null) {
                throw WorkbookFiles.unreadable(path, e, "die Datei ist beschädigt oder keine gültige Excel-Arbeitsmappe (.xlsx)");
            }
            throw WorkbookFiles.unreadable(path, e, "die Tabelle „" + current + "“ ist beschädigt oder "
                    + "enthält ungültige Daten; bitte die Datei in Excel öffnen und neu speichern");
        }
        if (kinds.isEmpty()) {
            remarks.add(new ImportProblem(Severity.HINWEIS, fileName, "", null, "", "",
                    "keine Tabelle „Schulen“, „Freie Plätze“, „Schüler“, „Korrekturen“, „Übergang“ oder "
                            + "„Plätze Regelklassen“ gefunden; Datei ignoriert"));
        }
        return new InputFile(path, List.copyOf(kinds));
    }

    /**
     * Schulplatz only reads its inputs; a change means someone saved the file meanwhile (an adviser in
     * Excel), and the rows read may be half old, half new.
     */
    static UnreadableWorkbookException changedWhileRead(Path path) {
        return new UnreadableWorkbookException(path, "die Datei wurde während des Einlesens verändert "
                + "(gespeichert?); nichts aus diesem Schritt ist gespeichert, bitte die Datei schließen und den "
                + "Lauf fortsetzen", null);
    }

    /** Size and modification time: what tells, without reading it, that a file was saved again. */
    record FileState(long size, Instant modified) {

        static FileState of(Path file) {
            try {
                return new FileState(Files.size(file), Files.getLastModifiedTime(file).toInstant());
            } catch (IOException e) {
                throw new UnreadableWorkbookException(file, "die Datei lässt sich nicht öffnen", e);
            }
        }
    }
}
