package de.schulplatz.schoolsystem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The school forms (Schulformen) a newcomer can be placed in, with the official numeric code of the
 * NRW school statistics and the grades the form teaches.
 *
 * <p>Grade ranges are the newcomer view: Gesamtschule and Gymnasium also teach 11-13, so a counsellor
 * may recommend them for an older pupil; Förderschule is only chosen when recommended explicitly.
 */
public enum SchoolForm {
    GS("02", "G", "Grundschule", 1, 4, AuthorityLevel.SCHULAMT),
    HS("04", "H", "Hauptschule", 5, 10, AuthorityLevel.SCHULAMT),
    FS("08", "S", "Förderschule", 1, 10, AuthorityLevel.SCHULAMT),
    RS("10", "R", "Realschule", 5, 10, AuthorityLevel.BEZIRKSREGIERUNG),
    PS("13", "PS", "PRIMUS-Schule", 1, 10, AuthorityLevel.BEZIRKSREGIERUNG),
    SK("14", "SK", "Sekundarschule", 5, 10, AuthorityLevel.BEZIRKSREGIERUNG),
    GE("15", "GE", "Gesamtschule", 5, 13, AuthorityLevel.BEZIRKSREGIERUNG),
    GY("20", "GY", "Gymnasium", 5, 13, AuthorityLevel.BEZIRKSREGIERUNG),
    BK("30", "BK", "Berufskolleg", 11, 13, AuthorityLevel.BEZIRKSREGIERUNG);

    private final String code;
    private final String svwsAbbreviation;
    private final String germanName;
    private final int lowestGrade;
    private final int highestGrade;
    private final AuthorityLevel authorityLevel;

    SchoolForm(String code, String svwsAbbreviation, String germanName, int lowestGrade, int highestGrade,
            AuthorityLevel authorityLevel) {
        this.code = code;
        this.svwsAbbreviation = svwsAbbreviation;
        this.germanName = germanName;
        this.lowestGrade = lowestGrade;
        this.highestGrade = highestGrade;
        this.authorityLevel = authorityLevel;
    }

    /** Official two-digit code, e.g. "02" for Grundschule. */
    public String code() {
        return code;
    }

    public String germanName() {
        return germanName;
    }

    public AuthorityLevel authorityLevel() {
        return authorityLevel;
    }

    public boolean teaches(int grade) {
        return grade >= lowestGrade && grade <= highestGrade;
    }

    /**
     * Accepts the numeric code ("2", "02"), the abbreviation used by the KI ("GS"), the SVWS abbreviation
     * ("G") or the German name ("Grundschule"), ignoring case and surrounding blanks.
     */
    /**
     * The kind of group a newcomer joins at a school of this form: the international support class (IFK) at
     * a Berufskolleg, elsewhere the group the pupil needs outside it (German support or literacy).
     */
    public GroupKind groupKindFor(GroupKind outsideBerufskolleg) {
        return this == BK && outsideBerufskolleg != GroupKind.REGELKLASSE ? GroupKind.IFK : outsideBerufskolleg;
    }

    /**
     * The kind of group a young adult (18 or older at the start of the school year) joins here: "Fit für mehr"
     * at a Berufskolleg.
     */
    public GroupKind groupKindForAdult(GroupKind outsideBerufskolleg) {
        return this == BK && outsideBerufskolleg != GroupKind.REGELKLASSE ? GroupKind.FFM : outsideBerufskolleg;
    }

    /** Whether a school of this form reports places of this kind: a Berufskolleg only IFK and FFM, and only it. */
    public boolean offers(GroupKind kind) {
        if (kind == GroupKind.REGELKLASSE) {
            return false; // regular classes are reported in "Plätze Regelklassen", not as places for newcomers
        }
        return (kind == GroupKind.IFK || kind == GroupKind.FFM) == (this == BK);
    }

    public static Optional<SchoolForm> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip().toUpperCase(Locale.GERMAN);
        String numeric = value.matches("\\d") ? "0" + value : value;
        return Arrays.stream(values())
                .filter(form -> form.code.equals(numeric)
                        || form.name().equals(value)
                        || form.svwsAbbreviation.equals(value)
                        || form.germanName.toUpperCase(Locale.GERMAN).equals(value))
                .findFirst();
    }
}
