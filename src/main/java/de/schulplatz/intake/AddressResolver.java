package de.schulplatz.intake;

import de.schulplatz.excel.ColumnSpec;
import de.schulplatz.excel.DataRow;
import de.schulplatz.excel.RowProblem;
import de.schulplatz.geo.Address;
import de.schulplatz.geo.GeoPoint;
import de.schulplatz.geo.Municipality;
import de.schulplatz.geo.MunicipalityDirectory;
import de.schulplatz.geo.Utm32Converter;
import java.util.List;
import java.util.Optional;

/**
 * Finds the position of a pupil's home or a school from whatever the sheet offers, best first:
 * WGS84 latitude/longitude, UTM 32N easting/northing, else the centre of the municipality named by key,
 * postal code or name (then marked approximate, with a remark).
 */
final class AddressResolver {

    /** The address columns of one sheet. */
    record Columns(ColumnSpec street, ColumnSpec postalCode, ColumnSpec city, ColumnSpec municipalityKey,
            ColumnSpec latitude, ColumnSpec longitude, ColumnSpec easting, ColumnSpec northing) {
    }

    private final MunicipalityDirectory municipalities;

    AddressResolver(MunicipalityDirectory municipalities) {
        this.municipalities = municipalities;
    }

    /** Null (with problems noted on the row) when no usable position can be found. */
    Address resolve(DataRow row, Columns columns, List<RowProblem> hints) {
        String postalCode = row.text(columns.postalCode());
        if (postalCode != null && !postalCode.matches("\\d{5}")) {
            row.problem(columns.postalCode(), "keine fünfstellige Postleitzahl");
            return null;
        }
        String key = row.text(columns.municipalityKey());
        if (key != null) {
            key = key.matches("\\d{7}") ? "0" + key : key;
            if (!key.matches("\\d{8}")) {
                row.problem(columns.municipalityKey(), "kein achtstelliger Gemeindeschlüssel");
                return null;
            }
        }
        String city = row.text(columns.city());
        Optional<Municipality> named = Optional.ofNullable(key).flatMap(municipalities::byKey)
                .or(() -> municipalities.byPostalCode(postalCode))
                .or(() -> municipalities.byName(city));

        GeoPoint position = exactPosition(row, columns);
        if (row.hasProblems()) {
            return null;
        }
        if (position != null) {
            String municipalityKey = key != null ? key : named.orElseGet(() -> municipalities.nearestTo(position)).key();
            return new Address(row.text(columns.street()), postalCode, city, municipalityKey, position, false);
        }
        if (named.isEmpty()) {
            ColumnSpec column = city != null ? columns.city() : postalCode != null ? columns.postalCode()
                    : key != null ? columns.municipalityKey() : columns.latitude();
            row.problem(column, city == null && postalCode == null && key == null
                    ? "keine Lage angegeben: Breiten-/Längengrad, Rechts-/Hochwert, PLZ, Ort oder Gemeindeschlüssel nötig"
                    : "Ort bzw. PLZ in NRW nicht gefunden; bitte Koordinaten angeben");
            return null;
        }
        Municipality municipality = named.get();
        hints.add(new RowProblem(columns.latitude().header(), "",
                "Lage ungefähr: Mittelpunkt von " + municipality.name() + "; Entfernungen sind geschätzt"));
        return new Address(row.text(columns.street()), postalCode, city, key != null ? key : municipality.key(),
                municipality.centre(), true);
    }

    private static GeoPoint exactPosition(DataRow row, Columns columns) {
        boolean hasLatitude = row.text(columns.latitude()) != null;
        boolean hasLongitude = row.text(columns.longitude()) != null;
        if (hasLatitude || hasLongitude) {
            if (hasLatitude != hasLongitude) {
                row.problem(hasLatitude ? columns.longitude() : columns.latitude(),
                        "Breiten- und Längengrad nur zusammen angeben");
                return null;
            }
            Double latitude = row.decimal(columns.latitude());
            Double longitude = row.decimal(columns.longitude());
            if (latitude == null || longitude == null) {
                return null;
            }
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                row.problem(columns.latitude(), "keine gültige WGS84-Koordinate");
                return null;
            }
            GeoPoint point = new GeoPoint(latitude, longitude);
            return checkInNrw(row, columns.latitude(), point);
        }
        boolean hasEasting = row.text(columns.easting()) != null;
        boolean hasNorthing = row.text(columns.northing()) != null;
        if (hasEasting || hasNorthing) {
            if (hasEasting != hasNorthing) {
                row.problem(hasEasting ? columns.northing() : columns.easting(),
                        "Rechts- und Hochwert nur zusammen angeben");
                return null;
            }
            Double easting = row.decimal(columns.easting());
            Double northing = row.decimal(columns.northing());
            if (easting == null || northing == null) {
                return null;
            }
            if (easting < 100_000 || easting > 900_000 || northing < 5_000_000 || northing > 6_500_000) {
                row.problem(columns.easting(), "kein UTM-32N-Wert in Metern (Rechtswert etwa 280000-540000, "
                        + "Hochwert etwa 5570000-5830000)");
                return null;
            }
            return checkInNrw(row, columns.easting(), Utm32Converter.toWgs84(easting, northing));
        }
        return null;
    }

    private static GeoPoint checkInNrw(DataRow row, ColumnSpec column, GeoPoint point) {
        if (point.isInNrw()) {
            return point;
        }
        row.problem(column, point.looksSwapped()
                ? "Breiten- und Längengrad sind vertauscht"
                : "Koordinaten liegen außerhalb von NRW");
        return null;
    }
}
