package de.schulplatz.support;

/** What the official SVWS import tool (repository SVWS-NRW/SVWS-Import) expects, as its example file shows it. */
public final class SvwsImportTool {

    /** The first line of the import tool's example, examples/schuelerdaten.csv of SVWS-NRW/SVWS-Import. */
    public static final String HEADER_LINE = "\"Nachname\";\"Vorname\";\"Alle Vornamen\";\"geburtsname\";\"geschlecht\";"
            + "\"geburtsdatum\";\"geburtsort\";\"staatsangehörigkeit\";\"2. staatsang.\";\"konfession\";"
            + "\"konfessionskuerzel\";\"drucke konfession\";\"konfessionsanmeldung\";\"konfessionsabmeldung\";"
            + "\"geburtsland\";\"geburtsland vater\";\"geburtsland mutter\";\"verkehrssprache familie\";"
            + "\"migrationshintergrund\";\"zuzugsjahr\";\"straße\";\"hausnummer\";\"hausnummernzusatz\";"
            + "\"postleitzahl\";\"wohnort\";\"telefon\";\"mobil\";\"e-mail\";\"e-mail schule\";\"status\";\"klasse\";"
            + "\"jahrgang\";\"anmeldedatum\";\"aufnahmedatum\";\"beginn bildungsgang\";\"dauer bildungsgang\";"
            + "\"externe schulnummer\";\"beruf\";\"masernimpfnachweis\";\"keine auskunft an dritte\";"
            + "\"schueler-basfoeg\";\"meister-bafoeg\"";

    private SvwsImportTool() {
    }
}
