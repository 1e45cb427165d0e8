package de.schulplatz.samples;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.geo.Utm32Converter;
import de.schulplatz.intake.PupilColumn;
import de.schulplatz.intake.SheetKind;
import de.schulplatz.samples.NameCatalogue.Language;
import de.schulplatz.samples.SampleWorkbook.ColumnSheet;
import de.schulplatz.schoolsystem.GradeBand;
import de.schulplatz.schoolsystem.GradeRule;
import de.schulplatz.schoolsystem.SchoolYear;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pupils workbook: invented newcomers aged 6-18 in families of one to three, living around the
 * sample schools, with typical family languages, counselling results and wishes; then a few faulty rows
 * that show the Fehlerbericht.
 */
final class PupilSheet {

    /** The school year the birth dates, arrivals and case numbers are made for. */
    static final SchoolYear SCHOOL_YEAR = new SchoolYear(2026);

    private static final List<String> SEK_I_RECOMMENDATIONS = List.of("HS, RS, GE, SK", "RS, GE, GY", "GE, SK",
            "", "GY, GE", "HS, GE", "RS, SK, GE", "");

    private final List<SampleSchool> schools;
    private final Dice dice;
    /** Regional and state-wide sets: families settle in proportion to schools, not evenly per municipality. */
    private final boolean familiesFollowSchools;

    /** What the children of one family share; the id is null for a single child. */
    private record Family(String id, String lastName, Language language, SampleSchool anchor, GeoPoint home,
            String street, LocalDate arrival, int locationKind) {
    }

    PupilSheet(List<SampleSchool> schools, Dice dice, boolean familiesFollowSchools) {
        this.schools = schools;
        this.dice = dice;
        this.familiesFollowSchools = familiesFollowSchools;
    }

    /** Writes {@code count} pupils; {@code label} (the Kreis key or the size's name) marks their case numbers. */
    void write(Path file, int count, String label) throws IOException {
        Map<String, List<SampleSchool>> byMunicipality = new LinkedHashMap<>();
        schools.forEach(s -> byMunicipality.computeIfAbsent(s.municipalityKey(), k -> new ArrayList<>()).add(s));
        List<String> municipalityKeys = new ArrayList<>(byMunicipality.keySet());
        try (SampleWorkbook workbook = new SampleWorkbook()) {
            ColumnSheet<PupilColumn> sheet = workbook.sheet(SheetKind.SCHUELER, PupilColumn.class);
            int written = 0;
            int familyNumber = 0;
            while (written < count) {
                familyNumber++;
                double roll = dice.nextDouble();
                int size = Math.min(count - written, roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3);
                // The municipality is drawn for every family, even where the anchor ignores it: dropping that
                // draw would change every later one, and so the files of a seed.
                List<SampleSchool> local = byMunicipality.get(municipalityKeys.get(dice.nextInt(municipalityKeys.size())));
                SampleSchool anchor = familiesFollowSchools ? schools.get(dice.nextInt(schools.size()))
                        : local.get(dice.nextInt(local.size()));
                GeoPoint home = new GeoPoint(anchor.position().latitude() + dice.nextGaussian() * 0.012,
                        anchor.position().longitude() + dice.nextGaussian() * 0.018);
                Language language = NameCatalogue.language(dice);
                String lastName = dice.pick(language.families());
                String street = dice.pick(NameCatalogue.STREETS) + " " + (1 + dice.nextInt(80));
                LocalDate arrival = SCHOOL_YEAR.firstDay().minusDays(dice.nextInt(300));
                int locationKind = dice.nextInt(10);
                Family family = new Family(size > 1 ? "F-" + label + "-" + familyNumber : null, lastName, language,
                        anchor, home, street, arrival, locationKind);
                for (int child = 0; child < size; child++) {
                    written++;
                    sheet.row(pupilRow(label, written, family));
                }
            }
            for (Map<PupilColumn, Object> faulty : faultyRows(label, written)) {
                sheet.row(faulty);
            }
            sheet.finish();
            workbook.save(file);
        }
    }

