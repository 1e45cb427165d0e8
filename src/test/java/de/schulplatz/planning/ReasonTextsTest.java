package de.schulplatz.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.overrides.Override;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.planning.domain.SchoolFact;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schoolsystem.SchoolYear;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The Begründung an authority reads for each outcome, word for word. */
class ReasonTextsTest {

    private static final ReasonTexts.PlacedFacts NEAREST = new ReasonTexts.PlacedFacts(0, 1_234,
            GroupKind.DEUTSCHFOERDERUNG, -1, false, false, false, false, false, 2_000, false, null);

    @Test
    void theNearestSchoolWithAPlaceSaysSoWithTheDistance() {
        assertThat(ReasonTexts.placed(NEAREST)).isEqualTo("nächstgelegene passende Schule mit freiem Platz, 1,2 km");
    }

    @Test
    void aFartherSchoolSaysWhetherANearerOneStillHadRoom() {
        assertThat(ReasonTexts.placed(facts(2, false, false, false, false, -1)))
                .isEqualTo("drittnächste passende Schule, 1,2 km; näher gelegene Plätze sind an andere Kinder vergeben");
        assertThat(ReasonTexts.placed(facts(1, false, false, true, false, -1))).isEqualTo("zweitnächste passende "
                + "Schule, 1,2 km; eine nähere Schule hätte Platz; gewählt für eine gleichmäßigere Verteilung oder "
                + "die Wohngemeinde");
        assertThat(ReasonTexts.placed(facts(1, false, false, false, true, -1)))
                .isEqualTo("zweitnächste passende Schule, 1,2 km; Geschwister an dieser Schule");
    }

    @Test
    void wishesAreReportedAsMetOrWhyNot() {
        assertThat(ReasonTexts.placed(facts(1, true, true, false, false, 1)))
                .isEqualTo("zweitnächste passende Schule, 1,2 km; Wunsch 2 erfüllt");
        assertThat(ReasonTexts.placed(facts(0, true, true, false, false, -1))).isEqualTo("nächstgelegene passende "
                + "Schule mit freiem Platz, 1,2 km; Wunschschule nicht erfüllt: ihre Plätze sind an andere Kinder vergeben");
        assertThat(ReasonTexts.placed(new ReasonTexts.PlacedFacts(0, 1_234, GroupKind.DEUTSCHFOERDERUNG, -1, true,
                false, false, false, false, 2_000, false, null))).endsWith("; Wunschschule nicht möglich (Schulform, "
                + "Jahrgang, Gruppe, Entfernung oder kein freier Platz)");
    }

    @Test
    void reimbursementGroupMunicipalityAndHeritageLanguageAreNamed() {
        assertThat(ReasonTexts.placed(new ReasonTexts.PlacedFacts(0, 4_200, GroupKind.ALPHABETISIERUNG, -1, false,
                false, false, false, false, 3_500, true, "Arabisch")))
                .isEqualTo("nächstgelegene passende Schule mit Alphabetisierungsgruppe mit freiem Platz, 4,2 km; "
                        + "Schulweg über 3,5 km: Fahrkosten werden erstattet; außerhalb der Wohngemeinde; "
                        + "herkunftssprachlicher Unterricht in Arabisch");
    }

    @Test
    void ranksBeyondTheTenthAreCounted() {
        assertThat(ReasonTexts.ordinal(9)).isEqualTo("zehntnächste");
        assertThat(ReasonTexts.ordinal(11)).isEqualTo("12. nächstgelegene");
    }

    @Test
    void aPinNamesWhoWhenAndWhyAndWarnsWhenPinsExceedThePlaces() {
        Override pin = new Override(7, OverrideAction.FEST_ZUWEISEN, "K-1", "100001", null, null, null, null, null, null,
                "Familie umgezogen", "Frau Admin", OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.UTC), "Test",
                null, null, null);
        SchoolQuota quota = new SchoolQuota(0, new SchoolFact("100001", "05766020", 200), SchoolForm.GS,
                GroupKind.DEUTSCHFOERDERUNG, new GeoPoint(51.9, 8.8), 1, 4, 1);

