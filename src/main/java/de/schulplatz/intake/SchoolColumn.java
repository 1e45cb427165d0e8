package de.schulplatz.intake;

import de.schulplatz.excel.Column;
import de.schulplatz.excel.ColumnSpec;
import java.util.List;

/** Columns of the sheet "Schulen". */
public enum SchoolColumn implements ColumnSpec {
    SCHULNUMMER("Schulnummer", List.of("SchulNr", "Schul-Nr."), true,
            "Amtliche sechsstellige Schulnummer; führende Nullen bleiben erhalten.", List.of()),
    NAME("Name", List.of("Schulname", "Bezeichnung"), true, "Name der Schule.", List.of()),
    SCHULFORM("Schulform", List.of("SF"), true,
            "Schulform als Kürzel (GS, HS, FS, RS, PS, SK, GE, GY, BK) oder amtlicher Schlüssel (02, 04, 08, 10, 13, 14, 15, 20, 30).",
            List.of("GS", "HS", "FS", "RS", "PS", "SK", "GE", "GY", "BK")),
    TRAEGER("Träger", List.of("Traeger", "Öffentlich/Privat", "OeffPri"), false,
            "öffentlich oder privat (Ersatzschule); leer = öffentlich. Auch 1 = öffentlich, 2 = privat.",
            List.of("öffentlich", "privat")),
    STRASSE("Straße", List.of("Strasse", "Adresse"), false, "Straße und Hausnummer.", List.of()),
    PLZ("PLZ", List.of("Postleitzahl"), false, "Fünfstellige Postleitzahl.", List.of()),
    ORT("Ort", List.of("Gemeinde"), false, "Ort bzw. Gemeinde.", List.of()),
    GEMEINDESCHLUESSEL("Gemeindeschlüssel", List.of("Gemeindeschluessel", "AGS", "RegSchl"), false,
            "Achtstelliger amtlicher Gemeindeschlüssel (z. B. 05766020 für Detmold); sonst aus PLZ, Ort oder Lage bestimmt.",
            List.of()),
    BREITENGRAD("Breitengrad", List.of("lat", "Breite"), false, "WGS84-Breite in Dezimalgrad (z. B. 51,94998).", List.of()),
    LAENGENGRAD("Längengrad", List.of("Laengengrad", "lon", "Länge"), false,
            "WGS84-Länge in Dezimalgrad (z. B. 8,87753).", List.of()),
    RECHTSWERT("Rechtswert", List.of("UTM_E", "KoRe", "Ostwert"), false,
            "UTM Zone 32N (EPSG:25832) Rechtswert in Metern, wie in den amtlichen Schuldaten.", List.of()),
    HOCHWERT("Hochwert", List.of("UTM_N", "KoHo", "Nordwert"), false, "UTM Zone 32N Hochwert in Metern.", List.of()),
    SCHULAUFSICHT("Schulaufsicht", List.of(), false,
            "Empfänger der Zuweisungsliste: eine amtliche Schulaufsicht in NRW (z. B. Schulamt für den Kreis Lippe, "
                    + "Bezirksregierung Detmold); leer = aus Schulform und Gemeinde abgeleitet.",
            List.of()),
    SCHUELERZAHL("Schülerzahl", List.of("Schuelerzahl", "Schüler gesamt"), false,
            "Alle Schülerinnen und Schüler der Schule (für eine faire Verteilung).", List.of()),
    BARRIEREFREI("Barrierefrei", List.of(), false, "ja oder nein; leer = nein.", List.of("ja", "nein")),
    NIMMT_SEITENEINSTEIGER("Nimmt Seiteneinsteiger auf", List.of("Seiteneinsteiger"), false,
            "ja oder nein; leer = ja bei öffentlichen, nein bei privaten Schulen (private Schulen nehmen nur teil, wenn sie zustimmen).",
            List.of("ja", "nein")),
    HSU_SPRACHEN("Herkunftssprachlicher Unterricht", List.of("HSU", "HSU-Sprachen"), false,
            "Sprachen des herkunftssprachlichen Unterrichts an der Schule, durch Komma getrennt (z. B. Arabisch, Türkisch).",
            List.of());

    private final Column column;

    SchoolColumn(String header, List<String> aliases, boolean required, String description, List<String> choices) {
        this.column = new Column(header, aliases, required, description, choices);
    }

    @Override
    public Column column() {
        return column;
    }
}
