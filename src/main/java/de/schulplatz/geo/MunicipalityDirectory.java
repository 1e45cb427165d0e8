package de.schulplatz.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.ArrayList;

/**
 * Looks up NRW municipalities by key, postal code or name, and finds the one nearest to a position.
 * Backed by {@code reference/gemeinden.csv} and {@code reference/plz.csv}, which {@link ReferenceDataBuilder}
 * derives from the official school list.
 */
public final class MunicipalityDirectory {

    private final Map<String, Municipality> byKey = new HashMap<>();
    private final Map<String, Municipality> byName = new HashMap<>();
    private final Map<String, Municipality> byPostalCode = new HashMap<>();

    MunicipalityDirectory(List<Municipality> municipalities, Map<String, String> postalCodeToKey) {
        for (Municipality municipality : municipalities) {
            byKey.put(municipality.key(), municipality);
            byName.putIfAbsent(normalise(municipality.name()), municipality);
        }
        postalCodeToKey.forEach((postalCode, key) -> {
            Municipality municipality = byKey.get(key);
            if (municipality != null) {
                byPostalCode.put(postalCode, municipality);
            }
        });
    }

    public static MunicipalityDirectory fromClasspath() {
        List<Municipality> municipalities = new ArrayList<>();
        readCsv("reference/gemeinden.csv", fields -> municipalities.add(new Municipality(fields[0], fields[1],
                new GeoPoint(Double.parseDouble(fields[2]), Double.parseDouble(fields[3])))));
        Map<String, String> postalCodes = new HashMap<>();
        readCsv("reference/plz.csv", fields -> postalCodes.put(fields[0], fields[1]));
        return new MunicipalityDirectory(municipalities, postalCodes);
    }

    public Optional<Municipality> byKey(String key) {
        return Optional.ofNullable(key).map(byKey::get);
    }

    public Optional<Municipality> byPostalCode(String postalCode) {
        return Optional.ofNullable(postalCode).map(String::strip).map(byPostalCode::get);
    }

    public Optional<Municipality> byName(String name) {
        return Optional.ofNullable(name).map(MunicipalityDirectory::normalise).map(byName::get);
    }

    /** The municipality whose centre is nearest; a good guess of where a position belongs. */
    public Municipality nearestTo(GeoPoint point) {
        return byKey.values().stream()
                .min(Comparator.comparingInt(m -> m.centre().distanceMetresTo(point)))
                .orElseThrow();
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.GERMAN);
    }

    private static void readCsv(String resource, Consumer<String[]> rowConsumer) {
        InputStream stream = MunicipalityDirectory.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing reference data " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .skip(1)
                    .map(line -> line.split(";", -1))
                    .forEach(rowConsumer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
