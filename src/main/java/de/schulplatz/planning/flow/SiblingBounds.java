package de.schulplatz.planning.flow;

import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PlacementWeights;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolFact;
import de.schulplatz.planning.domain.SchoolQuota;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * From the solved flow network to the Lagrangian bound with siblings: the flow's optimal dual prices
 * ({@link ResidualPotentials}) as the start, the families of the plan as the subproblems, then a fixed
 * number of subgradient steps ({@link LagrangianBound#ascend}).
 */
final class SiblingBounds {

    private static final Logger log = LoggerFactory.getLogger(SiblingBounds.class);

    /** Subgradient steps after the flow's prices; each costs one pass over all candidate pairs. */
    static final int STEPS = 300;

    private SiblingBounds() {
    }

    /** The flow network as {@link FlowPlanner} built and solved it. */
    record Inputs(PlacementPlan plan, List<PupilPlacement> free, long[][] costs, List<SchoolQuota> quotas,
            Map<SchoolQuota, Integer> quotaNode, List<SchoolFact> schools,
            Map<SchoolFact, Integer> schoolCapacity, Map<SchoolFact, Integer> pinnedAtSchool, int[] quotaCapacity,
            long m, int sink,
            int[] tail, int[] head, long[] cost, long[] capacity, long[] flow,
            Map<PupilPlacement, SchoolQuota> assignment, long flowCost) {
    }

    /**
     * @param value    a lower bound, in the flow's units (medium × M plus soft, pinned pupils' constant part
     *                 left out), of every plan's cost with the sibling term; at least the flow's own optimum
     * @param together pupils of the flow that the relaxation's best joint choice keeps at one school with a
     *                 sibling, and that quota
     */
    record Bound(long value, Map<PupilPlacement, SchoolQuota> together) {
    }

    static Bound softBound(Inputs in) {
        long t0 = System.nanoTime();
        List<List<PupilPlacement>> members = new ArrayList<>();
        LagrangianBound relaxation = relaxation(in, members);
        long t1 = System.nanoTime();
        long[] distance = ResidualPotentials.of(in.sink() + 1, in.tail(), in.head(), in.cost(), in.capacity(),
                in.flow(), 200L * in.tail().length);
        long t2 = System.nanoTime();
        if (distance == null) {
            return new Bound(in.flowCost(), Map.of());
        }
        int n = in.free().size();
        long[] alpha = new long[in.quotas().size()];
        for (int q = 0; q < alpha.length; q++) {
            alpha[q] = distance[in.sink()] - distance[n + q];
        }
        long[] beta = new long[in.schools().size()];
        for (int s = 0; s < beta.length; s++) {
            beta[s] = distance[in.sink()] - distance[n + alpha.length + s];
        }
        long target = in.flowCost() + siblingPenalty(in);
        long value = Math.max(in.flowCost(), relaxation.ascend(alpha, beta, target, STEPS));
        log.debug("relaxation {} ms, potentials {} ms, ascent {} ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return new Bound(value, together(in, members, relaxation.bestFamilyChoice()));
    }

    private static Map<PupilPlacement, SchoolQuota> together(Inputs in, List<List<PupilPlacement>> members,
            int[][] choice) {
        Map<PupilPlacement, SchoolQuota> together = new IdentityHashMap<>();
        for (int f = 0; f < members.size(); f++) {
            List<PupilPlacement> family = members.get(f);
            SchoolQuota[] at = new SchoolQuota[family.size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = family.get(i).isPinned() ? family.get(i).getQuota()
                        : choice[f][i] < 0 ? null : in.quotas().get(choice[f][i]);
            }
            for (int i = 0; i < at.length; i++) {
                if (family.get(i).isPinned() || at[i] == null) {
                    continue;
                }
                for (int j = 0; j < at.length; j++) {
                    if (j != i && at[j] != null && at[j].getSchool() == at[i].getSchool()
                            && family.get(i).couldShareSchoolWith(family.get(j))) {
                        together.put(family.get(i), at[i]);
                        break;
                    }
                }
            }
        }
        return together;
    }

    static LagrangianBound relaxation(Inputs in, List<List<PupilPlacement>> members) {
        PlacementWeights w = in.plan().getWeights();
        int n = in.free().size();
        Map<PupilPlacement, Integer> freeIndex = new IdentityHashMap<>();
        int[][] pupilQuotas = new int[n][];
        long[] unassigned = new long[n];
        for (int i = 0; i < n; i++) {
            PupilPlacement p = in.free().get(i);
            freeIndex.put(p, i);
            List<SchoolQuota> candidates = p.getCandidates();
            pupilQuotas[i] = new int[candidates.size()];
            for (int k = 0; k < candidates.size(); k++) {
                pupilQuotas[i][k] = in.quotaNode().get(candidates.get(k)) - n;
            }
            unassigned[i] = p.getProfile().unassignedWeight() * in.m() + FlowPlanner.unassignedSoftCost(p, w);
        }
        Map<SchoolFact, Integer> schoolIndex = new IdentityHashMap<>();
        for (int s = 0; s < in.schools().size(); s++) {
            schoolIndex.put(in.schools().get(s), s);
        }
        int[] quotaCapacity = new int[in.quotas().size()];
        int[] quotaSchool = new int[in.quotas().size()];
        for (int q = 0; q < quotaCapacity.length; q++) {
            quotaCapacity[q] = in.quotaCapacity()[q];
            quotaSchool[q] = schoolIndex.get(in.quotas().get(q).getSchool());
        }
        long[][] marginals = new long[in.schools().size()][];
        for (int s = 0; s < marginals.length; s++) {
            SchoolFact school = in.schools().get(s);
            int pinned = in.pinnedAtSchool().getOrDefault(school, 0);
            int capacity = in.schoolCapacity().get(school);
            marginals[s] = new long[capacity];
            for (int k = 0; k < capacity; k++) {
                marginals[s][k] = w.fairSpreadWeight() == 0 ? 0
                        : FlowPlanner.fairSpread(school, pinned + k + 1, w) - FlowPlanner.fairSpread(school, pinned + k, w);
            }
        }
        List<LagrangianBound.Member[]> families = new ArrayList<>();
        List<boolean[][]> sharable = new ArrayList<>();
        for (List<PupilPlacement> family : families(in.plan()).values()) {
            int k = family.size();
            boolean[][] pairs = new boolean[k][k];
            boolean any = false;
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    if (i != j && family.get(i).couldShareSchoolWith(family.get(j))) {
                        pairs[i][j] = true;
                        any = true;
                    }
                }
            }
            if (!any) {
                continue;
            }
            LagrangianBound.Member[] memberArray = new LagrangianBound.Member[k];
            for (int i = 0; i < k; i++) {
                PupilPlacement p = family.get(i);
                Integer index = freeIndex.get(p);
                if (index != null) {
                    memberArray[i] = new LagrangianBound.Member(index, -1);
                } else {
                    SchoolFact fixed = p.getQuota() == null ? null : p.getQuota().getSchool();
                    memberArray[i] = new LagrangianBound.Member(-1,
                            fixed == null ? -1 : schoolIndex.computeIfAbsent(fixed, f -> schoolIndex.size()));
                }
            }
            families.add(memberArray);
            sharable.add(pairs);
            members.add(family);
        }
        return new LagrangianBound(pupilQuotas, in.costs(), unassigned, quotaCapacity, quotaSchool, marginals,
                families, sharable, w.siblingsApartWeight());
    }

    private static Map<String, List<PupilPlacement>> families(PlacementPlan plan) {
        Map<String, List<PupilPlacement>> families = new LinkedHashMap<>();
        plan.getPlacements().stream().filter(p -> p.getFamilyId() != null)
                .forEach(p -> families.computeIfAbsent(p.getFamilyId(), k -> new ArrayList<>()).add(p));
        return families;
    }

    /** The sibling term of the flow's plan: what the bound can at most add to the flow's optimum. */
    private static long siblingPenalty(Inputs in) {
        long pairs = 0;
        for (List<PupilPlacement> family : families(in.plan()).values()) {
            for (int i = 0; i < family.size(); i++) {
                for (int j = i + 1; j < family.size(); j++) {
                    SchoolQuota a = quotaOf(in, family.get(i));
                    SchoolQuota b = quotaOf(in, family.get(j));
                    if (a != null && b != null && a.getSchool() != b.getSchool()
                            && family.get(i).couldShareSchoolWith(family.get(j))) {
                        pairs++;
                    }
                }
            }
        }
        return pairs * in.plan().getWeights().siblingsApartWeight();
    }

    private static SchoolQuota quotaOf(Inputs in, PupilPlacement p) {
        return p.isPinned() ? p.getQuota() : in.assignment().get(p);
    }
}
