package de.schulplatz.excel;

import java.util.List;

/** A tiny input format for the tests. */
enum TestColumn implements ColumnSpec {
    CASE_NUMBER("Fallnummer", true, "Fall-Nr.", "Aktenzeichen"),
    NAME("Name", true),
    BIRTH_DATE("Geburtsdatum", false),
    ARRIVAL("Datum der Ankunft", false),
    GRADE("Jahrgang", false),
    LATITUDE("Breitengrad", false),
    LITERATE("Lateinische Schrift", false),
    SCHOOL_NUMBER("Schulnummer", false);

    private final Column column;

    TestColumn(String header, boolean required, String... aliases) {
        this.column = new Column(header, List.of(aliases), required, "Testspalte " + header, List.of());
    }

    @Override
    public Column column() {
        return column;
    }

    static List<TestColumn> all() {
        return List.of(values());
    }
}
