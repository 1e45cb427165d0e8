package de.schulplatz.batch;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.support.OsmNetworks;
import de.schulplatz.support.TestWorkbooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A river with one bridge 2.5 km upstream (see {@link OsmNetworks#riverWithOneBridge}). Grundschule A stands
 * 300 m from K-1 across the river, Grundschule B 900 m away on K-1's bank; each has one place, and K-2 lives
 * 200 m north of K-1. By line K-1 belongs in A and K-2 in B; by route A is 5.3 km from K-1 and 5.1 km from
 * K-2, so the plan puts K-1 into B and K-2, across the river, into A with its travel costs reimbursed. K-3
 * (grade 7) lives 550 m beyond the end of the streets, off the network, near Realschule D.
 */
final class RiverCrossing {

    static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    static final int BRIDGE_NORTH = 2500;
    static final String SCHOOL_A = "100001";
    static final String SCHOOL_B = "100002";
    static final String SCHOOL_D = "100003";

    private RiverCrossing() {
    }

    static Path network(Path file) {
        return OsmNetworks.riverWithOneBridge(file, BRIDGE_NORTH);
    }

    /**
     * A GTFS feed with a bus across the river between stops near K-2 and near A, running only from 9:00 to
     * 18:00: too late for lessons at 8:00, and the walk (5.1 km) is longer than the 30 minutes allowed to a stop.
     */
    static Path lateBus(Path folder) {
        GeoPoint west = OsmNetworks.at(-150, 300);
        GeoPoint east = OsmNetworks.at(150, 100);
        StringBuilder trips = new StringBuilder("route_id,service_id,trip_id\n");
        StringBuilder times = new StringBuilder("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
        int trip = 0;
        for (int hour = 9; hour < 18; hour++) {
            for (String[] leg : new String[][] {{"W", "E"}, {"E", "W"}}) {
                trip++;
                trips.append("L1,WD,T").append(trip).append('\n');
                times.append(String.format(Locale.ROOT, "T%d,%02d:00:00,%02d:00:00,%s,1%n", trip, hour, hour, leg[0]));
                times.append(String.format(Locale.ROOT, "T%d,%02d:05:00,%02d:05:00,%s,2%n", trip, hour, hour, leg[1]));
            }
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("agency.txt"),
                    "agency_id,agency_name,agency_url,agency_timezone\nBUS,Testbus,https://example.org,Europe/Berlin\n");
            Files.writeString(folder.resolve("stops.txt"), String.format(Locale.ROOT,
                    "stop_id,stop_name,stop_lat,stop_lon%nW,Westufer,%.7f,%.7f%nE,Ostufer,%.7f,%.7f%n",
                    west.latitude(), west.longitude(), east.latitude(), east.longitude()));
            Files.writeString(folder.resolve("routes.txt"),
                    "route_id,agency_id,route_short_name,route_long_name,route_type\nL1,BUS,1,Fähre,3\n");
            Files.writeString(folder.resolve("calendar.txt"), "service_id,monday,tuesday,wednesday,thursday,friday,"
                    + "saturday,sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,20260101,20271231\n");
            Files.writeString(folder.resolve("trips.txt"), trips);
            Files.writeString(folder.resolve("stop_times.txt"), times);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    static Path input(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestWorkbooks schools = new TestWorkbooks();
        var schoolSheet = schools.sheet("Schulen", "Schulnummer", "Name", "Schulform", "Breitengrad", "Längengrad",
                "Gemeindeschlüssel").header();
        var places = schools.sheet("Freie Plätze", "Schulnummer", "Jahrgang von", "Jahrgang bis", "Freie Plätze")
                .header();
        school(schoolSheet, SCHOOL_A, "Grundschule A am Ostufer", "GS", OsmNetworks.at(150, 0));
        school(schoolSheet, SCHOOL_B, "Grundschule B am Westufer", "GS", OsmNetworks.at(-1050, 0));
        school(schoolSheet, SCHOOL_D, "Realschule D", "RS", OsmNetworks.at(-1450, 2950));
        places.row(SCHOOL_A, 1, 4, 1).row(SCHOOL_B, 1, 4, 1).row(SCHOOL_D, 5, 10, 1);
        schools.writeTo(folder.resolve("schulen.xlsx"));

        var pupils = new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum",
                "Breitengrad", "Längengrad").header();
        pupil(pupils, "K-1", "Eins", LocalDate.of(2018, 3, 3), OsmNetworks.at(-150, 0));
        pupil(pupils, "K-2", "Zwei", LocalDate.of(2018, 4, 4), OsmNetworks.at(-150, 200));
        pupil(pupils, "K-3", "Drei", LocalDate.of(2014, 5, 5), OsmNetworks.at(-1450, 3550));
        pupils.done().writeTo(folder.resolve("schueler.xlsx"));
        return folder;
    }

    private static void school(TestWorkbooks.SheetBuilder sheet, String number, String name, String form, GeoPoint at) {
        sheet.row(number, name, form, at.latitude(), at.longitude(), "05766020");
    }

    private static void pupil(TestWorkbooks.SheetBuilder sheet, String caseNumber, String name, LocalDate born,
            GeoPoint at) {
        sheet.row(caseNumber, name, "Kind", born, at.latitude(), at.longitude());
    }

    /** placements.csv by case number: its columns by header. */
    static Map<String, Map<String, String>> placements(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("placements.csv"));
        String[] header = lines.get(0).split(";", -1);
        Map<String, Map<String, String>> result = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(";", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], fields[i]);
            }
            result.put(fields[0], row);
        }
        return result;
    }

    /** The row of a case on a list's school sheets, by header. */
    static Map<String, String> listRow(Path list, String caseNumber) throws Exception {
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(list.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                Row header = sheet.getRow(0);
                for (Row row : sheet) {
                    if (row.getRowNum() > 0 && caseNumber.equals(formatter.formatCellValue(row.getCell(0)))
                            && header.getCell(0).getStringCellValue().equals("Fallnummer")
                            && isSchoolSheetHeader(header, formatter)) {
                        Map<String, String> result = new HashMap<>();
                        for (int i = 0; i < header.getLastCellNum(); i++) {
                            result.put(formatter.formatCellValue(header.getCell(i)), formatter.formatCellValue(row.getCell(i)));
                        }
                        return result;
                    }
                }
            }
        }
        return Map.of();
    }

    /** A school's sheet has a Begründung per pupil (then the authority's decision columns). */
    private static boolean isSchoolSheetHeader(Row header, DataFormatter formatter) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if ("Begründung".equals(formatter.formatCellValue(header.getCell(i)))) {
                return true;
            }
        }
        return false;
    }

    /** A row of a workbook's sheet whose first cell is {@code first}, as texts. */
    static List<String> row(Path workbookFile, String sheetName, String first) throws Exception {
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(workbookFile.toFile(), null, true)) {
            for (Row row : workbook.getSheet(sheetName)) {
                if (formatter.formatCellValue(row.getCell(0)).equals(first)) {
                    List<String> cells = new java.util.ArrayList<>();
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        cells.add(formatter.formatCellValue(row.getCell(i)));
                    }
                    return cells;
                }
            }
        }
        return List.of();
    }
}
