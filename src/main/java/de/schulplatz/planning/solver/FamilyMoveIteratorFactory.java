package de.schulplatz.planning.solver;

import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Offers {@link FamilyChangeMove}s: all movable siblings of a family to one school they all could attend.
 * Public with a public constructor only because OptaPlanner instantiates it reflectively from the config.
 */
public class FamilyMoveIteratorFactory implements MoveIteratorFactory<PlacementPlan, FamilyChangeMove> {

    /**
     * Families and their common schools depend only on candidate lists and pins, which are fixed while
     * solving, so the index is built once per phase instead of once per step or move.
     */
    private FamilyIndex index;

    public FamilyMoveIteratorFactory() {
    }

    @Override
    public void phaseStarted(ScoreDirector<PlacementPlan> scoreDirector) {
        index = FamilyIndex.of(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<PlacementPlan> scoreDirector) {
        index = null;
    }

    @Override
    public long getSize(ScoreDirector<PlacementPlan> scoreDirector) {
        return index(scoreDirector).moveCount();
    }

    @Override
    public Iterator<FamilyChangeMove> createOriginalMoveIterator(ScoreDirector<PlacementPlan> scoreDirector) {
        return index(scoreDirector).families().stream()
                .flatMap(family -> IntStream.range(0, family.schools().size())
                        .boxed()
                        .flatMap(school -> family.allMoves(school).stream()))
                .iterator();
    }

    @Override
    public Iterator<FamilyChangeMove> createRandomMoveIterator(ScoreDirector<PlacementPlan> scoreDirector,
            Random workingRandom) {
        return new RandomFamilyMoveIterator(index(scoreDirector).families(), workingRandom);
    }

    /** Falls back to building the index when used outside a phase (tests) or on another working solution. */
    private FamilyIndex index(ScoreDirector<PlacementPlan> scoreDirector) {
        PlacementPlan solution = scoreDirector.getWorkingSolution();
        if (index == null || index.solution() != solution) {
            index = FamilyIndex.of(solution);
        }
        return index;
    }

    /**
     * The movable members of one family and the schools all of them could attend.
     *
     * @param members non-pinned siblings, in solution order
     * @param schools school numbers in every member's candidate list, in the first member's (nearest first) order
     * @param options per school, per member: that member's candidate quotas at that school (usually one)
     */
    record Family(String familyId, List<PupilPlacement> members, List<String> schools,
            List<List<List<SchoolQuota>>> options) {

        long moveCount() {
            long count = 0;
            for (List<List<SchoolQuota>> perMember : options) {
                long combinations = 1;
                for (List<SchoolQuota> quotas : perMember) {
                    combinations = Math.multiplyExact(combinations, quotas.size());
                }
                count += combinations;
            }
            return count;
        }

        /** Every combination of the members' quotas at one school; a single one in the usual case. */
        List<FamilyChangeMove> allMoves(int school) {
            List<List<SchoolQuota>> combinations = List.of(List.of());
            for (List<SchoolQuota> quotas : options.get(school)) {
                List<List<SchoolQuota>> extended = new ArrayList<>();
                for (List<SchoolQuota> prefix : combinations) {
                    for (SchoolQuota quota : quotas) {
                        List<SchoolQuota> combination = new ArrayList<>(prefix);
                        combination.add(quota);
                        extended.add(combination);
                    }
                }
                combinations = extended;
            }
            List<FamilyChangeMove> moves = new ArrayList<>(combinations.size());
            for (List<SchoolQuota> combination : combinations) {
                moves.add(new FamilyChangeMove(familyId, members, combination));
            }
            return moves;
        }

        /**
         * A member already at the school keeps its quota (it holds a place there); the others get a random
         * one of theirs, so a full quota does not block the family when the school has another one.
         */
        FamilyChangeMove randomMove(int school, Random random) {
            String schoolNumber = schools.get(school);
            List<List<SchoolQuota>> perMember = options.get(school);
            List<SchoolQuota> targets = new ArrayList<>(members.size());
            for (int i = 0; i < members.size(); i++) {
                SchoolQuota current = members.get(i).getQuota();
                List<SchoolQuota> quotas = perMember.get(i);
                if (current != null && current.getSchoolNumber().equals(schoolNumber)) {
                    targets.add(current);
                } else {
                    targets.add(quotas.size() == 1 ? quotas.get(0) : quotas.get(random.nextInt(quotas.size())));
                }
            }
            return new FamilyChangeMove(familyId, members, targets);
        }
    }

    record FamilyIndex(PlacementPlan solution, List<Family> families) {

        static FamilyIndex of(PlacementPlan solution) {
            Map<String, List<PupilPlacement>> byFamily = new LinkedHashMap<>();
            for (PupilPlacement placement : solution.getPlacements()) {
                if (placement.getFamilyId() != null && !placement.isPinned()) {
                    byFamily.computeIfAbsent(placement.getFamilyId(), id -> new ArrayList<>()).add(placement);
                }
            }
            List<Family> families = new ArrayList<>();
            byFamily.forEach((familyId, members) -> {
                if (members.size() >= 2) {
                    Family family = family(familyId, members);
                    // A family without a common school has no move; keeping it would waste random picks.
                    if (!family.schools().isEmpty()) {
                        families.add(family);
                    }
                }
            });
            return new FamilyIndex(solution, List.copyOf(families));
        }

        private static Family family(String familyId, List<PupilPlacement> members) {
            Set<String> common = new LinkedHashSet<>();
            members.get(0).getCandidates().forEach(quota -> common.add(quota.getSchoolNumber()));
            for (PupilPlacement member : members.subList(1, members.size())) {
                Set<String> own = new LinkedHashSet<>();
                member.getCandidates().forEach(quota -> own.add(quota.getSchoolNumber()));
                common.retainAll(own);
            }
            List<String> schools = List.copyOf(common);
            List<List<List<SchoolQuota>>> options = new ArrayList<>(schools.size());
            for (String school : schools) {
                List<List<SchoolQuota>> perMember = new ArrayList<>(members.size());
                for (PupilPlacement member : members) {
                    perMember.add(member.getCandidates().stream()
                            .filter(quota -> quota.getSchoolNumber().equals(school))
                            .toList());
                }
                options.add(List.copyOf(perMember));
            }
            return new Family(familyId, List.copyOf(members), schools, List.copyOf(options));
        }

        long moveCount() {
            long count = 0;
            for (Family family : families) {
                count += family.moveCount();
            }
            return count;
        }
    }

    /** Never ending, as OptaPlanner expects of random selection; empty when the plan has no families. */
    private static final class RandomFamilyMoveIterator implements Iterator<FamilyChangeMove> {

        private final List<Family> families;
        private final Random random;

        RandomFamilyMoveIterator(List<Family> families, Random random) {
            this.families = families;
            this.random = random;
        }

        @Override
        public boolean hasNext() {
            return !families.isEmpty();
        }

        @Override
        public FamilyChangeMove next() {
            if (families.isEmpty()) {
                throw new NoSuchElementException("no family with a common school in this plan");
            }
            Family family = families.get(random.nextInt(families.size()));
            return family.randomMove(random.nextInt(family.schools().size()), random);
        }
    }
}
