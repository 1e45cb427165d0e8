package de.schulplatz.export;

import de.schulplatz.planning.Median;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schoolsystem.TravelCosts;
import de.schulplatz.schools.School;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a user reads at a glance, for the Auswertung sheet and run-summary.json.
 *
 * @param withinThresholdShare share of placed pupils whose way is within the reimbursement threshold
 * @param siblingPairs         pairs of siblings who could attend one school (a common candidate school);
 *                             {@code siblingPairsTogether} of them do
 * @param pupilsWithWishes     placed pupils whose family named wishes; {@code wishesMet} got one of them
 * @param highestNewcomerShare the largest share of newcomers among a school's pupils (schools reporting a size)
 */
record RunFigures(int placed, double totalKm, double medianKm, double withinThresholdShare, int siblingPairs,
        int siblingPairsTogether, int pupilsWithWishes, int wishesMet, int firstWishesMet, double highestNewcomerShare,
        String highestShareSchool) {

    static RunFigures of(RunData data) {
        List<PlannedPlacement> placed = data.placements().stream().filter(PlannedPlacement::isPlaced).toList();
        double[] km = placed.stream().mapToDouble(p -> p.distanceMetres() / 1000.0).toArray();
        double median = Median.of(placed.stream().mapToLong(PlannedPlacement::distanceMetres).toArray()) / 1000.0;
        long within = placed.stream()
                .filter(p -> p.distanceMetres() <= TravelCosts.reimbursementThresholdMetres(p.grade())).count();

        int withWishes = 0;
        int met = 0;
        int first = 0;
        Map<String, Integer> newcomersAtSchool = new HashMap<>();
        for (PlannedPlacement placement : placed) {
            Pupil pupil = data.pupil(placement);
            if (pupil.hasWishes()) {
                withWishes++;
                int rank = pupil.wishedSchools().indexOf(placement.schoolNumber());
                met += rank >= 0 ? 1 : 0;
                first += rank == 0 ? 1 : 0;
            }
            newcomersAtSchool.merge(placement.schoolNumber(), 1, Integer::sum);
        }
        int pairs = data.run().siblingPairsSharable() == null ? 0 : data.run().siblingPairsSharable();
        int together = data.run().siblingPairsTogether() == null ? 0 : data.run().siblingPairsTogether();
        double highest = 0;
        String highestSchool = "";
        for (Map.Entry<String, Integer> entry : newcomersAtSchool.entrySet()) {
            School school = data.schools().get(entry.getKey());
            if (school.totalPupils() != null && school.totalPupils() > 0) {
                double share = entry.getValue() / (double) school.totalPupils();
                if (share > highest) {
                    highest = share;
                    highestSchool = school.schoolNumber() + " " + school.name();
                }
            }
        }
        return new RunFigures(placed.size(), round(sum(km)), round(median),
                placed.isEmpty() ? 0 : round(within / (double) placed.size()), pairs, together, withWishes, met, first,
                Math.round(highest * 10_000) / 10_000.0, highestSchool);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
