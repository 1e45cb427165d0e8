package de.schulplatz.intake;

import de.schulplatz.excel.Column;
import de.schulplatz.excel.ColumnSpec;
import java.util.List;

/** Columns of the sheet "Schüler": what a counselling session of the KI records. */
public enum PupilColumn implements ColumnSpec {
    FALLNUMMER("Fallnummer", List.of("Fall-Nr.", "Fallnr", "Aktenzeichen"), true,
            "Fallnummer des KI, eindeutig; Buchstaben, Ziffern und . _ - (höchstens 40 Zeichen, kein Schrägstrich)."),
    NACHNAME("Nachname", List.of("Familienname"), true, "Nachname."),
    VORNAME("Vorname", List.of(), true, "Vorname(n)."),
    GEBURTSDATUM("Geburtsdatum", List.of("geboren am"), true, "Geburtsdatum (Datumszelle, TT.MM.JJJJ oder JJJJ-MM-TT)."),
    GESCHLECHT("Geschlecht", List.of(), false, "m, w oder d.", List.of("m", "w", "d")),
    STRASSE("Straße", List.of("Strasse", "Adresse"), false, "Straße und Hausnummer der Wohnung."),
    PLZ("PLZ", List.of("Postleitzahl"), false, "Postleitzahl der Wohnung."),
    ORT("Wohnort", List.of("Ort", "Gemeinde"), false, "Wohnort bzw. Gemeinde."),
    GEMEINDESCHLUESSEL("Gemeindeschlüssel", List.of("Gemeindeschluessel", "AGS"), false,
            "Achtstelliger amtlicher Gemeindeschlüssel des Wohnorts, falls bekannt."),
    BREITENGRAD("Breitengrad", List.of("lat", "Breite"), false, "WGS84-Breite der Wohnung in Dezimalgrad."),
    LAENGENGRAD("Längengrad", List.of("Laengengrad", "lon", "Länge"), false, "WGS84-Länge der Wohnung in Dezimalgrad."),
    RECHTSWERT("Rechtswert", List.of("UTM_E", "Ostwert"), false, "UTM Zone 32N (EPSG:25832) Rechtswert in Metern."),
    HOCHWERT("Hochwert", List.of("UTM_N", "Nordwert"), false, "UTM Zone 32N Hochwert in Metern."),
    FAMILIENSPRACHE("Familiensprache", List.of("Herkunftssprache", "Verkehrssprache"), false,
            "Sprache der Familie (Name oder ISO-639-Kürzel, z. B. Arabisch oder ar)."),
    WEITERE_SPRACHEN("Weitere Sprachen", List.of(), false, "Weitere Sprachen, durch Komma getrennt."),
    ANKUNFTSDATUM("Ankunftsdatum", List.of("Einreise", "Zuzug"), false, "Datum der Ankunft in Deutschland."),
    REGISTRIERT_AM("Registriert am", List.of("Beratung am", "Anmeldung KI"), false,
            "Datum der Anmeldung beim KI (ab hier zählt die Wartezeit)."),
    SCHULBESUCHSJAHRE("Schulbesuchsjahre", List.of("Schuljahre im Ausland"), false,
            "Jahre des Schulbesuchs vor der Ankunft (0-15)."),
    LETZTER_JAHRGANG("Letzter Jahrgang", List.of(), false, "Zuletzt besuchter Jahrgang im Herkunftsland (0-13)."),
    ALPHABETISIERT("Lateinische Schrift", List.of("Alphabetisiert", "Alphabetisierung"), false,
            "Liest und schreibt die lateinische Schrift: ja, teilweise oder nein.", List.of("ja", "teilweise", "nein")),
    DEUTSCHNIVEAU("Deutschniveau", List.of("Deutschkenntnisse"), false, "keine, A1, A2 oder B1.",
            List.of("keine", "A1", "A2", "B1")),
    EMPFOHLENE_SCHULFORMEN("Empfohlene Schulformen", List.of("Schulformempfehlung", "Empfehlung"), false,
            "Von der Beratung empfohlene Schulformen, z. B. „GE, RS, GY“; leer = alle üblichen Schulformen des Jahrgangs."),
    JAHRGANG_BERATUNG("Jahrgang (Beratung)", List.of("Jahrgang Beratung", "Jahrgang"), false,
            "Von der Beratung festgelegter Jahrgang (1-13); leer = altersgemäßer Jahrgang."),
    FAMILIEN_ID("Familien-ID", List.of("Familie", "Familien-Nr."), false,
            "Gleicher Wert für Geschwister, z. B. die Fallnummer des ältesten Kindes."),
    WUNSCHSCHULE_1("Wunschschule 1", List.of("Wunschschule"), false, "Schulnummer der ersten Wunschschule."),
    WUNSCHSCHULE_2("Wunschschule 2", List.of(), false, "Schulnummer der zweiten Wunschschule."),
    WUNSCHSCHULE_3("Wunschschule 3", List.of(), false, "Schulnummer der dritten Wunschschule."),
    BARRIEREFREI("Barrierefreiheit nötig", List.of("Barrierefrei"), false, "ja oder nein; leer = nein.",
            List.of("ja", "nein")),
    FOERDERSCHWERPUNKT("Förderschwerpunkt", List.of("Foerderschwerpunkt", "FSP"), false,
            "Sonderpädagogischer Förderschwerpunkt, falls festgestellt (Kürzel nach SVWS-Katalog, z. B. LE)."),
    DOLMETSCHSPRACHE("Dolmetschsprache", List.of(), false, "Sprache, in der die Familie einen Dolmetscher braucht."),
    EINWILLIGUNG("Einwilligung Datenverarbeitung", List.of("Einwilligung"), false, "ja oder nein.",
            List.of("ja", "nein")),
    BEMERKUNGEN("Bemerkungen", List.of("Notizen"), false, "Freier Text der Beratung."),
    BISHERIGE_SCHULFORM("Bisherige Schulform", List.of(), false,
            "Schulform, die das Kind in NRW bereits besucht (bei einer Umplanung); ab Jahrgang 9 bleibt es bei dieser Schulform.",
            List.of("GS", "HS", "FS", "RS", "PS", "SK", "GE", "GY", "BK")),
    STAATSANGEHOERIGKEIT("Staatsangehörigkeit", List.of("Staatsangehoerigkeit", "Nationalität"), false,
            "Für die Übergabe an die Schulverwaltung (SVWS): ISO-Kürzel (z. B. SYR), Staat (Syrien) oder „syrisch“."),
    GEBURTSLAND("Geburtsland", List.of(), false, "Für die Übergabe an die Schulverwaltung: wie Staatsangehörigkeit."),
    ZUZUGSJAHR("Zuzugsjahr", List.of("Jahr des Zuzugs"), false,
            "Für die Übergabe an die Schulverwaltung: Jahr des Zuzugs nach Deutschland; leer = Jahr des Ankunftsdatums."),
    HAUSNUMMER("Hausnummer", List.of("Hausnr.", "Hausnr"), false,
            "Hausnummer mit Zusatz, wenn sie nicht in der Straße steht (für die Übergabe an die Schulverwaltung)."),
    SCHULJAHRE_IN_DEUTSCHLAND("Schuljahre in Deutschland", List.of("Schulbesuchsjahre in Deutschland",
            "Jahre in deutscher Schule"), false,
            "Schuljahre, die das Kind schon in Deutschland zur Schule geht (0-15). Ab 2 ist es kein Seiteneinstieg mehr: Hinweis im Fehlerbericht, mit schulplatz.rules.exclude-settled=true wird es nicht eingeplant.");

    private final Column column;

    PupilColumn(String header, List<String> aliases, boolean required, String description) {
        this.column = new Column(header, aliases, required, description, List.of());
    }

    PupilColumn(String header, List<String> aliases, boolean required, String description, List<String> choices) {
        this.column = new Column(header, aliases, required, description, choices);
    }

    @Override
    public Column column() {
        return column;
    }
}
