package de.schulplatz.excel;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import java.util.Locale;

/**
 * Opens input workbooks for streaming reads, so that large sheets need little memory and rows keep their
 * real Excel row numbers. Anything that is not a readable xlsx file fails with a German reason.
 * <p>
 * An input file is only ever read, never written: the reader gets a read-only stream of it (and works on
 * its own temporary copy). Given the file itself, the streaming reader opens it as a read-write package,
 * and when the file turns out broken (a raw "&amp;" in the shared texts, a DTD in the styles) closing that
 * package saves it over the user's workbook.
 */
public final class WorkbookFiles {

    public static final String OPEN_DOCUMENT_REASON =
            "es ist eine OpenDocument-Tabelle (.ods); bitte in LibreOffice als „Excel 2007-365 (.xlsx)“ speichern";

    private WorkbookFiles() {
    }

    public static Workbook openStreaming(Path file) {
        checkIsXlsx(file, Runtime.getRuntime().maxMemory());
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
            return StreamingReader.builder()
                    .rowCacheSize(200)
                    .bufferSize(8192)
                    .setReadHyperlinks(false)
                    .setReadComments(false)
                    .open(in);
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e, "die Datei ist beschädigt oder keine gültige Excel-Arbeitsmappe (.xlsx)");
        }
    }

    /**
     * The streaming reader keeps the table of shared texts in memory. A table larger than a quarter of the
     * heap (by the size the zip declares; a zip that lies is caught by POI's zip-bomb limits) is refused by
     * name before reading, instead of ending the run in "Java heap space" without saying which file.
     */
    static void checkSharedTextsFit(Path file, long maxHeapBytes) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            checkSharedTextsFit(file, zip, maxHeapBytes);
        } catch (IOException e) {
            // not readable as a zip: the reader says why
        }
    }

    private static void checkSharedTextsFit(Path file, ZipFile zip, long maxHeapBytes) {
        long limit = maxHeapBytes / 4;
        var entries = zip.getEntries();
        while (entries.hasMoreElements()) {
            ZipArchiveEntry entry = entries.nextElement();
            if (entry.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml") && entry.getSize() > limit) {
                throw new UnreadableWorkbookException(file, "die Tabelle der Texte in der Datei ist mit "
                        + megabytes(entry.getSize()) + " MB zu groß für den Arbeitsspeicher dieses Dienstes "
                        + "(höchstens " + megabytes(limit) + " MB); bitte die Arbeitsmappe aufteilen oder den "
                        + "Dienst mit mehr Speicher starten (java -Xmx…)", null);
            }
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /**
     * The German reason for a failure while opening or reading a workbook: a zip bomb (POI's limits on the
     * inflate ratio and entry size stay on) is named as such; anything else gets {@code otherwise}.
     */
    public static UnreadableWorkbookException unreadable(Path file, Throwable failure, String otherwise) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains("Zip bomb detected")) {
                return new UnreadableWorkbookException(file, "die Datei ist ungewöhnlich stark komprimiert "
                        + "(mögliche Zip-Bombe) und wird zum Schutz des Systems nicht gelesen; bitte die Arbeitsmappe "
                        + "in Excel öffnen, prüfen und neu speichern", failure);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return new UnreadableWorkbookException(file, otherwise, failure);
    }

    /**
     * Looks at the first bytes, because the file name says nothing reliable about the content, and for a
     * zip at its directory (OpenDocument or not, shared texts that fit the heap), in one opening of it.
     */
    static void checkIsXlsx(Path file, long maxHeapBytes) {
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
                try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
                    if (isOpenDocument(zip)) {
                        throw new UnreadableWorkbookException(file, OPEN_DOCUMENT_REASON, null);
                    }
                    checkSharedTextsFit(file, zip, maxHeapBytes);
                } catch (UnreadableWorkbookException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    // not readable as a zip: the streaming reader reports a damaged zip
                }
            }
            case OLE2 -> throw new UnreadableWorkbookException(file, ole2Reason(file), null);
            case PDF -> throw new UnreadableWorkbookException(file,
                    "es ist eine PDF-Datei; bitte die Excel-Arbeitsmappe (.xlsx) verwenden", null);
            default -> throw new UnreadableWorkbookException(file,
                    "es ist keine Excel-Arbeitsmappe (.xlsx), sondern z. B. eine Text- oder CSV-Datei", null);
        }
    }

    /** OpenDocument files (LibreOffice) are zips too; their first entry "mimetype" names the format. */
    private static boolean isOpenDocument(ZipFile zip) {
        ZipArchiveEntry entry = zip.getEntry("mimetype");
        if (entry == null || entry.getSize() > 200) {
            return false;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(200), StandardCharsets.US_ASCII)
                    .startsWith("application/vnd.oasis.opendocument");
        } catch (IOException | RuntimeException e) {
            return false; // the streaming reader reports a damaged zip
        }
    }

    private static String ole2Reason(Path file) {
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ);
                POIFSFileSystem fs = new POIFSFileSystem(in)) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                return "die Arbeitsmappe ist mit einem Passwort geschützt; bitte ohne Passwort speichern";
            }
        } catch (IOException | RuntimeException e) {
            return "die Datei ist beschädigt";
        }
        return "es ist das alte Excel-Format (.xls); bitte als Excel-Arbeitsmappe (.xlsx) speichern";
    }
}
