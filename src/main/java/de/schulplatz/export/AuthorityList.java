package de.schulplatz.export;

import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.schools.School;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one school authority's workbook holds: its schools, the pupils placed there and the unassigned
 * pupils it must hear of. Built for all authorities before anything is written, so that the export can
 * check that the lists together are the plan, each placed pupil on exactly one of them.
 *
 * @param placedBySchool the placed pupils of each of its schools, by school number
 */
record AuthorityList(String authority, String fileName, List<School> schools,
        Map<String, List<PlannedPlacement>> placedBySchool, List<PlannedPlacement> unassigned) {

    /** The lists of every authority with a school or a pupil in the plan, in authority order. */
    static List<AuthorityList> allOf(RunData data) {
        TreeSet<String> authorities = new TreeSet<>();
        data.placements().forEach(p -> authorities.addAll(p.authorities()));
        data.schools().values().stream().filter(s -> data.quotas().containsKey(s.schoolNumber()))
                .forEach(s -> authorities.add(s.authority()));
        Map<String, List<PlannedPlacement>> placedBySchool = data.placements().stream()
                .filter(PlannedPlacement::isPlaced)
                .collect(Collectors.groupingBy(PlannedPlacement::schoolNumber, TreeMap::new, Collectors.toList()));
        List<AuthorityList> lists = new ArrayList<>();
        for (String authority : authorities) {
            List<School> schools = data.schools().values().stream()
                    .filter(school -> authority.equals(school.authority()))
                    .sorted(Comparator.comparing(School::schoolNumber))
                    .toList();
            Map<String, List<PlannedPlacement>> placed = new TreeMap<>();
            schools.forEach(school -> placed.put(school.schoolNumber(),
                    placedBySchool.getOrDefault(school.schoolNumber(), List.of())));
            List<PlannedPlacement> unassigned = data.placements().stream()
                    .filter(p -> (p.status() == PlacementStatus.NICHT_ZUGEWIESEN || p.reservedForLater())
                            && p.authorities().contains(authority))
                    .toList();
            lists.add(new AuthorityList(authority, fileName(authority), schools, placed, unassigned));
        }
        return lists;
    }

    /**
     * Refuses lists that would not deliver the plan: two authorities writing one file (the later would
     * replace the earlier), or a placed pupil on no list or on several.
     *
     * @throws ExportCheckException with a German reason naming authorities and case numbers only
     */
    static void verify(List<AuthorityList> lists, RunData data) {
        Map<String, List<String>> authoritiesByFile = lists.stream().collect(Collectors.groupingBy(
                AuthorityList::fileName, TreeMap::new, Collectors.mapping(AuthorityList::authority, Collectors.toList())));
        authoritiesByFile.forEach((file, authorities) -> {
            if (authorities.size() > 1) {
                throw new ExportCheckException("die Schulaufsichten " + authorities.stream().map(a -> "„" + a + "“")
                        .collect(Collectors.joining(" und ")) + " ergäben dieselbe Datei " + file
                        + "; bitte bei den Schulen den amtlichen Namen der Schulaufsicht angeben");
            }
        });
        Map<String, Integer> listsOfPupil = new HashMap<>();
        lists.forEach(list -> list.placedBySchool().values().forEach(placed -> placed.forEach(
                p -> listsOfPupil.merge(p.caseNumber(), 1, Integer::sum))));
        List<String> missing = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (PlannedPlacement placement : data.placements()) {
            if (placement.isPlaced()) {
                int count = listsOfPupil.getOrDefault(placement.caseNumber(), 0);
                if (count == 0) {
                    missing.add(placement.caseNumber());
                } else if (count > 1) {
                    repeated.add(placement.caseNumber());
                }
            }
        }
        if (!missing.isEmpty() || !repeated.isEmpty()) {
            throw new ExportCheckException((missing.isEmpty() ? "" : missing.size() + " zugewiesene Kinder stehen auf "
                    + "keiner Liste (Fall " + first(missing) + ")") + (missing.isEmpty() || repeated.isEmpty() ? "" : ", ")
                    + (repeated.isEmpty() ? "" : repeated.size() + " auf mehreren Listen (Fall " + first(repeated) + ")"));
        }
    }

    private static String first(List<String> caseNumbers) {
        return caseNumbers.stream().sorted().limit(5).collect(Collectors.joining(", "))
                + (caseNumbers.size() > 5 ? ", …" : "");
    }

    /**
     * File name for an authority, with umlauts and blanks replaced so that every system accepts it. Two
     * official authorities never share one (see Authorities#matchKey); {@link #verify} guards the rest.
     */
    static String fileName(String authority) {
        return "Zuweisungen_" + fileStem(authority) + ".xlsx";
    }

    /**
     * The authority in a file name, e.g. {@code Schulamt_fuer_den_Kreis_Lippe}: every file written for one
     * authority carries it, so that it is given to that authority only ({@link RunFiles#readableBy}).
     */
    static String fileStem(String authority) {
        String ascii = authority.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
                .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        return ascii.replaceAll("[^A-Za-z0-9-]+", "_").replaceAll("^_+|_+$", "");
    }
}
