package de.schulplatz.intake;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.schulplatz.excel.UnreadableWorkbookException;
import de.schulplatz.support.TestWorkbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every import ends by checking that its files are as they were when it began (Schulplatz only reads). */
class InputFolderTest {

    @TempDir
    Path input;

    @Test
    void aFileSavedWhileTheImportReadsItFailsTheStepNamingIt() throws Exception {
        Path file = new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header().row("K-1", "Muster", "Ada", LocalDate.of(2018, 3, 3), "32756").done()
                .writeTo(input.resolve("schueler.xlsx"));
        InputFolder.Scan scan = InputFolder.scan(input);
        scan.requireUnchanged();

        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1_000));

        assertThatThrownBy(scan::requireUnchanged).isInstanceOf(UnreadableWorkbookException.class)
                .hasMessage("Datei schueler.xlsx kann nicht gelesen werden: die Datei wurde während des Einlesens "
                        + "verändert (gespeichert?); nichts aus diesem Schritt ist gespeichert, bitte die Datei "
                        + "schließen und den Lauf fortsetzen");
    }
}
