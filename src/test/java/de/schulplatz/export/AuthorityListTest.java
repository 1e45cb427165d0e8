package de.schulplatz.export;

import de.schulplatz.planning.PlanOfRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.schulplatz.geo.Address;
import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.schoolsystem.Authorities;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lists of a run, checked before any file is written: each placed pupil on exactly one, one file each. */
class AuthorityListTest {

    private static final String LIPPE = "Schulamt für den Kreis Lippe";

    @Test
    void everyOfficialAuthorityGetsAFileOfItsOwn() {
        List<String> official = List.copyOf(Authorities.fromClasspath().officialNames());

        assertThat(official.stream().map(AuthorityList::fileName).distinct()).hasSameSizeAs(official);
        assertThat(AuthorityList.fileName(LIPPE)).isEqualTo("Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx");
        assertThat(AuthorityList.fileName("Bezirksregierung Köln")).isEqualTo("Zuweisungen_Bezirksregierung_Koeln.xlsx");
    }

    @Test
    void eachPlacedPupilIsOnTheListOfItsSchoolsAuthority() {
        RunData data = data(List.of(school("100001", LIPPE), school("100002", "Bezirksregierung Detmold")),
                List.of(placed("A", "100001"), placed("B", "100002"), unassigned("C", LIPPE)));

        List<AuthorityList> lists = AuthorityList.allOf(data);
        AuthorityList.verify(lists, data);

        assertThat(lists).extracting(AuthorityList::authority).containsExactly("Bezirksregierung Detmold", LIPPE);
        assertThat(lists.get(1).placedBySchool().get("100001")).extracting(PlannedPlacement::caseNumber)
                .containsExactly("A");
        assertThat(lists.get(1).unassigned()).extracting(PlannedPlacement::caseNumber).containsExactly("C");
    }

    @Test
    void twoAuthoritiesThatWouldShareAFileStopTheExport() {
        // e.g. schools imported before the import resolved names to the official ones
        RunData data = data(List.of(school("100001", LIPPE), school("100002", "Schulamt für den Kreis Lippe!")),
                List.of(placed("A", "100001"), placed("B", "100002")));

        assertThatThrownBy(() -> AuthorityList.verify(AuthorityList.allOf(data), data))
                .isInstanceOf(ExportCheckException.class)
                .hasMessage("Listen nicht veröffentlicht: die Schulaufsichten „Schulamt für den Kreis Lippe“ und "
                        + "„Schulamt für den Kreis Lippe!“ ergäben dieselbe Datei "
                        + "Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx; bitte bei den Schulen den amtlichen Namen "
                        + "der Schulaufsicht angeben");
    }

    @Test
    void aPlacedPupilOnNoListStopsTheExport() {
        // placed at a school that is no longer known (a broken plan must not be published without it)
        RunData data = data(List.of(school("100001", LIPPE)), List.of(placed("A", "100001"), placed("B", "999999")));

        assertThatThrownBy(() -> AuthorityList.verify(AuthorityList.allOf(data), data))
                .isInstanceOf(ExportCheckException.class)
                .hasMessage("Listen nicht veröffentlicht: 1 zugewiesene Kinder stehen auf keiner Liste (Fall B)");
    }

    private static RunData data(List<School> schools, List<PlannedPlacement> placements) {
        Map<String, School> byNumber = schools.stream().collect(Collectors.toMap(School::schoolNumber, s -> s,
                (a, b) -> a, LinkedHashMap::new));
        Map<String, List<PlaceQuota>> quotas = schools.stream().collect(Collectors.toMap(School::schoolNumber,
                s -> List.of(new PlaceQuota(s.schoolNumber(), GroupKind.DEUTSCHFOERDERUNG, 1, 4, 5))));
        return new RunData(null, new PlanOfRun(null, placements, Map.of(), byNumber, quotas), List.of(), List.of(),
                List.of(), Map.of());
    }

    private static School school(String number, String authority) {
        return new School(number, "Schule " + number, SchoolForm.GS, true,
                new Address("Weg 1", "32756", "Detmold", "05766020", new GeoPoint(51.94, 8.87), false), authority, 300,
                false, true, List.of());
    }

    private static PlannedPlacement placed(String caseNumber, String school) {
        return new PlannedPlacement(caseNumber, school, GroupKind.DEUTSCHFOERDERUNG, 2, 1000,
                PlacementStatus.VORGESCHLAGEN, "nächstgelegene passende Schule", List.of(LIPPE));
    }

    private static PlannedPlacement unassigned(String caseNumber, String authority) {
        return new PlannedPlacement(caseNumber, null, null, 2, null, PlacementStatus.NICHT_ZUGEWIESEN, "alle voll",
                List.of(authority));
    }
}
