package de.schulplatz.samples;

import de.schulplatz.intake.QuotaColumn;
import de.schulplatz.intake.SchoolColumn;
import de.schulplatz.intake.SheetKind;
import de.schulplatz.samples.SampleWorkbook.ColumnSheet;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The schools workbook: the sheet Schulen with the real schools and invented figures (size, access,
 * heritage-language lessons, whether a private school takes part), and their quotas in Freie Plätze.
 */
final class SchoolSheets {

    private final List<SampleSchool> schools;
    private final Dice dice;
    private final FreePlaces freePlaces;

    SchoolSheets(List<SampleSchool> schools, Dice dice, FreePlaces freePlaces) {
        this.schools = schools;
        this.dice = dice;
        this.freePlaces = freePlaces;
    }

    void write(Path file) throws IOException {
        try (SampleWorkbook workbook = new SampleWorkbook()) {
            ColumnSheet<SchoolColumn> schoolSheet = workbook.sheet(SheetKind.SCHULEN, SchoolColumn.class);
            ColumnSheet<QuotaColumn> quotaSheet = workbook.sheet(SheetKind.FREIE_PLAETZE, QuotaColumn.class);
            for (SampleSchool school : schools) {
                schoolSheet.row(schoolRow(school));
                for (GradeRange range : GradeRange.quotasOf(school.form())) {
                    quotaSheet.row(quotaRow(school.number(), range, freePlaces.forQuota(school.form()),
                            school.form().groupKindFor(GroupKind.DEUTSCHFOERDERUNG).label()));
                }
                // About a quarter of the schools run a literacy group, with its own few places.
                if (school.form().offers(GroupKind.ALPHABETISIERUNG) && school.form() != SchoolForm.FS
                        && dice.nextInt(4) == 0) {
                    GradeRange range = school.form() == SchoolForm.GS ? new GradeRange(1, 4) : new GradeRange(5, 10);
                    quotaSheet.row(quotaRow(school.number(), range, 1 + dice.nextInt(3),
                            GroupKind.ALPHABETISIERUNG.label()));
                }
            }
            schoolSheet.finish();
            quotaSheet.finish();
            workbook.save(file);
        }
    }

    private Map<SchoolColumn, Object> schoolRow(SampleSchool school) {
        // Half the schools with WGS84, half with the official UTM coordinates: both are accepted.
        boolean utm = dice.nextBoolean();
        Map<SchoolColumn, Object> row = new EnumMap<>(SchoolColumn.class);
        row.put(SchoolColumn.SCHULNUMMER, school.number());
        row.put(SchoolColumn.NAME, school.name());
        row.put(SchoolColumn.SCHULFORM, school.form().name());
        row.put(SchoolColumn.TRAEGER, school.publicSchool() ? "öffentlich" : "privat");
        row.put(SchoolColumn.STRASSE, school.street());
        row.put(SchoolColumn.PLZ, school.postalCode());
        row.put(SchoolColumn.ORT, school.city());
        row.put(SchoolColumn.GEMEINDESCHLUESSEL, school.municipalityKey());
        row.put(SchoolColumn.BREITENGRAD, utm ? null : school.position().latitude());
        row.put(SchoolColumn.LAENGENGRAD, utm ? null : school.position().longitude());
        row.put(SchoolColumn.RECHTSWERT, utm ? Math.round(school.easting()) : null);
        row.put(SchoolColumn.HOCHWERT, utm ? Math.round(school.northing()) : null);
        row.put(SchoolColumn.SCHUELERZAHL, totalPupils(school.form()));
        row.put(SchoolColumn.BARRIEREFREI, dice.nextInt(5) < 2 ? "ja" : "nein");
        // Kreis Lippe practice: private schools take part only when they opt in; most do not.
        row.put(SchoolColumn.NIMMT_SEITENEINSTEIGER, school.publicSchool() ? null
                : dice.nextInt(3) == 0 ? "ja" : "nein");
        row.put(SchoolColumn.HSU_SPRACHEN, school.form() == SchoolForm.BK || dice.nextInt(10) < 7 ? null
                : dice.nextBoolean() ? dice.pick(NameCatalogue.HERITAGE_LANGUAGES)
                : dice.pick(NameCatalogue.HERITAGE_LANGUAGES) + ", " + dice.pick(NameCatalogue.HERITAGE_LANGUAGES));
        return row;
    }

    private static Map<QuotaColumn, Object> quotaRow(String school, GradeRange range, int places, String groupKind) {
        Map<QuotaColumn, Object> row = new EnumMap<>(QuotaColumn.class);
        row.put(QuotaColumn.SCHULNUMMER, school);
        row.put(QuotaColumn.JAHRGANG_VON, range.from());
        row.put(QuotaColumn.JAHRGANG_BIS, range.to());
        row.put(QuotaColumn.FREIE_PLAETZE, places);
        row.put(QuotaColumn.GRUPPENART, groupKind);
        return row;
    }

    private int totalPupils(SchoolForm form) {
        return switch (form) {
            case GS -> 120 + dice.nextInt(250);
            case FS -> 60 + dice.nextInt(120);
            case BK -> 1200 + dice.nextInt(2500);
            default -> 350 + dice.nextInt(800);
        };
    }
}
