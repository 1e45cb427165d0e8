package de.schulplatz.samples;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.geo.Utm32Converter;
import de.schulplatz.schoolsystem.SchoolForm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the schools of the supported forms from the shared school lists: the whole official list
 * ({@code nrw-schulen.csv}, UTM coordinates only) and its Kreis extract ({@code kreise-schulen.csv}, with
 * WGS84 added). Both are semicolon-separated with a header line; their column names differ.
 */
final class SchoolListReader {

    private SchoolListReader() {
    }

    /** Operating schools ({@code SchBetrSchl=1}) of the official list whose Regionalschlüssel has the prefix. */
    static List<SampleSchool> operatingSchools(Path csv, String regionPrefix) {
        List<SampleSchool> schools = new ArrayList<>();
        for (Map<String, String> row : rows(csv)) {
            Optional<SchoolForm> form = SchoolForm.parse(row.get("SF"));
            String region = row.getOrDefault("RegSchl", "");
            if (!"1".equals(row.get("SchBetrSchl")) || form.isEmpty() || !region.startsWith(regionPrefix)
                    || row.getOrDefault("KoRe", "").isEmpty() || row.getOrDefault("KoHo", "").isEmpty()) {
                continue;
            }
            double easting = Double.parseDouble(row.get("KoRe"));
            double northing = Double.parseDouble(row.get("KoHo"));
            String name = (row.get("ABez1") + " " + row.get("ABez2")).strip();
            // The official list's Regionalschlüssel lacks the state prefix of the municipality key.
            schools.add(new SampleSchool(row.get("SchulNr"), name, form.get(), "1".equals(row.get("OeffPri")),
                    "05" + region, row.get("Ort"), row.get("PLZ"), row.get("Ort"), row.get("Strasse"),
                    Utm32Converter.toWgs84(easting, northing), easting, northing));
        }
        return schools;
    }

    /** The schools of one Kreis (its three-digit key, e.g. 766 for Lippe) in the Kreis extract. */
    static List<SampleSchool> kreisSchools(Path csv, String kreis) {
        List<SampleSchool> schools = new ArrayList<>();
        for (Map<String, String> row : rows(csv)) {
            Optional<SchoolForm> form = SchoolForm.parse(row.get("SF"));
            if (!kreis.equals(row.get("Kreis")) || form.isEmpty()) {
                continue;
            }
            schools.add(new SampleSchool(row.get("SchulNr"), row.get("Name"), form.get(),
                    "1".equals(row.get("OeffPri")), row.get("RegSchl"),
                    row.get("Gemeinde"), row.get("PLZ"), row.get("Ort"), row.get("Strasse"),
                    new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon"))),
                    Double.parseDouble(row.get("UTM_E")), Double.parseDouble(row.get("UTM_N"))));
        }
        return schools;
    }

    /** The rows as column → value; a byte order mark before the header is not part of the first name. */
    private static List<Map<String, String>> rows(Path csv) {
        try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            List<String> all = lines.toList();
            List<String> header = Arrays.asList(all.get(0).replace("\uFEFF", "").split(";", -1));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : all.subList(1, all.size())) {
                String[] fields = line.split(";", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size() && i < fields.length; i++) {
                    row.put(header.get(i), fields[i].strip());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
