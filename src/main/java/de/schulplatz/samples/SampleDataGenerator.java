package de.schulplatz.samples;

import de.schulplatz.excel.TableSheet;
import de.schulplatz.excel.WorkbookStyles;
import de.schulplatz.geo.GeoPoint;
import de.schulplatz.geo.Utm32Converter;
import de.schulplatz.intake.PupilColumn;
import de.schulplatz.intake.QuotaColumn;
import de.schulplatz.intake.SchoolColumn;
import de.schulplatz.intake.SheetKind;
import de.schulplatz.samples.NameCatalogue.Language;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolYear;
import de.schulplatz.schoolsystem.GradeRule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Makes realistic, seeded input workbooks from an extract of the official school list
 * ({@code shared/data/kreise-schulen.csv}): the real public schools of one Kreis with plausible free
 * places, and pupils living around the Kreis' municipalities in proportion to their schools, with ages
 * 6-18, typical family languages, siblings, wishes, and a few deliberately faulty rows that show the
 * Fehlerbericht. Same seed, same files.
 */
public final class SampleDataGenerator {

    public static final String SCHOOLS_FILE = "schulen.xlsx";
    public static final String PUPILS_FILE = "schueler.xlsx";
    /** Birth dates are chosen for the school year starting 1 August of this year. */
    static final int SCHOOL_YEAR = 2026;

    private static final List<String> SEK_I_RECOMMENDATIONS = List.of("HS, RS, GE, SK", "RS, GE, GY", "GE, SK",
            "", "GY, GE", "HS, GE", "RS, SK, GE", "");

    /**
     * Named benchmark sizes over the official school list {@code shared/data/nrw-schulen.csv} (operating
     * schools): pupils, and the prefix of the 6-digit Regionalschlüssel that selects the schools.
     */
    public enum Size {
        LIPPE("lippe", 300, "766"),
        KOELN("koeln", 2_000, "315"),
        DETMOLD_REGION("detmold-region", 8_000, "7"),
        NRW("nrw", 40_000, ""),
        NRW_2024("nrw-2024", 107_000, "");

        private final String label;
        private final int pupils;
        private final String regionPrefix;

        Size(String label, int pupils, String regionPrefix) {
            this.label = label;
            this.pupils = pupils;
            this.regionPrefix = regionPrefix;
        }

        public String label() {
            return label;
        }

        public int pupils() {
            return pupils;
        }

