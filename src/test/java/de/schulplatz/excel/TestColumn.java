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

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    TestColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public String description() {
        return "Testspalte " + header;
    }

    static List<TestColumn> all() {
        return List.of(values());
    }
}
