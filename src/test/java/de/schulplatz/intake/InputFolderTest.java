package de.schulplatz.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.schulplatz.excel.UnreadableWorkbookException;
import de.schulplatz.support.TestWorkbooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook is read in one pass over every known sheet, and fails when it is saved meanwhile. */
class InputFolderTest {

    @TempDir
    Path input;

    @Test
    void oneReadVisitsEveryKnownSheetInTheWorkbooksOrder() throws Exception {
        Path file = new TestWorkbooks()
                .sheet("Schüler", "Fallnummer").header().row("K-1").done()
                .sheet("Notizen", "Text").header().row("x").done()
                .sheet("Schulen", "Schulnummer").header().row("100001").done()
                .writeTo(input.resolve("daten.xlsx"));
        List<SheetKind> visited = new ArrayList<>();

        InputFolder.InputFile read = InputFolder.read(file, new ArrayList<>(), (kind, sheet) -> visited.add(kind));

        assertThat(visited).containsExactly(SheetKind.SCHUELER, SheetKind.SCHULEN);
        assertThat(read.sheets()).containsExactly(SheetKind.SCHUELER, SheetKind.SCHULEN);
    }

    @Test
    void theInboxsOwnChecksumFilesAreNoRemarkButOtherFilesAre(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("schueler.xlsx"), "");
        Files.writeString(folder.resolve("schueler.xlsx.sha256"), "abc  schueler.xlsx\n");
        Files.writeString(folder.resolve("verwaist.xlsx.sha256"), "abc  verwaist.xlsx\n");
        Files.writeString(folder.resolve("notizen.txt"), "");
        List<ImportProblem> remarks = new ArrayList<>();

        List<Path> workbooks = InputFolder.workbooks(folder, remarks);

        assertThat(workbooks).extracting(p -> p.getFileName().toString()).containsExactly("schueler.xlsx");
        assertThat(remarks).extracting(ImportProblem::fileName)
                .containsExactlyInAnyOrder("verwaist.xlsx.sha256", "notizen.txt");
    }

    @Test
    void aFileSavedWhileItIsReadFailsTheStepNamingIt() throws Exception {
        Path file = new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header().row("K-1", "Muster", "Ada", LocalDate.of(2018, 3, 3), "32756").done()
                .writeTo(input.resolve("schueler.xlsx"));

        assertThatThrownBy(() -> InputFolder.read(file, new ArrayList<>(), (kind, sheet) -> saveAgain(file)))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessage("Datei schueler.xlsx kann nicht gelesen werden: die Datei wurde während des Einlesens "
                        + "verändert (gespeichert?); nichts aus diesem Schritt ist gespeichert, bitte die Datei "
                        + "schließen und den Lauf fortsetzen");
    }

    private static void saveAgain(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1_000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