        public static Size of(String label) {
            return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unbekannte Größe " + label + "; bekannt: "
                            + Arrays.stream(values()).map(Size::label).toList()));
        }
    }

    private final Dice random;
    private final List<SampleSchool> schools;
    /** Regional and state-wide sets: families settle in proportion to schools, free places are scarce. */
    private boolean scarcePlaces;
    /** With scarce places: mean free places per quota of primary, Sek I and Berufskolleg schools. */
    private double primaryMean;
    private double secondaryMean;
    private double berufskollegMean;

    /**
     * Free places about as many as pupils of each band (primary 35 %, Sek I 45 %, Berufskolleg 18 %), times
     * {@code ratio}: with distance limits and uneven demand, some pupils then find no place.
     */
    private void calibrate(int pupils, double ratio) {
        int primary = 0;
        int secondary = 0;
        int berufskolleg = 0;
        for (SampleSchool school : schools) {
            switch (school.form()) {
                case GS -> primary += 2;
                case PS -> {
                    primary++;
                    secondary++;
                }
                case BK -> berufskolleg++;
                case FS -> { }
                default -> secondary += 3;
            }
        }
        primaryMean = ratio * 0.35 * pupils / Math.max(1, primary);
        secondaryMean = ratio * 0.45 * pupils / Math.max(1, secondary);
        berufskollegMean = ratio * 0.18 * pupils / Math.max(1, berufskolleg);
    }

    private SampleDataGenerator(List<SampleSchool> schools, long seed) {
        this.schools = schools;
        this.random = new Dice(seed);
    }

    public static void generate(Path schoolsCsv, String kreis, int pupils, long seed, Path outputFolder) {
        List<SampleSchool> schools = SchoolListReader.kreisSchools(schoolsCsv, kreis);
        if (schools.isEmpty()) {
            throw new IllegalArgumentException("keine Schulen für Kreis " + kreis + " in " + schoolsCsv);
        }
        SampleDataGenerator generator = new SampleDataGenerator(schools, seed);
        try {
            Files.createDirectories(outputFolder);
            generator.writeSchools(outputFolder.resolve(SCHOOLS_FILE));
            generator.writePupils(outputFolder.resolve(PUPILS_FILE), pupils, kreis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the input workbooks of a named size from {@code nrw-schulen.csv}: its operating schools
     * ({@code SchBetrSchl=1}) of the size's region with their UTM coordinates, and that many pupils.
     */
    public static void generateSize(Path nrwSchoolsCsv, String sizeName, long seed, Path outputFolder) {
        Size size = Size.of(sizeName);
        List<SampleSchool> schools = SchoolListReader.operatingSchools(nrwSchoolsCsv, size.regionPrefix);
        if (schools.isEmpty()) {
            throw new IllegalArgumentException("keine Schulen für " + sizeName + " in " + nrwSchoolsCsv);
        }
        SampleDataGenerator generator = new SampleDataGenerator(schools, seed);
        generator.scarcePlaces = size.pupils >= 8_000;
        if (generator.scarcePlaces) {
            generator.calibrate(size.pupils, 1.0);
        }
        try {
            Files.createDirectories(outputFolder);
            generator.writeSchools(outputFolder.resolve(SCHOOLS_FILE));
            generator.writePupils(outputFolder.resolve(PUPILS_FILE), size.pupils, size.label);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeSchools(Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            TableSheet schoolSheet = TableSheet.create(styles, SheetKind.SCHULEN.sheetName(),
                    headers(SchoolColumn.values()));
            TableSheet quotaSheet = TableSheet.create(styles, SheetKind.FREIE_PLAETZE.sheetName(),
                    headers(QuotaColumn.values()));
            for (SampleSchool school : schools) {
                // Half the schools with WGS84, half with the official UTM coordinates: both are accepted.
                boolean utm = random.nextBoolean();
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
                row.put(SchoolColumn.BARRIEREFREI, random.nextInt(5) < 2 ? "ja" : "nein");
                // Kreis Lippe practice: private schools take part only when they opt in; most do not.
                row.put(SchoolColumn.NIMMT_SEITENEINSTEIGER, school.publicSchool() ? null
                        : random.nextInt(3) == 0 ? "ja" : "nein");
                row.put(SchoolColumn.HSU_SPRACHEN, school.form() == SchoolForm.BK || random.nextInt(10) < 7 ? null
                        : random.nextBoolean() ? random.pick(NameCatalogue.HERITAGE_LANGUAGES)
                        : random.pick(NameCatalogue.HERITAGE_LANGUAGES) + ", " + random.pick(NameCatalogue.HERITAGE_LANGUAGES));
                schoolSheet.row(inColumnOrder(row, SchoolColumn.values()));
                for (int[] range : gradeRanges(school.form())) {
                    quotaSheet.row(quotaRow(school.number(), range, freePlaces(school.form()),
                            school.form().groupKindFor(GroupKind.DEUTSCHFOERDERUNG).label()));
                }
                // About a quarter of the schools run a literacy group, with its own few places.
                if (school.form() != SchoolForm.BK && school.form() != SchoolForm.FS && random.nextInt(4) == 0) {
                    int[] range = school.form() == SchoolForm.GS ? new int[] {1, 4} : new int[] {5, 10};
                    quotaSheet.row(quotaRow(school.number(), range, 1 + random.nextInt(3), "Alphabetisierung"));
                }
            }
            schoolSheet.finish();
            quotaSheet.finish();
            save(workbook, file);
        }
    }

    private static List<Object> quotaRow(String school, int[] range, int places, String groupKind) {
        Map<QuotaColumn, Object> row = new EnumMap<>(QuotaColumn.class);
        row.put(QuotaColumn.SCHULNUMMER, school);
        row.put(QuotaColumn.JAHRGANG_VON, range[0]);
        row.put(QuotaColumn.JAHRGANG_BIS, range[1]);
        row.put(QuotaColumn.FREIE_PLAETZE, places);
        row.put(QuotaColumn.GRUPPENART, groupKind);
        return inColumnOrder(row, QuotaColumn.values());
    }

    private static List<int[]> gradeRanges(SchoolForm form) {
        return switch (form) {
            case GS -> List.of(new int[] {1, 2}, new int[] {3, 4});
            case PS -> List.of(new int[] {1, 4}, new int[] {5, 10});
            case FS -> List.of(new int[] {1, 10});
            case BK -> List.of(new int[] {11, 13});
            case GE, GY, HS, RS, SK -> List.of(new int[] {5, 6}, new int[] {7, 8}, new int[] {9, 10});
        };
    }

    private int freePlaces(SchoolForm form) {
        if (scarcePlaces) {
            // Regional and state-wide sets: places about equal to pupils per band (see calibrate), unevenly
            // spread, so with distance limits not everyone can be placed.
            return switch (form) {
                case BK -> random.around(berufskollegMean);
                case FS -> random.nextInt(2);
                case GS -> random.around(primaryMean);
                default -> random.around(secondaryMean);
            };
        }
        return switch (form) {
            case BK -> 6 + random.nextInt(12);
            case FS -> random.nextInt(2);
            case GS -> random.nextInt(4);
            default -> random.nextInt(5);
        };
    }

    private int totalPupils(SchoolForm form) {
        return switch (form) {
            case GS -> 120 + random.nextInt(250);
            case FS -> 60 + random.nextInt(120);
            case BK -> 1200 + random.nextInt(2500);
            default -> 350 + random.nextInt(800);
        };
    }

    private void writePupils(Path file, int count, String kreis) throws IOException {
        Map<String, List<SampleSchool>> byMunicipality = new LinkedHashMap<>();
        schools.forEach(s -> byMunicipality.computeIfAbsent(s.municipalityKey(), k -> new ArrayList<>()).add(s));
        List<String> municipalityKeys = new ArrayList<>(byMunicipality.keySet());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            TableSheet sheet = TableSheet.create(styles, SheetKind.SCHUELER.sheetName(), headers(PupilColumn.values()));
            int written = 0;
            int family = 0;
            while (written < count) {
                family++;
                double roll = random.nextDouble();
                int size = Math.min(count - written, roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3);
                // Families settle where the schools are: a municipality is as likely as its share of schools.
                List<SampleSchool> local = byMunicipality.get(municipalityKeys.get(random.nextInt(municipalityKeys.size())));
                SampleSchool anchor = scarcePlaces ? schools.get(random.nextInt(schools.size()))
                        : local.get(random.nextInt(local.size()));
                GeoPoint home = new GeoPoint(anchor.position().latitude() + random.nextGaussian() * 0.012,
                        anchor.position().longitude() + random.nextGaussian() * 0.018);
                Language language = NameCatalogue.language(random);
                String lastName = random.pick(language.families());
                String street = random.pick(NameCatalogue.STREETS) + " " + (1 + random.nextInt(80));
                LocalDate arrival = LocalDate.of(SCHOOL_YEAR, 8, 1).minusDays(random.nextInt(300));
                int locationKind = random.nextInt(10);
                for (int child = 0; child < size; child++) {
                    written++;
                    sheet.row(pupilRow(kreis, written, size > 1 ? "F-" + kreis + "-" + family : null, lastName,
                            language, anchor, home, street, arrival, locationKind));
                }
            }
            for (List<Object> faulty : faultyRows(kreis, written)) {
                sheet.row(faulty);
            }
            sheet.finish();
            save(workbook, file);
        }
    }

    private List<Object> pupilRow(String kreis, int number, String familyId, String lastName, Language language,
            SampleSchool anchor, GeoPoint home, String street, LocalDate arrival, int locationKind) {
        boolean girl = random.nextBoolean();
        int grade = typicalGrade();
        LocalDate birthDate = birthDateFor(grade);
        String recommended = grade <= 4 ? (random.nextInt(4) == 0 ? "" : "GS")
                : grade <= 10 ? random.pick(SEK_I_RECOMMENDATIONS) : (random.nextBoolean() ? "BK" : "");
        Integer counsellorGrade = grade >= 6 && grade <= 10 && random.nextInt(7) == 0 ? grade - 1 : null;
        double literacyRoll = random.nextDouble();
        String literacy = literacyRoll < 0.75 ? "ja" : literacyRoll < 0.9 ? "teilweise" : "nein";
        String german = List.of("keine", "keine", "keine", "A1", "A1", "A2", "B1").get(random.nextInt(7));
        int age = SCHOOL_YEAR - birthDate.getYear();
        int schoolingYears = Math.max(0, Math.min(age - 6, grade - 1 - random.nextInt(3)));
        String wish = random.nextInt(5) == 0 ? nearbySchool(home, grade) : null;
        Long[] utm = null;
        if (locationKind == 7) {
            double[] en = Utm32Converter.fromWgs84(home);
            utm = new Long[] {Math.round(en[0]), Math.round(en[1])};
        }
        boolean onlyPostalCode = locationKind >= 8;
        boolean exact = locationKind < 7;
        Object birthCell = random.nextInt(10) == 0 ? birthDate.toString() : birthDate;
        Map<PupilColumn, Object> row = new EnumMap<>(PupilColumn.class);
        row.put(PupilColumn.FALLNUMMER, String.format("KI-%s-%d-%04d", kreis, SCHOOL_YEAR, number));
        row.put(PupilColumn.NACHNAME, lastName);
        row.put(PupilColumn.VORNAME, random.pick(girl ? language.girls() : language.boys()));
        row.put(PupilColumn.GEBURTSDATUM, birthCell);
        row.put(PupilColumn.GESCHLECHT, girl ? "w" : "m");
        row.put(PupilColumn.STRASSE, onlyPostalCode ? null : street);
        row.put(PupilColumn.PLZ, anchor.postalCode());
        row.put(PupilColumn.ORT, anchor.municipality());
        row.put(PupilColumn.BREITENGRAD, exact ? round5(home.latitude()) : null);
        row.put(PupilColumn.LAENGENGRAD, exact ? round5(home.longitude()) : null);
        row.put(PupilColumn.RECHTSWERT, utm == null ? null : utm[0]);
        row.put(PupilColumn.HOCHWERT, utm == null ? null : utm[1]);
        row.put(PupilColumn.FAMILIENSPRACHE, language.name());
        row.put(PupilColumn.WEITERE_SPRACHEN, random.nextInt(3) == 0 ? "Englisch" : null);
        row.put(PupilColumn.ANKUNFTSDATUM, arrival);
        row.put(PupilColumn.REGISTRIERT_AM, arrival.plusDays(7 + random.nextInt(50)));
        row.put(PupilColumn.SCHULBESUCHSJAHRE, schoolingYears);
        row.put(PupilColumn.LETZTER_JAHRGANG, schoolingYears == 0 ? null : Math.min(grade, schoolingYears));
        row.put(PupilColumn.ALPHABETISIERT, literacy);
        row.put(PupilColumn.DEUTSCHNIVEAU, german);
        row.put(PupilColumn.EMPFOHLENE_SCHULFORMEN, recommended);
        row.put(PupilColumn.JAHRGANG_BERATUNG, counsellorGrade);
        row.put(PupilColumn.FAMILIEN_ID, familyId);
        row.put(PupilColumn.WUNSCHSCHULE_1, wish);
        row.put(PupilColumn.BARRIEREFREI, random.nextInt(50) == 0 ? "ja" : "nein");
        row.put(PupilColumn.DOLMETSCHSPRACHE, random.nextInt(4) == 0 ? language.name() : null);
        row.put(PupilColumn.EINWILLIGUNG, "ja");
        return inColumnOrder(row, PupilColumn.values());
    }

    /** Grade distribution of newcomers: many in primary and lower secondary, some older, few adults. */
    private int typicalGrade() {
        double roll = random.nextDouble();
        if (roll < 0.02) {
            return 0;
        }
        if (roll < 0.37) {
            return 1 + random.nextInt(4);
        }
        if (roll < 0.82) {
            return 5 + random.nextInt(6);
        }
        if (roll < 0.97) {
            return 11 + random.nextInt(2);
        }
        return 13;
    }

    /** A birth date whose age-typical grade in {@link #SCHOOL_YEAR} is the given one. */
    private LocalDate birthDateFor(int grade) {
        return GradeRule.firstBirthDateOf(grade, new SchoolYear(SCHOOL_YEAR)).plusDays(random.nextInt(365));
    }

    private String nearbySchool(GeoPoint home, int grade) {
        List<SampleSchool> fitting = new ArrayList<>(schools.stream().filter(s -> s.form().teaches(grade)).toList());
        if (fitting.isEmpty()) {
            return null;
        }
        fitting.sort((a, b) -> Integer.compare(a.position().distanceMetresTo(home), b.position().distanceMetresTo(home)));
        return fitting.get(random.nextInt(Math.min(3, fitting.size()))).number();
    }

    /** Rows a KI adviser might really type; each shows one kind of rejection in the Fehlerbericht. */
    private static List<List<Object>> faultyRows(String kreis, int written) {
        List<List<Object>> rows = new ArrayList<>();
        String prefix = "KI-" + kreis + "-" + SCHOOL_YEAR + "-";
        rows.add(faulty(prefix + (written + 1), "Nasser", "Ali", "31.02.2015", "32756", "Detmold", null, null, ""));
        rows.add(faulty(prefix + (written + 2), null, "Olena", "12.03.2014", "32657", "Lemgo", null, null, ""));
        rows.add(faulty(prefix + (written + 3), "Haile", "Meron", "05.06.2012", "32791", "Lage", null, null, "XY"));
        rows.add(faulty(prefix + (written + 4), "Popa", "Ana", "17.09.2016", null, null, 8.87, 51.94, ""));
        return rows;
    }

    private static List<Object> faulty(String caseNumber, String lastName, String firstName, String birthDate,
            String postalCode, String city, Double latitude, Double longitude, String recommended) {
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
        return inColumnOrder(row, PupilColumn.values());
    }

    private static double round5(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    private static List<String> headers(de.schulplatz.excel.ColumnSpec[] columns) {
        return Arrays.stream(columns).map(de.schulplatz.excel.ColumnSpec::header).toList();
    }

    private static void save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        if (workbook instanceof SXSSFWorkbook streaming) {
            streaming.dispose();
        }
    }

    /** The row's values in the order of the sheet's columns (the order headers are written in). */
    private static <C extends Enum<C>> List<Object> inColumnOrder(Map<C, Object> values, C[] columns) {
        List<Object> row = new ArrayList<>();
        for (C column : columns) {
            row.add(values.get(column));
        }
        return row;
    }
}
