package de.schulplatz.intake;

import de.schulplatz.excel.CellTexts;
import de.schulplatz.excel.DataRow;
import de.schulplatz.excel.RowProblem;
import de.schulplatz.geo.Address;
import de.schulplatz.schoolsystem.Authorities;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schools.School;
import java.util.List;

/** One row of "Schulen" to a {@link School}. */
final class SchoolRowParser implements SheetReader.RowParser<School> {

    private static final AddressResolver.Columns ADDRESS = new AddressResolver.Columns(SchoolColumn.STRASSE,
            SchoolColumn.PLZ, SchoolColumn.ORT, SchoolColumn.GEMEINDESCHLUESSEL, SchoolColumn.BREITENGRAD,
            SchoolColumn.LAENGENGRAD, SchoolColumn.RECHTSWERT, SchoolColumn.HOCHWERT);

    private final AddressResolver addresses;
    private final Authorities authorities;
    private final String fileName;
    private final NewestVersions versions;

    /** @param versions school numbers read in this import so far, files newest first; shared across files */
    SchoolRowParser(AddressResolver addresses, Authorities authorities, String fileName, NewestVersions versions) {
        this.addresses = addresses;
        this.authorities = authorities;
        this.fileName = fileName;
        this.versions = versions;
    }

    @Override
    public School parse(DataRow row, List<RowProblem> hints) {
        String number = SchoolNumbers.normalise(row.requiredText(SchoolColumn.SCHULNUMMER));
        if (number != null && !SchoolNumbers.isValid(number)) {
            row.problem(SchoolColumn.SCHULNUMMER, "keine sechsstellige Schulnummer");
        }
        String name = row.requiredText(SchoolColumn.NAME);
        String formText = row.requiredText(SchoolColumn.SCHULFORM);
        SchoolForm form = formText == null ? null : SchoolForm.parse(formText).orElse(null);
        if (formText != null && form == null) {
            row.problem(SchoolColumn.SCHULFORM,
                    "unbekannte oder nicht unterstützte Schulform (erlaubt: GS, HS, FS, RS, PS, SK, GE, GY, BK)");
        }
        Boolean publicSchool = publicSchool(row);
        Integer totalPupils = row.integer(SchoolColumn.SCHUELERZAHL);
        if (totalPupils != null && totalPupils < 0) {
            row.problem(SchoolColumn.SCHUELERZAHL, "darf nicht negativ sein");
        }
        Boolean barrierFree = row.yesNo(SchoolColumn.BARRIEREFREI);
        Boolean takesNewcomers = row.yesNo(SchoolColumn.NIMMT_SEITENEINSTEIGER);
        List<String> heritageLanguages = Languages.split(row.text(SchoolColumn.HSU_SPRACHEN));
        Address address = addresses.resolve(row, ADDRESS, hints);
        if (row.hasProblems()) {
            return null;
        }
        String authority = authority(row, form, address, hints);
        if (authority == null) {
            return null;
        }
        if (!versions.take(number, fileName, row, SchoolColumn.SCHULNUMMER, "Schulnummer")) {
            return null;
        }
        // Kreis Lippe practice: private schools take part only when they opt in.
        boolean takes = takesNewcomers != null ? takesNewcomers : publicSchool;
        return new School(number, name, form, publicSchool, address, authority, totalPupils,
                Boolean.TRUE.equals(barrierFree), takes, heritageLanguages);
    }

    /**
     * The school's authority as one of the official ones: the name of its list and of the workbook's file,
     * so two spellings of one authority must never make two lists (nor overwrite each other's file).
     */
    private String authority(DataRow row, SchoolForm form, Address address, List<RowProblem> hints) {
        String given = row.text(SchoolColumn.SCHULAUFSICHT);
        String derived = authorities.authorityFor(form, address.municipalityKey()).orElse(null);
        if (given == null) {
            if (derived == null) {
                row.problem(SchoolColumn.SCHULAUFSICHT,
                        "Schulaufsicht nicht ableitbar (Gemeinde nicht in NRW); bitte angeben");
            }
            return derived;
        }
        String official = authorities.resolve(given).orElse(null);
        if (official == null) {
            row.problem(SchoolColumn.SCHULAUFSICHT, "keine Schulaufsicht in NRW; erwartet wird der amtliche Name, "
                    + "z. B. „Schulamt für den Kreis Lippe“ oder „Bezirksregierung Detmold“ (leer = aus Schulform "
                    + "und Gemeinde abgeleitet" + (derived == null ? "" : ": „" + derived + "“") + ")");
            return null;
        }
        if (derived != null && !derived.equals(official)) {
            hints.add(new RowProblem(SchoolColumn.SCHULAUFSICHT.header(), given, "Schulaufsicht weicht von der "
                    + "aus Schulform und Gemeinde abgeleiteten ab („" + derived + "“); die angegebene gilt"));
        }
        return official;
    }

    private static Boolean publicSchool(DataRow row) {
        String text = row.text(SchoolColumn.TRAEGER);
        if (text == null) {
            return true;
        }
        return switch (CellTexts.matchKey(text)) {
            case "öffentlich", "oeffentlich", "1" -> true;
            case "privat", "ersatzschule", "2" -> false;
            default -> {
                row.problem(SchoolColumn.TRAEGER, "erwartet öffentlich oder privat");
                yield null;
            }
        };
    }
}