    private Map<PupilColumn, Object> pupilRow(String label, int number, Family family) {
        boolean girl = dice.nextBoolean();
        int grade = typicalGrade();
        LocalDate birthDate = birthDateFor(grade);
        String recommended = switch (GradeBand.of(grade)) {
            case PRIMARSTUFE -> dice.nextInt(4) == 0 ? "" : "GS";
            case SEKUNDARSTUFE_I -> dice.pick(SEK_I_RECOMMENDATIONS);
            case BERUFSKOLLEG -> dice.nextBoolean() ? "BK" : "";
        };
        Integer counsellorGrade = grade >= 6 && grade <= 10 && dice.nextInt(7) == 0 ? grade - 1 : null;
        double literacyRoll = dice.nextDouble();
        String literacy = literacyRoll < 0.75 ? "ja" : literacyRoll < 0.9 ? "teilweise" : "nein";
        String german = List.of("keine", "keine", "keine", "A1", "A1", "A2", "B1").get(dice.nextInt(7));
        int age = SCHOOL_YEAR.startYear() - birthDate.getYear();
        int schoolingYears = Math.max(0, Math.min(age - 6, grade - 1 - dice.nextInt(3)));
        String wish = dice.nextInt(5) == 0 ? nearbySchool(family.home(), grade) : null;
        Long[] utm = null;
        if (family.locationKind() == 7) {
            double[] en = Utm32Converter.fromWgs84(family.home());
            utm = new Long[] {Math.round(en[0]), Math.round(en[1])};
        }
        boolean onlyPostalCode = family.locationKind() >= 8;
        boolean exact = family.locationKind() < 7;
        Object birthCell = dice.nextInt(10) == 0 ? birthDate.toString() : birthDate;
        Map<PupilColumn, Object> row = new EnumMap<>(PupilColumn.class);
        row.put(PupilColumn.FALLNUMMER, String.format("KI-%s-%d-%04d", label, SCHOOL_YEAR.startYear(), number));
        row.put(PupilColumn.NACHNAME, family.lastName());
        row.put(PupilColumn.VORNAME, dice.pick(girl ? family.language().girls() : family.language().boys()));
        row.put(PupilColumn.GEBURTSDATUM, birthCell);
        row.put(PupilColumn.GESCHLECHT, girl ? "w" : "m");
        row.put(PupilColumn.STRASSE, onlyPostalCode ? null : family.street());
        row.put(PupilColumn.PLZ, family.anchor().postalCode());
        row.put(PupilColumn.ORT, family.anchor().municipality());
        row.put(PupilColumn.BREITENGRAD, exact ? round5(family.home().latitude()) : null);
        row.put(PupilColumn.LAENGENGRAD, exact ? round5(family.home().longitude()) : null);
        row.put(PupilColumn.RECHTSWERT, utm == null ? null : utm[0]);
        row.put(PupilColumn.HOCHWERT, utm == null ? null : utm[1]);
        row.put(PupilColumn.FAMILIENSPRACHE, family.language().name());
        row.put(PupilColumn.WEITERE_SPRACHEN, dice.nextInt(3) == 0 ? "Englisch" : null);
        row.put(PupilColumn.ANKUNFTSDATUM, family.arrival());
        row.put(PupilColumn.REGISTRIERT_AM, family.arrival().plusDays(7 + dice.nextInt(50)));
        row.put(PupilColumn.SCHULBESUCHSJAHRE, schoolingYears);
        row.put(PupilColumn.LETZTER_JAHRGANG, schoolingYears == 0 ? null : Math.min(grade, schoolingYears));
        row.put(PupilColumn.ALPHABETISIERT, literacy);
        row.put(PupilColumn.DEUTSCHNIVEAU, german);
        row.put(PupilColumn.EMPFOHLENE_SCHULFORMEN, recommended);
        row.put(PupilColumn.JAHRGANG_BERATUNG, counsellorGrade);
        row.put(PupilColumn.FAMILIEN_ID, family.id());
        row.put(PupilColumn.WUNSCHSCHULE_1, wish);
        row.put(PupilColumn.BARRIEREFREI, dice.nextInt(50) == 0 ? "ja" : "nein");
        row.put(PupilColumn.DOLMETSCHSPRACHE, dice.nextInt(4) == 0 ? family.language().name() : null);
        row.put(PupilColumn.EINWILLIGUNG, "ja");
        // The country most families of that language come from to NRW: fixed, so no dice is drawn for it.
        row.put(PupilColumn.STAATSANGEHOERIGKEIT, COUNTRY_OF_LANGUAGE.get(family.language().name()));
        row.put(PupilColumn.GEBURTSLAND, COUNTRY_OF_LANGUAGE.get(family.language().name()));
        return row;
    }

