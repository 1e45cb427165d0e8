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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The spreadsheets in the input folder and which known sheets each holds. Scanning opens every file, so
 * an unreadable one fails the run before anything is imported. Files are in the order they arrived
 * ({@link InputFiles}); when several carry the same pupil or school, the one received last counts
 * ({@link NewestVersions}).
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

    /** @param index position in the workbook: sheets are opened by it, since names may differ only in case */
    record InputSheet(SheetKind kind, String sheetName, int index) {
    }

    /** @param fingerprint the file as it was when the scan began: it must be so when the import ends */
    record InputFile(Path path, Instant receivedAt, List<InputSheet> sheets, InputFiles.Fingerprint fingerprint) {
        String fileName() {
            return path.getFileName().toString();
        }
    }

    /** @param files oldest first */
    record Scan(List<InputFile> files, List<ImportProblem> remarks) {

        /**
         * Every file is as it was when the scan began, byte for byte and with the same modification time.
         * Schulplatz only reads its inputs; a change means someone saved the file meanwhile (an adviser in
         * Excel), and the rows read may be half old, half new.
         *
         * @throws UnreadableWorkbookException naming the file; thrown inside the import's transaction, so
         *                                     nothing of the step is stored
         */
        void requireUnchanged() {
            for (InputFile file : files) {
                if (!InputFiles.Fingerprint.of(file.path()).equals(file.fingerprint())) {
                    throw new UnreadableWorkbookException(file.path(), "die Datei wurde während des Einlesens "
                            + "verändert (gespeichert?); nichts aus diesem Schritt ist gespeichert, bitte die Datei "
                            + "schließen und den Lauf fortsetzen", null);
                }
            }
        }

        /** The order in which keyed records are read, so that the newest version is taken. */
        List<InputFile> newestFirst() {
            List<InputFile> reversed = new ArrayList<>(files);
            Collections.reverse(reversed);
            return reversed;
        }
    }


    private InputFolder() {
    }

    static Scan scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Eingabeordner " + folder + " existiert nicht oder ist kein Ordner");
        }
        List<InputFile> files = new ArrayList<>();
        List<ImportProblem> remarks = new ArrayList<>();
        for (Path path : InputFiles.in(folder)) {
            scanOne(path, files, remarks);
        }
        return new Scan(files, remarks);
    }

    /** One file by itself, with the same rules as a folder (e.g. an upload checked before it goes to the inbox). */
    static Scan scanFile(Path file) {
        List<InputFile> files = new ArrayList<>();
        List<ImportProblem> remarks = new ArrayList<>();
        scanOne(file, files, remarks);
        return new Scan(files, remarks);
    }

    private static void scanOne(Path path, List<InputFile> files, List<ImportProblem> remarks) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String other = dot < 0 ? null : OTHER_SPREADSHEETS.get(lower.substring(dot));
        if (other != null) {
            throw new UnreadableWorkbookException(path, "nur Excel-Arbeitsmappen (.xlsx) werden gelesen, nicht "
                    + other, null);
        }
        if (WORKBOOK_ENDINGS.stream().noneMatch(lower::endsWith)) {
            remarks.add(new ImportProblem(Severity.HINWEIS, name, "", null, "", "",
                    "keine Excel-Arbeitsmappe; Datei ignoriert"));
            return;
        }
        InputFiles.Fingerprint fingerprint = InputFiles.Fingerprint.of(path);
        List<InputSheet> sheets = knownSheets(path, remarks);
        if (sheets.isEmpty()) {
            remarks.add(new ImportProblem(Severity.HINWEIS, name, "", null, "", "",
                    "keine Tabelle „Schulen“, „Freie Plätze“, „Schüler“ oder „Korrekturen“ gefunden; Datei ignoriert"));
        }
        files.add(new InputFile(path, fingerprint.modified(), sheets, fingerprint));
    }

    private static List<InputSheet> knownSheets(Path path, List<ImportProblem> remarks) {
        try (Workbook workbook = WorkbookFiles.openStreaming(path)) {
            List<InputSheet> sheets = new ArrayList<>();
            Map<String, String> nameByKey = new HashMap<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String sheetName = workbook.getSheetName(i);
                int index = i;
                boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
                SheetKind.ofSheetName(sheetName).ifPresent(kind -> {
                    String earlier = nameByKey.putIfAbsent(CellTexts.matchKey(sheetName), sheetName);
                    if (earlier != null) {
                        // Excel would not allow it; other programs write it. Both are read, by position.
                        remarks.add(new ImportProblem(Severity.HINWEIS, path.getFileName().toString(), sheetName,
                                null, "", "", "Tabelle heißt bis auf Groß-/Kleinschreibung wie „" + earlier
                                        + "“; beide werden gelesen"));
                    }
                    sheets.add(new InputSheet(kind, sheetName, index));
                    if (hidden) {
                        // Hidden is not deleted: the adviser may have hidden a finished list. Import, but say so.
                        remarks.add(new ImportProblem(Severity.HINWEIS, path.getFileName().toString(), sheetName,
                                null, "", "", "ausgeblendete Tabelle; sie wird trotzdem importiert"));
                    }
                });
            }
            return sheets;
        } catch (IOException e) {
            throw new UnreadableWorkbookException(path, "die Datei lässt sich nicht schließen", e);
        }
    }

    /** Reads every row of every known sheet, storing nothing: fails on a file that breaks while reading. */
    static void readAllSheets(Scan scan) {
        for (InputFile file : scan.files()) {
            for (SheetKind kind : SheetKind.values()) {
                readSheets(file, kind, sheet -> {
                    int rows = 0;
                    for (Row ignored : sheet) {
                        rows++;
                    }
                    return rows;
                });
            }
        }
    }

    interface SheetRead<T> {
        T read(Sheet sheet);
    }

    /**
     * Reads every sheet of the given kind in one file; each kind is a separate pass over the file. A cell
     * that cannot be read is a rejected row (DataRow); what fails here is the file itself (a sheet whose XML
     * breaks off), reported with file and sheet and without the reader's message, which may quote cells.
     */
    static <T> List<T> readSheets(InputFolder.InputFile file, SheetKind kind, SheetRead<T> reader) {
        List<InputSheet> sheets = file.sheets().stream().filter(s -> s.kind() == kind).toList();
        if (sheets.isEmpty()) {
            return List.of();
        }
        String current = sheets.get(0).sheetName();
        try (Workbook workbook = WorkbookFiles.openStreaming(file.path())) {
            List<T> result = new ArrayList<>();
            for (InputSheet sheet : sheets) {
                current = sheet.sheetName();
                result.add(reader.read(workbook.getSheetAt(sheet.index())));
            }
            return result;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableWorkbookException unreadable) {
                throw unreadable;
            }
            throw WorkbookFiles.unreadable(file.path(), e, "die Tabelle „" + current + "“ ist beschädigt oder "
                    + "enthält ungültige Daten; bitte die Datei in Excel öffnen und neu speichern");
        }
    }
}
