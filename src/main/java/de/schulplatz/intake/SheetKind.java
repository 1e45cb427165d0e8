package de.schulplatz.intake;

import de.schulplatz.excel.CellTexts;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The input sheets Schulplatz understands, recognised by sheet name in any workbook of the input folder. */
public enum SheetKind {
    SCHULEN("Schulen", List.of("Schulen", "Schulliste")),
    FREIE_PLAETZE("Freie Plätze", List.of("Freie Plätze", "Freie Plaetze", "Plätze", "Plaetze", "Kapazitäten")),
    SCHUELER("Schüler", List.of("Schüler", "Schueler", "Schülerinnen und Schüler", "Schüler:innen",
            "Seiteneinsteiger")),
    KORREKTUREN("Korrekturen", List.of("Korrekturen", "Korrektur")),
    /** Pupils whose initial German support ends (transitionJob only). */
    UEBERGANG("Übergang", List.of("Übergang", "Uebergang", "Übergänge", "Uebergaenge")),
    /** Free places in regular classes (transitionJob only). */
    PLAETZE_REGELKLASSEN("Plätze Regelklassen", List.of("Plätze Regelklassen", "Plaetze Regelklassen",
            "Regelklassen")),
    /**
     * A school's sheet of a list the Schulaufsicht returned, named "Schulnummer Kurzname" as the export writes
     * it, with its column "Entscheidung" (see ListDecisions).
     */
    ENTSCHEIDUNGEN("<Schulnummer> <Schule>", List.of()),
    /** Whose list a returned list is: authority and run (see ListDecisions). */
    LISTE("Liste", List.of("Liste"));

    private final String sheetName;
    private final List<String> names;

    SheetKind(String sheetName, List<String> names) {
        this.sheetName = sheetName;
        this.names = names;
    }

    /**
     * Whether columns this kind does not know are passed over without a remark: a returned list keeps every
     * column written for reading, and only its decision columns are read back.
     */
    boolean quietAboutOtherColumns() {
        return this == ENTSCHEIDUNGEN;
    }

    /** The sheet name used in templates and docs. */
    public String sheetName() {
        return sheetName;
    }

    /** The kind a sheet name means, compared as {@link CellTexts#matchKey} (NFD, case, invisible marks). */
    public static Optional<SheetKind> ofSheetName(String name) {
        if (ListDecisions.schoolOfSheet(name).isPresent()) {
            return Optional.of(ENTSCHEIDUNGEN);
        }
        String key = CellTexts.matchKey(name);
        return Arrays.stream(values())
                .filter(kind -> kind.names.stream().anyMatch(n -> CellTexts.matchKey(n).equals(key)))
                .findFirst();
    }
}