        assertThat(ReasonTexts.fixed(pin, quota, 1, 800)).isEqualTo("fest zugewiesen von Frau Admin am 20.11.2026 "
                + "(Korrektur Nr. 7): Familie umgezogen; 0,8 km");
        assertThat(ReasonTexts.fixed(pin, quota, 2, 800)).endsWith("; Achtung: feste Zuweisungen überschreiten die "
                + "freien Plätze (2 fest vergeben, 1 frei gemeldet)");
    }

    @Test
    void fullCandidatesAreCountedInSingularAndPlural() {
        assertThat(ReasonTexts.unplaced(new UnplacedCause.AllCandidatesFull(1,
                new UnplacedCause.Offer(EnumSet.of(SchoolForm.GS), GroupKind.DEUTSCHFOERDERUNG), 2, 3_000)))
                .isEqualTo("die einzige passende Schule (Grundschule) für Jahrgang 2 bis 3,0 km Entfernung ist voll");
        assertThat(ReasonTexts.unplaced(new UnplacedCause.AllCandidatesFull(4,
                new UnplacedCause.Offer(EnumSet.of(SchoolForm.RS, SchoolForm.GE), GroupKind.IFK), 8, 12_500)))
                .isEqualTo("alle 4 passenden Schulen (Realschule/Gesamtschule, Internationale Förderklasse) für "
                        + "Jahrgang 8 bis 12,5 km Entfernung sind voll");
    }

    @Test
    void aPupilNotToBePlacedIsToldWhy() {
        assertThat(ReasonTexts.unplaced(new UnplacedCause.NotYetOfSchoolAge(new SchoolYear(2027))))
                .isEqualTo("noch nicht schulpflichtig: Einschulung erst zum Schuljahr 2027/28");
        assertThat(ReasonTexts.unplaced(new UnplacedCause.BeyondCompulsoryAge(new SchoolYear(2026))))
                .isEqualTo("nicht mehr schulpflichtig (18 Jahre oder älter zu Beginn des Schuljahres 2026/27); nur "
                        + "freiwilliges Angebot über die Beratung");
        assertThat(ReasonTexts.unplaced(new UnplacedCause.NoFormTeachesGrade(UnplacedCause.FormSource.PREVIOUS,
                EnumSet.of(SchoolForm.GS), 10))).isEqualTo("die bisherige Schulform (Grundschule) unterrichtet Jahrgang 10 nicht");
        assertThat(ReasonTexts.unplaced(new UnplacedCause.NoFormTeachesGrade(UnplacedCause.FormSource.USUAL,
                EnumSet.of(SchoolForm.GY, SchoolForm.GS), 3)))
                .isEqualTo("keine der üblichen Schulformen (Grundschule/Gymnasium) unterrichtet Jahrgang 3");
        assertThat(ReasonTexts.unplaced(new UnplacedCause.NoFormTeachesGrade(UnplacedCause.FormSource.RECOMMENDED,
                EnumSet.of(SchoolForm.GY), 3))).isEqualTo("keine der empfohlenen Schulformen (Gymnasium) unterrichtet Jahrgang 3");
    }

    @Test
    void aPupilWithoutEligibleSchoolIsToldWhichFilterLeftNone() {
        UnplacedCause.Offer offer = new UnplacedCause.Offer(EnumSet.of(SchoolForm.GS, SchoolForm.PS),
                GroupKind.ALPHABETISIERUNG);
        String what = "(Grundschule/PRIMUS-Schule, Alphabetisierungsgruppe)";
        assertThat(ReasonTexts.unplaced(new UnplacedCause.NoPlacesReported(offer, 3)))
                .isEqualTo("keine Schule " + what + " meldet Plätze für Jahrgang 3");
        assertThat(ReasonTexts.unplaced(new UnplacedCause.NoFreePlace(offer, 3)))
                .isEqualTo("keine Schule " + what + " hat einen freien Platz in Jahrgang 3");
        assertThat(ReasonTexts.unplaced(new UnplacedCause.AllExcluded(offer, 3)))
                .isEqualTo("alle Schulen " + what + " mit freiem Platz in Jahrgang 3 sind für dieses Kind ausgeschlossen (Korrektur)");
        assertThat(ReasonTexts.unplaced(new UnplacedCause.NoBarrierFreeSchool(offer, 3)))
                .isEqualTo("keine barrierefreie Schule " + what + " hat einen freien Platz in Jahrgang 3");
        assertThat(ReasonTexts.unplaced(new UnplacedCause.BeyondDistanceLimit(offer, 3, 15_000, 40_250)))
                .isEqualTo("keine Schule " + what + " mit freiem Platz in Jahrgang 3 innerhalb 15,0 km (nächste: 40,3 km)");
    }

    @Test
    void aChangedPublishedPlacementSaysWhereFromAndWhy() {
        assertThat(ReasonTexts.moved("100001", ReasonTexts.MoveCause.EXCLUDED, "nächstgelegene passende Schule, 1,0 km"))
                .isEqualTo("verlegt von 100001: die bisherige Schule ist für dieses Kind ausgeschlossen; "
                        + "nächstgelegene passende Schule, 1,0 km");
        assertThat(ReasonTexts.placeLost("100001", ReasonTexts.MoveCause.NO_LONGER_FITS, "alle voll"))
                .isEqualTo("Platz an 100001 entfällt: die bisherige Schule passt nicht mehr (Jahrgang, Gruppe, freie "
                        + "Plätze oder Entfernung); alle voll");
        assertThat(ReasonTexts.moved("100001", ReasonTexts.MoveCause.REPLANNED, "x")).isEqualTo("verlegt von 100001: "
                + "umgeplant, damit mehr Kinder einen Platz bekommen oder Geschwister und Wünsche besser passen; x");
    }

    private static ReasonTexts.PlacedFacts facts(int rank, boolean hadWishes, boolean wishPossible,
            boolean nearerHadRoom, boolean siblingHere, int wishRank) {
        return new ReasonTexts.PlacedFacts(rank, 1_234, GroupKind.DEUTSCHFOERDERUNG, wishRank, hadWishes, wishPossible,
                false, nearerHadRoom, siblingHere, 2_000, false, null);
    }
}
