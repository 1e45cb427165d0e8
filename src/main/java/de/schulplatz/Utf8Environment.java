package de.schulplatz;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.io.IOException;

/**
 * Schulplatz must run with UTF-8 file names and output, whatever the locale it is started in. Cron jobs,
 * containers and systemd units often run with {@code LANG=C}: then Java 17 encodes file names as ASCII,
 * "Schulen-Übersicht.xlsx" cannot be opened (it reads as "beschädigt"), and every German message prints
 * "?" for its umlauts. The file-name encoding is fixed when the JVM starts ({@code -Dsun.jnu.encoding} is
 * ignored), so a JVM started without a UTF-8 locale starts the same command once more in the locale
 * {@code C.UTF-8} and passes on its input, output and exit code. Setting {@code LANG=C.UTF-8} in the
 * environment (docs/operations.md) spares that second start.
 */
final class Utf8Environment {

    /** Set for the second start, so that it never starts a third one; not a schulplatz.* setting. */
    static final String RELAUNCHED = "SP_UTF8_RELAUNCHED";
    static final String UTF8_LOCALE = "C.UTF-8";

    private Utf8Environment() {
    }

    /** Standard output and error in UTF-8, so that German messages keep their umlauts in any locale. */
    static void useUtf8Output() {
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }

    static boolean fileNamesAreUtf8() {
        String encoding = System.getProperty("sun.jnu.encoding", "");
        return encoding.replace("-", "").equalsIgnoreCase("UTF8");
    }

    /**
     * Starts this command again under {@code C.UTF-8} when file names are not UTF-8 here; empty when this
     * JVM can go on (already UTF-8, already the second start, or not on a Unix-like system).
     *
     * @return the exit code of the second start
     */
    static OptionalInt relaunchIfNeeded(String[] args) throws InterruptedException {
        if (fileNamesAreUtf8() || System.getenv(RELAUNCHED) != null
                || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            if (!fileNamesAreUtf8() && System.getenv(RELAUNCHED) != null) {
                System.err.println("Warnung: auch mit LANG=" + UTF8_LOCALE + " sind Dateinamen nicht UTF-8; Dateien "
                        + "mit Umlauten im Namen lassen sich nicht lesen. Bitte ein UTF-8-Locale einrichten "
                        + "(docs/operations.md).");
            }
            return OptionalInt.empty();
        }
        ProcessBuilder again = new ProcessBuilder(command(args)).inheritIO();
        again.environment().put("LC_ALL", UTF8_LOCALE);
        again.environment().put("LANG", UTF8_LOCALE);
        again.environment().put(RELAUNCHED, "1");
        Process process;
        try {
            process = again.start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        // A stop of this JVM (Ctrl+C, SIGTERM of the service) reaches the second one, which ends its run cleanly.
        Thread stop = new Thread(() -> {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "utf8-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int exit = process.waitFor();
        return OptionalInt.of(exit);
    }

    /** The same java, JVM options and program: from a jar with -jar, else with its class path. */
    static List<String> command(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        String classPath = System.getProperty("java.class.path", "");
        // "java -jar x.jar args" leaves "x.jar args" here, "java -cp … Main args" leaves "Main args".
        boolean fromJar = classPath.endsWith(".jar") && System.getProperty("sun.java.command", "").startsWith(classPath);
        if (fromJar) {
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(SchulplatzApplication.class.getName());
        }
        command.addAll(List.of(args));
        return command;
    }
}
