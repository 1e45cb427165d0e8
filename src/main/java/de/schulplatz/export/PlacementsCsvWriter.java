package de.schulplatz.export;

import de.schulplatz.planning.PlannedPlacement;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code placements.csv}: one line per planned pupil, UTF-8, separated by ";", for other programs.
 * Columns: Fallnummer;Schulnummer;Jahrgang;Entfernung_km;Status;Messung;Luftlinie_km;OePNV_zumutbar
 * (Schulnummer and the distances empty when unassigned; OePNV_zumutbar ja/nein where the public-transport
 * check ran, else empty). Entfernung_km is the Schulweg the plan used, measured as Messung says
 * (Luftlinie or Fußweg); the two columns at the end came with walking routes, so older readers keep working.
 */
final class PlacementsCsvWriter {

    static final String FILE_NAME = "placements.csv";
    static final String HEADER = "Fallnummer;Schulnummer;Jahrgang;Entfernung_km;Status;Messung;Luftlinie_km;OePNV_zumutbar;Beginn";

    private PlacementsCsvWriter() {
    }

    static void write(RunData data, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(HEADER + "\n");
        for (PlannedPlacement placement : data.placements()) {
            writer.write(String.join(";",
                    field(placement.caseNumber()),
                    placement.schoolNumber() == null ? "" : placement.schoolNumber(),
                    Integer.toString(placement.grade()),
                    km(placement.distanceMetres()),
                    placement.status().name(),
                    placement.isPlaced() || placement.reservedForLater() ? placement.measure().label() : "",
                    km(placement.straightMetres()),
                    placement.transit() == null ? "" : placement.transit().reachable() ? "ja" : "nein",
                    placement.startDate() == null ? "" : placement.startDate().toString()));
            writer.write("\n");
        }
        writer.flush();
    }

    private static String km(Integer metres) {
        return metres == null ? "" : String.format(Locale.ROOT, "%.1f", metres / 1000.0);
    }

    /** Case numbers are validated on import, but quote anyway so a separator can never shift columns. */
    private static String field(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
