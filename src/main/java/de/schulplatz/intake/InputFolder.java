package de.schulplatz.intake;

import de.schulplatz.excel.UnreadableWorkbookException;
import de.schulplatz.excel.WorkbookFiles;
import de.schulplatz.intake.ImportProblem.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The spreadsheets in the input folder and which known sheets each holds. Scanning opens every file, so
 * an unreadable one fails the run before anything is imported. Files are in the order they arrived
 * ({@link InputFiles}); when several carry the same pupil or school, the one received last counts
 * ({@link NewestVersions}).
 */
final class InputFolder {

    private static final List<String> WORKBOOK_ENDINGS = List.of(".xlsx", ".xlsm");
    /** Spreadsheets in a format we cannot read: the adviser must convert them, so they fail the run. */
    private static final List<String> OTHER_SPREADSHEET_ENDINGS = List.of(".xls", ".ods", ".csv", ".numbers");

    record InputSheet(SheetKind kind, String sheetName) {
    }

    record InputFile(Path path, Instant receivedAt, List<InputSheet> sheets) {
        String fileName() {
            return path.getFileName().toString();
        }
    }

    /** @param files oldest first */
    record Scan(List<InputFile> files, List<ImportProblem> remarks) {

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
        if (lower.endsWith(".ods")) {
            throw new UnreadableWorkbookException(path, WorkbookFiles.OPEN_DOCUMENT_REASON, null);
        }
        if (OTHER_SPREADSHEET_ENDINGS.stream().anyMatch(lower::endsWith)) {
            throw new UnreadableWorkbookException(path,
                    "nur Excel-Arbeitsmappen (.xlsx) werden gelesen; bitte in Excel als .xlsx speichern", null);
        }
        if (WORKBOOK_ENDINGS.stream().noneMatch(lower::endsWith)) {
            remarks.add(new ImportProblem(Severity.HINWEIS, name, "", null, "", "",
                    "keine Excel-Arbeitsmappe; Datei ignoriert"));
            return;
        }
        List<InputSheet> sheets = knownSheets(path, remarks);
        if (sheets.isEmpty()) {
            remarks.add(new ImportProblem(Severity.HINWEIS, name, "", null, "", "",
                    "keine Tabelle „Schulen“, „Freie Plätze“, „Schüler“ oder „Korrekturen“ gefunden; Datei ignoriert"));
        }
        files.add(new InputFile(path, InputFiles.receivedAt(path), sheets));
    }

    private static List<InputSheet> knownSheets(Path path, List<ImportProblem> remarks) {
        try (Workbook workbook = WorkbookFiles.openStreaming(path)) {
            List<InputSheet> sheets = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String sheetName = workbook.getSheetName(i);
                boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
                SheetKind.ofSheetName(sheetName).ifPresent(kind -> {
                    sheets.add(new InputSheet(kind, sheetName));
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
                readSheets(file, kind, (workbook, sheetName) -> {
                    int rows = 0;
                    for (Row ignored : workbook.getSheet(sheetName)) {
                        rows++;
                    }
                    return rows;
                });
            }
        }
    }

    interface SheetRead<T> {
        T read(Workbook workbook, String sheetName);
    }

    /** Reads every sheet of the given kind in one file; each kind is a separate pass over the file. */
    static <T> List<T> readSheets(InputFolder.InputFile file, SheetKind kind, SheetRead<T> reader) {
        List<String> sheetNames = file.sheets().stream().filter(s -> s.kind() == kind)
                .map(InputFolder.InputSheet::sheetName).toList();
        if (sheetNames.isEmpty()) {
            return List.of();
        }
        try (Workbook workbook = WorkbookFiles.openStreaming(file.path())) {
            List<T> result = new ArrayList<>();
            for (String sheetName : sheetNames) {
                result.add(reader.read(workbook, sheetName));
            }
            return result;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableWorkbookException unreadable) {
                throw unreadable;
            }
            throw WorkbookFiles.unreadable(file.path(), e, "Fehler beim Lesen (" + e.getMessage() + ")");
        }
    }
}
