package de.schulplatz.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Workbooks written as users' programs write them, not by POI: LibreOffice (Debian's
 * {@code libreoffice-calc-nogui}, headless) and Python's openpyxl ({@code python3-openpyxl}); .ci/run installs
 * both. A test that needs them fails with that hint when they are missing.
 */
public final class OtherWriters {

    static final Path PYTHON = Path.of(System.getProperty("writers.python", "/usr/bin/python3"));
    static final Path SOFFICE = Path.of(System.getProperty("writers.soffice", "/usr/bin/soffice"));

    private OtherWriters() {
    }

    /**
     * Runs Python code that writes {@code out} (a str) with openpyxl; {@code openpyxl}, {@code datetime}
     * and {@code unicodedata} are imported.
     */
    public static Path openpyxl(Path out, String code) {
        require(PYTHON, "python3-openpyxl");
        try {
            Path script = Files.createTempFile("openpyxl", ".py");
            Files.writeString(script, "import openpyxl, datetime, unicodedata\nout = r'''" + out.toAbsolutePath()
                    + "'''\n" + code + "\n", StandardCharsets.UTF_8);
            run(List.of(PYTHON.toString(), script.toString()), out.getParent());
            Files.delete(script);
            return require(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A workbook written by openpyxl: one sheet with a header row and rows (Python literals, e.g. "'K-1'"). */
    public static Path openpyxlSheet(Path out, String sheetName, List<String> headers, List<List<String>> rows) {
        StringBuilder code = new StringBuilder("wb = openpyxl.Workbook()\nws = wb.active\nws.title = '")
                .append(sheetName).append("'\nws.append([");
        headers.forEach(header -> code.append('\'').append(header).append("', "));
        code.append("])\n");
        for (List<String> row : rows) {
            code.append("ws.append([").append(String.join(", ", row)).append("])\n");
        }
        code.append("wb.save(out)\n");
        return openpyxl(out, code.toString());
    }

    /**
     * Saves {@code source} with LibreOffice Calc in another format, e.g. {@code "xlsx:Calc MS Excel 2007 XML"}
     * or {@code "fods"}; returns the written file in {@code folder}.
     */
    public static Path libreOffice(Path source, String format, Path folder, String fileName) {
        require(SOFFICE, "libreoffice-calc-nogui");
        try {
            Path work = Files.createTempDirectory("libreoffice");
            // a profile of its own: parallel or earlier LibreOffice processes must not interfere
            run(List.of(SOFFICE.toString(), "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless",
                    "--convert-to", format, "--outdir", work.toString(), source.toAbsolutePath().toString()), work);
            String base = source.getFileName().toString().replaceAll("\\.[^.]+$", "");
            String extension = format.contains(":") ? format.substring(0, format.indexOf(':')) : format;
            Path written = require(work.resolve(base + "." + extension));
            Path target = folder.resolve(fileName);
            Files.move(written, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(List<String> command, Path directory) {
        try {
            Path log = Files.createTempFile("writer", ".log");
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = process.waitFor(120, TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            if (!ended) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command + "\n" + output);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("failed (" + process.exitValue() + "): " + command + "\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void require(Path program, String debianPackage) {
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException(program + " missing: apt-get install -y " + debianPackage
                    + " (.ci/run does this)");
        }
    }

    private static Path require(Path written) {
        if (!Files.isRegularFile(written)) {
            throw new IllegalStateException("not written: " + written);
        }
        return written;
    }
}