    private static final Map<String, String> COUNTRY_OF_LANGUAGE = Map.ofEntries(Map.entry("Ukrainisch", "UKR"),
            Map.entry("Arabisch", "SYR"), Map.entry("Türkisch", "TUR"), Map.entry("Dari", "AFG"),
            Map.entry("Farsi", "IRN"), Map.entry("Kurdisch", "SYR"), Map.entry("Rumänisch", "ROU"),
            Map.entry("Bulgarisch", "BGR"), Map.entry("Tigrinya", "ERI"), Map.entry("Russisch", "RUS"),
            Map.entry("Paschtu", "AFG"));

    /** Grade distribution of newcomers: many in primary and lower secondary, some older, few adults. */
    private int typicalGrade() {
        double roll = dice.nextDouble();
        if (roll < 0.02) {
            return 0;
        }
        if (roll < 0.37) {
            return 1 + dice.nextInt(4);
        }
        if (roll < 0.82) {
            return 5 + dice.nextInt(6);
        }
        if (roll < 0.97) {
            return 11 + dice.nextInt(2);
        }
        return 13;
    }

    /** A birth date whose age-typical grade in {@link #SCHOOL_YEAR} is the given one. */
    private LocalDate birthDateFor(int grade) {
        return GradeRule.firstBirthDateOf(grade, SCHOOL_YEAR).plusDays(dice.nextInt(365));
    }

    /** One of the three nearest schools that teach the grade, as a family would wish for. */
    private String nearbySchool(GeoPoint home, int grade) {
        List<SampleSchool> fitting = new ArrayList<>(schools.stream().filter(s -> s.form().teaches(grade)).toList());
        if (fitting.isEmpty()) {
            return null;
        }
        fitting.sort((a, b) -> Integer.compare(a.position().distanceMetresTo(home), b.position().distanceMetresTo(home)));
        return fitting.get(dice.nextInt(Math.min(3, fitting.size()))).number();
    }

    /** Rows a KI adviser might really type; each shows one kind of rejection in the Fehlerbericht. */
    private static List<Map<PupilColumn, Object>> faultyRows(String label, int written) {
        List<Map<PupilColumn, Object>> rows = new ArrayList<>();
        String prefix = "KI-" + label + "-" + SCHOOL_YEAR.startYear() + "-";
        rows.add(faulty(prefix + (written + 1), "Nasser", "Ali", "31.02.2015", "32756", "Detmold", null, null, ""));
        rows.add(faulty(prefix + (written + 2), null, "Olena", "12.03.2014", "32657", "Lemgo", null, null, ""));
        rows.add(faulty(prefix + (written + 3), "Haile", "Meron", "05.06.2012", "32791", "Lage", null, null, "XY"));
        rows.add(faulty(prefix + (written + 4), "Popa", "Ana", "17.09.2016", null, null, 8.87, 51.94, ""));
        return rows;
    }

    private static Map<PupilColumn, Object> faulty(String caseNumber, String lastName, String firstName,
            String birthDate, String postalCode, String city, Double latitude, Double longitude, String recommended) {
        Map<PupilColumn, Object> row = new EnumMap<>(PupilColumn.class);
        row.put(PupilColumn.FALLNUMMER, caseNumber);
        row.put(PupilColumn.NACHNAME, lastName);
        row.put(PupilColumn.VORNAME, firstName);
        row.put(PupilColumn.GEBURTSDATUM, birthDate);
        row.put(PupilColumn.PLZ, postalCode);
        row.put(PupilColumn.ORT, city);
        row.put(PupilColumn.BREITENGRAD, latitude);
        row.put(PupilColumn.LAENGENGRAD, longitude);
        row.put(PupilColumn.EMPFOHLENE_SCHULFORMEN, recommended);
        return row;
    }

    private static double round5(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}
