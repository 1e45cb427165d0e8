package de.schulplatz.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives the municipality reference files shipped in {@code src/main/resources/reference} from the
 * official NRW data in {@code shared/data}: the centre of a municipality is the median position of its
 * operating schools (about 1 km accurate), the name the most frequent place name of its postal codes.
 * Run by developers only, through the {@code reference-data} command, when the official data change.
 */
public final class ReferenceDataBuilder {

    static final String ATTRIBUTION = "# Datenquelle: Ministerium für Schule und Bildung des Landes NRW, Schulgrunddaten "
            + "(Datenlizenz Deutschland – Namensnennung 2.0; SVWS-Server, BSD 3-Clause). Abgeleitet von Schulplatz.";

    private ReferenceDataBuilder() {
    }

    public static void build(Path schoolListCsv, Path placesCsv, Path outputDirectory) {
        try {
            List<Map<String, String>> schools = readSemicolonCsv(schoolListCsv);
            List<Map<String, String>> places = readSemicolonCsv(placesCsv);

            Map<String, String> nameByKey = places.stream()
                    .collect(Collectors.groupingBy(row -> row.get("RegSchl"),
                            Collectors.collectingAndThen(Collectors.groupingBy(row -> row.get("Ort"),
                                    Collectors.counting()),
                                    counts -> counts.entrySet().stream()
                                            .max(Map.Entry.<String, Long>comparingByValue()
                                                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                                            .orElseThrow().getKey())));

            Map<String, List<GeoPoint>> schoolPositions = new TreeMap<>();
            for (Map<String, String> school : schools) {
                if (!"1".equals(school.get("SchBetrSchl")) || school.get("KoRe").isBlank()) {
                    continue;
                }
                String key = "05" + leftPad(school.get("RegSchl"), 6);
                GeoPoint position = Utm32Converter.toWgs84(Double.parseDouble(school.get("KoRe")),
                        Double.parseDouble(school.get("KoHo")));
                schoolPositions.computeIfAbsent(key, k -> new ArrayList<>()).add(position);
            }

            List<String> municipalities = new ArrayList<>();
            municipalities.add(ATTRIBUTION);
            municipalities.add("Gemeindeschluessel;Name;Breitengrad;Laengengrad;Schulen");
            schoolPositions.forEach((key, positions) -> municipalities.add(String.join(";", key,
                    nameByKey.getOrDefault(key, key),
                    format(median(positions, GeoPoint::latitude)),
                    format(median(positions, GeoPoint::longitude)),
                    Integer.toString(positions.size()))));

            Map<String, String> keyByPostalCode = new TreeMap<>();
            for (Map<String, String> place : places) {
                if (schoolPositions.containsKey(place.get("RegSchl"))) {
                    keyByPostalCode.putIfAbsent(place.get("PLZ"), place.get("RegSchl"));
                }
            }
            List<String> postalCodes = new ArrayList<>();
            postalCodes.add(ATTRIBUTION);
            postalCodes.add("PLZ;Gemeindeschluessel");
            keyByPostalCode.forEach((postalCode, key) -> postalCodes.add(postalCode + ";" + key));

            Files.createDirectories(outputDirectory);
            Files.write(outputDirectory.resolve("gemeinden.csv"), municipalities, StandardCharsets.UTF_8);
            Files.write(outputDirectory.resolve("plz.csv"), postalCodes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(List<GeoPoint> points, Function<GeoPoint, Double> coordinate) {
        double[] values = points.stream().map(coordinate).mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static String format(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }

    private static String leftPad(String digits, int length) {
        return "0".repeat(Math.max(0, length - digits.length())) + digits;
    }

    private static List<Map<String, String>> readSemicolonCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).replace("\uFEFF", "").split(";", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(";", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < fields.length ? fields[i].strip() : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
