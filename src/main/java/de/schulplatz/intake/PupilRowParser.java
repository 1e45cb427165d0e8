package de.schulplatz.intake;

import de.schulplatz.excel.CellTexts;
import de.schulplatz.excel.DataRow;
import de.schulplatz.excel.RowProblem;
import de.schulplatz.geo.Address;
import de.schulplatz.pupils.GermanLevel;
import de.schulplatz.pupils.LatinLiteracy;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schoolsystem.GradeRule;
import de.schulplatz.schoolsystem.OfficialCatalogues;
import de.schulplatz.schoolsystem.RuleSettings;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schoolsystem.SchoolYear;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of "Schüler" to a {@link Pupil}: all of it while the file is read, except whether the wished
 * schools are known, which needs every school of the run ({@link Draft#settle}).
 */
final class PupilRowParser implements SheetReader.RowParser<PupilRowParser.Draft> {

    /**
     * A pupil valid by itself; its wishes are still all well-formed ones, known schools or not.
     *
     * @param wishes the well-formed school numbers of Wunsch 1, 2, … by position, "" for an empty wish
     */
    record Draft(Pupil pupil, List<String> wishes) {

        /**
         * The pupil with the wishes that can count: a wish that cannot (unknown school, repeated) leaves an
         * empty place, so that "Wunsch 2" stays the second wish.
         */
        Pupil settle(Predicate<String> knownSchool, List<RowProblem> hints) {
            List<String> counted = new ArrayList<>();
            for (int i = 0; i < wishes.size(); i++) {
                String number = wishes.get(i);
                String header = WISHES.get(i).header();
                String wish = "";
                if (number.isEmpty()) {
                    wish = "";
                } else if (!knownSchool.test(number)) {
                    hints.add(new RowProblem(header, number, "Schule unbekannt; der Wunsch wird nicht berücksichtigt"));
                } else if (counted.contains(number)) {
                    hints.add(new RowProblem(header, number, "Schule schon als früherer Wunsch genannt"));
                } else {
                    wish = number;
                }
                counted.add(wish);
            }
            List<String> wished = withoutTrailingEmpty(counted);
            // the same pupil when every wish counts: most rows, and a large import keeps one copy of each
            return wished.equals(pupil.wishedSchools()) ? pupil : pupil.withWishedSchools(wished);
        }
    }

    /** Settles pupil drafts: a wish counts when {@code knownSchool} knows its school. */
    static SheetRows.Settler<Draft, Pupil> wishesAgainst(Predicate<String> knownSchool) {
        return (draft, hints) -> SheetRows.Settled.accepted(draft.settle(knownSchool, hints));
    }

    private static List<String> withoutTrailingEmpty(List<String> wishes) {
        int end = wishes.size();
        while (end > 0 && wishes.get(end - 1).isEmpty()) {
            end--;
        }
        return wishes.subList(0, end);
    }

    private static final AddressResolver.Columns ADDRESS = new AddressResolver.Columns(PupilColumn.STRASSE,
            PupilColumn.PLZ, PupilColumn.ORT, PupilColumn.GEMEINDESCHLUESSEL, PupilColumn.BREITENGRAD,
            PupilColumn.LAENGENGRAD, PupilColumn.RECHTSWERT, PupilColumn.HOCHWERT);
    private static final List<PupilColumn> WISHES = List.of(PupilColumn.WUNSCHSCHULE_1, PupilColumn.WUNSCHSCHULE_2,
            PupilColumn.WUNSCHSCHULE_3);
    /** Children younger than this are not yet of school age; older than the upper bound, a typing error. */
    private static final int MIN_AGE = 5;
    private static final int MAX_AGE = 27;
    /** A counsellor grade this far from the age-typical one is imported with a remark (a typing error?). */
    static final int GRADE_DEVIATION_REMARK = 3;

    private final AddressResolver addresses;
    private final LocalDate planningDate;
    private final String fileName;
    private final NewestVersions versions;

    /** @param versions the case numbers read in this import so far, files newest first; shared across files */
    PupilRowParser(AddressResolver addresses, LocalDate planningDate, String fileName, NewestVersions versions) {
        this.addresses = addresses;
        this.planningDate = planningDate;
        this.fileName = fileName;
        this.versions = versions;
    }

    @Override
    public Draft parse(DataRow row, List<RowProblem> hints) {
        String caseNumber = row.requiredText(PupilColumn.FALLNUMMER);
        if (caseNumber != null && !CaseNumbers.isValid(caseNumber)) {
            row.problem(PupilColumn.FALLNUMMER, CaseNumbers.RULE);
        }
        String lastName = limited(row, PupilColumn.NACHNAME, row.requiredText(PupilColumn.NACHNAME));
        String firstName = limited(row, PupilColumn.VORNAME, row.requiredText(PupilColumn.VORNAME));
        LocalDate birthDate = row.requiredDate(PupilColumn.GEBURTSDATUM);
        if (birthDate != null) {
            checkBirthDate(row, birthDate);
        }
        String sex = sex(row);
        LocalDate arrival = row.date(PupilColumn.ANKUNFTSDATUM);
        LocalDate registered = row.date(PupilColumn.REGISTRIERT_AM);
        Integer schoolingYears = range(row, PupilColumn.SCHULBESUCHSJAHRE, 0, 15);
        Integer lastGrade = range(row, PupilColumn.LETZTER_JAHRGANG, 0, 13);
        LatinLiteracy literacy = coded(row, PupilColumn.ALPHABETISIERT, LatinLiteracy::parse);
        GermanLevel german = coded(row, PupilColumn.DEUTSCHNIVEAU, GermanLevel::parse);
        Set<SchoolForm> forms = recommendedForms(row);
        Integer counsellorGrade = range(row, PupilColumn.JAHRGANG_BERATUNG, 1, 13);
        if (counsellorGrade != null && birthDate != null && !row.hasProblems()) {
            int ageTypical = GradeRule.ageTypicalGrade(birthDate, SchoolYear.containing(planningDate));
            int deviation = Math.abs(counsellorGrade - ageTypical);
            if (deviation >= GRADE_DEVIATION_REMARK) {
                hints.add(new RowProblem(PupilColumn.JAHRGANG_BERATUNG.header(), counsellorGrade.toString(),
                        "Jahrgang (Beratung) weicht um " + deviation + " vom altersgemäßen ab (altersgemäß: "
                                + ageTypical + "); bitte prüfen"));
            }
        }
        List<String> wishes = wishes(row);
        Boolean barrierFree = row.yesNo(PupilColumn.BARRIEREFREI);
        Boolean consent = row.yesNo(PupilColumn.EINWILLIGUNG);
        SchoolForm previousForm = coded(row, PupilColumn.BISHERIGE_SCHULFORM, SchoolForm::parse);
        Integer germanSchoolYears = range(row, PupilColumn.SCHULJAHRE_IN_DEUTSCHLAND, 0, 15);
        if (germanSchoolYears != null && germanSchoolYears >= RuleSettings.SETTLED_SCHOOL_YEARS) {
            hints.add(new RowProblem(PupilColumn.SCHULJAHRE_IN_DEUTSCHLAND.header(), germanSchoolYears.toString(),
                    "seit " + germanSchoolYears + " Schuljahren in Deutschland in der Schule: kein Seiteneinstieg, "
                            + "die Erstförderung ist nicht mehr für dieses Kind gedacht; bitte prüfen "
                            + "(mit schulplatz.rules.exclude-settled wird es nicht eingeplant)"));
        }
        Address address = addresses.resolve(row, ADDRESS, hints);
        Pupil.RegistryDetails registry = registry(row, arrival, hints);
        if (row.hasProblems()) {
            return null;
        }
        if (!versions.take(caseNumber, fileName, row, PupilColumn.FALLNUMMER, "Fallnummer")) {
            return null;
        }
        return new Draft(new Pupil(caseNumber, lastName, firstName, birthDate, sex, address,
                row.text(PupilColumn.FAMILIENSPRACHE), row.text(PupilColumn.WEITERE_SPRACHEN), arrival, registered,
                schoolingYears, lastGrade, literacy, german, forms, counsellorGrade, row.text(PupilColumn.FAMILIEN_ID),
                withoutTrailingEmpty(wishes), Boolean.TRUE.equals(barrierFree), row.text(PupilColumn.FOERDERSCHWERPUNKT),
                row.text(PupilColumn.DOLMETSCHSPRACHE), consent, row.text(PupilColumn.BEMERKUNGEN), previousForm,
                germanSchoolYears, registry), wishes);
    }

    /**
     * The optional columns for the school's administration software. A value the catalogue does not know does not
     * hold the child back from planning: it stays empty, with a remark.
     */
    private Pupil.RegistryDetails registry(DataRow row, LocalDate arrival, List<RowProblem> hints) {
        String nationality = country(row, PupilColumn.STAATSANGEHOERIGKEIT, hints);
        String birthCountry = country(row, PupilColumn.GEBURTSLAND, hints);
        Integer arrivalYear = range(row, PupilColumn.ZUZUGSJAHR, 1950, planningDate.getYear());
        if (arrivalYear == null && arrival != null) {
            arrivalYear = arrival.getYear();
        }
        String houseNumber = row.text(PupilColumn.HAUSNUMMER);
        if (houseNumber != null && houseNumber.length() > 20) {
            row.problem(PupilColumn.HAUSNUMMER, "höchstens 20 Zeichen");
        }
        return new Pupil.RegistryDetails(nationality, birthCountry, arrivalYear, houseNumber);
    }

    private static String country(DataRow row, PupilColumn column, List<RowProblem> hints) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        return OfficialCatalogues.get().country(text).orElseGet(() -> {
            hints.add(new RowProblem(column.header(), row.shownValue(column), "Staat nicht im amtlichen Katalog "
                    + "(ISO-Kürzel wie SYR, Name wie Syrien oder „syrisch“); bleibt für die Übergabe leer"));
            return null;
        });
    }

    /** A name longer than this is a pasting error (e.g. a whole text in one cell), not a name. */
    static final int MAX_NAME_CHARS = 200;

    private static String limited(DataRow row, PupilColumn column, String text) {
        if (text != null && text.length() > MAX_NAME_CHARS) {
            row.problem(column, "Text zu lang (" + text.length() + " Zeichen, höchstens " + MAX_NAME_CHARS + ")");
            return null;
        }
        return text;
    }

    private void checkBirthDate(DataRow row, LocalDate birthDate) {
        if (birthDate.isAfter(planningDate)) {
            row.problem(PupilColumn.GEBURTSDATUM, "Geburtsdatum liegt in der Zukunft");
            return;
        }
        int age = Period.between(birthDate, planningDate).getYears();
        if (age < MIN_AGE || age > MAX_AGE) {
            row.problem(PupilColumn.GEBURTSDATUM, "Alter " + age + " Jahre liegt außerhalb des Schulalters ("
                    + MIN_AGE + "-" + MAX_AGE + ")");
        }
    }

    private static String sex(DataRow row) {
        String text = row.text(PupilColumn.GESCHLECHT);
        if (text == null) {
            return null;
        }
        return switch (CellTexts.matchKey(text)) {
            case "m", "männlich", "maennlich" -> "m";
            case "w", "weiblich" -> "w";
            case "d", "divers", "x" -> "d";
            default -> {
                row.problem(PupilColumn.GESCHLECHT, "erwartet m, w oder d");
                yield null;
            }
        };
    }

    private static Integer range(DataRow row, PupilColumn column, int min, int max) {
        Integer value = row.integer(column);
        if (value != null && (value < min || value > max)) {
            row.problem(column, "erwartet eine Zahl von " + min + " bis " + max);
            return null;
        }
        return value;
    }

    private static <T> T coded(DataRow row, PupilColumn column, Function<String,
            Optional<T>> parser) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        return parser.apply(CellTexts.matchKey(text)).orElseGet(() -> {
            row.problem(column, "erlaubt sind: " + String.join(", ", column.choices()));
            return null;
        });
    }

    private static Set<SchoolForm> recommendedForms(DataRow row) {
        String text = row.text(PupilColumn.EMPFOHLENE_SCHULFORMEN);
        Set<SchoolForm> forms = EnumSet.noneOf(SchoolForm.class);
        if (text == null) {
            return forms;
        }
        for (String part : text.split("[,;/\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            SchoolForm.parse(part).ifPresentOrElse(forms::add, () -> row.problem(PupilColumn.EMPFOHLENE_SCHULFORMEN,
                    "unbekannte Schulform „" + part + "“ (erlaubt: GS, HS, FS, RS, PS, SK, GE, GY, BK)"));
        }
        return forms;
    }

    /** The wished school numbers by position, "" where empty or not a school number (a problem). */
    private static List<String> wishes(DataRow row) {
        List<String> wishes = new ArrayList<>();
        for (PupilColumn column : WISHES) {
            String number = SchoolNumbers.normalise(row.text(column));
            if (number != null && !SchoolNumbers.isValid(number)) {
                row.problem(column, "keine sechsstellige Schulnummer");
                number = null;
            }
            wishes.add(number == null ? "" : number);
        }
        return wishes;
    }
}
