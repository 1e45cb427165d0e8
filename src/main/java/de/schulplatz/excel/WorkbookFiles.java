package de.schulplatz.excel;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Opens input workbooks for streaming reads, so that large sheets need little memory and rows keep their
 * real Excel row numbers. Anything that is not a readable xlsx file fails with a German reason.
 */
public final class WorkbookFiles {

    private WorkbookFiles() {
    }

    public static Workbook openStreaming(Path file) {
        checkIsXlsx(file);
        try {
            return StreamingReader.builder()
                    .rowCacheSize(200)
                    .bufferSize(8192)
                    .setReadHyperlinks(false)
                    .setReadComments(false)
                    .open(file.toFile());
        } catch (RuntimeException e) {
            throw new UnreadableWorkbookException(file, "die Datei ist beschädigt oder keine gültige Excel-Arbeitsmappe (.xlsx)", e);
        }
    }

    /** Looks at the first bytes, because the file name says nothing reliable about the content. */
    static void checkIsXlsx(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw new UnreadableWorkbookException(file, "die Datei ist leer (0 Byte)", null);
            }
        } catch (IOException e) {
            throw new UnreadableWorkbookException(file, "die Datei lässt sich nicht öffnen (" + e.getMessage() + ")", e);
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(file, "die Datei lässt sich nicht öffnen (" + e.getMessage() + ")", e);
        }
        switch (magic) {
            case OOXML -> {
                // a zip container: the streaming reader checks that it really is a workbook
            }
            case OLE2 -> throw new UnreadableWorkbookException(file, ole2Reason(file), null);
            case PDF -> throw new UnreadableWorkbookException(file,
                    "es ist eine PDF-Datei; bitte die Excel-Arbeitsmappe (.xlsx) verwenden", null);
            default -> throw new UnreadableWorkbookException(file,
                    "es ist keine Excel-Arbeitsmappe (.xlsx), sondern z. B. eine Text- oder CSV-Datei", null);
        }
    }

    private static String ole2Reason(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                return "die Arbeitsmappe ist mit einem Passwort geschützt; bitte ohne Passwort speichern";
            }
        } catch (IOException | RuntimeException e) {
            return "die Datei ist beschädigt";
        }
        return "es ist das alte Excel-Format (.xls); bitte als Excel-Arbeitsmappe (.xlsx) speichern";
    }
}
