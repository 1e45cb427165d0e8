package de.schulplatz.samples;

import de.schulplatz.schoolsystem.SchoolYear;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Makes realistic, seeded input workbooks from an extract of the official school list
 * ({@code shared/data/kreise-schulen.csv}): the real public schools of one Kreis with plausible free
 * places, and pupils living around the Kreis' municipalities, with ages 6-18, typical family languages,
 * siblings, wishes, and a few deliberately faulty rows that show the Fehlerbericht. Same seed, same files.
 */
public final class SampleDataGenerator {

    /** The school year the generated data is made for; its first day is the planning date of the sizes. */
    public static final SchoolYear SCHOOL_YEAR = PupilSheet.SCHOOL_YEAR;

    public static final String SCHOOLS_FILE = "schulen.xlsx";
    public static final String PUPILS_FILE = "schueler.xlsx";
    /** The transition sheets of the Kreis sample (not of the benchmark sizes). */
    public static final String TRANSITION_FILE = "uebergang.xlsx";

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

        /**
         * Regional and state-wide sizes: free places calibrated to the pupils and so scarce, and families
         * settling in proportion to the schools rather than evenly over the municipalities.
         */
        boolean scarcePlaces() {
            return pupils >= 8_000;
        }

        public static Size of(String label) {
            return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unbekannte Größe " + label + "; bekannt: "
                            + Arrays.stream(values()).map(Size::label).toList()));
        }
    }

    private SampleDataGenerator() {
    }

    public static void generate(Path schoolsCsv, String kreis, int pupils, long seed, Path outputFolder) {
        List<SampleSchool> schools = SchoolListReader.kreisSchools(schoolsCsv, kreis);
        if (schools.isEmpty()) {
            throw new IllegalArgumentException("keine Schulen für Kreis " + kreis + " in " + schoolsCsv);
        }
        write(schools, pupils, kreis, false, seed, outputFolder);
        try {
            // A dice of its own: the transition sheets leave the schools' and pupils' files as they were.
            new TransitionSheets(schools, new Dice(seed + 1)).write(outputFolder.resolve(PUPILS_FILE),
                    outputFolder.resolve(TRANSITION_FILE));
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
        write(schools, size.pupils, size.label, size.scarcePlaces(), seed, outputFolder);
    }

    /** Schools first, then pupils, all from one {@link Dice}: the order of the draws is part of the seed's files. */
    private static void write(List<SampleSchool> schools, int pupils, String label, boolean scarcePlaces, long seed,
            Path outputFolder) {
        Dice dice = new Dice(seed);
        FreePlaces freePlaces = scarcePlaces ? FreePlaces.calibrated(dice, schools, pupils) : FreePlaces.few(dice);
        try {
            Files.createDirectories(outputFolder);
            new SchoolSheets(schools, dice, freePlaces).write(outputFolder.resolve(SCHOOLS_FILE));
            new PupilSheet(schools, dice, scarcePlaces).write(outputFolder.resolve(PUPILS_FILE), pupils, label);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
