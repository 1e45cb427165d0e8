package de.schulplatz.planning.flow;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PlacementWeights;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolFact;
import de.schulplatz.planning.domain.SchoolQuota;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The placement problem without the sibling term, as a min-cost flow solved exactly (OR-Tools
 * {@code SimpleMinCostFlow}):
 * <pre>
 *   pupil (supply 1) → quota (capacity 1, cost: every soft term linear in the pair) → school (capacity:
 *   free places) → sink (one arc per further newcomer, cost: the marginal fair-spread penalty)
 *   pupil → sink (capacity 1, "unassigned": its medium weight × M plus the soft cost of leaving it out)
 * </pre>
 * M exceeds any possible difference in soft penalty between two plans, so the flow first minimises the
 * weighted number of unassigned pupils (the medium level) and only then the soft penalty: its medium
 * optimum is exact (nothing but capacities couples pupils on that level) and its soft optimum is a lower
 * bound on the soft penalty of every plan with that medium score (the sibling term is never negative and
 * left out; the fair-spread term is a convex sum of marginal arcs, so the flow pays exactly
 * {@code round(1000 n² / S)} or, where rounding makes marginals non-monotone, no more than that).
 * Pinned pupils are fixed beforehand: they use up places and count towards fair spread. The soft bound is
 * then sharpened with the sibling term ({@link LagrangianBound}), and a second flow, drawn to where that
 * relaxation keeps siblings together, gives a second start.
 */
public final class FlowPlanner {

    private static final Logger log = LoggerFactory.getLogger(FlowPlanner.class);
    private static volatile boolean loaded;

    private FlowPlanner() {
    }

    /**
     * Result of the flow: start assignment for the unpinned pupils, and the proven bound.
     *
     * @param softPenalty the flow's optimum: the best soft penalty without the sibling term
     * @param boundSoft   no plan with the medium minimum has a lower soft penalty, siblings included: the
     *                    better of the flow's optimum and the Lagrangian bound ({@link LagrangianBound})
     * @param siblingStart a second start, or null: the flow once more, with the pupils drawn to where the
     *                     bound's relaxation keeps them with a sibling; at the same medium minimum
     * @param millis      flow and bound together
     */
    public record Result(Map<PupilPlacement, SchoolQuota> assignment, long mediumPenalty, long softPenalty,
            long boundSoft, int unassigned, boolean exact, Map<PupilPlacement, SchoolQuota> siblingStart,
            long millis) {

        /** Sets every unpinned pupil's quota to the flow's choice (null for unassigned). */
        public void applyTo(PlacementPlan plan) {
            for (PupilPlacement placement : plan.getPlacements()) {
                if (!placement.isPinned()) {
                    placement.setQuota(assignment.get(placement));
                }
            }
        }
    }

    /**
     * The published plan as a start: every unpinned pupil at its published school when that is still a
     * candidate with room, the others as the flow placed them where room is left. The flow ignores siblings,
     * so on a re-run its plan can score worse than simply keeping what families were told; the caller
     * starts from whichever of the two scores better.
     */
    public static Map<PupilPlacement, SchoolQuota> publishedStart(PlacementPlan plan, Result flow) {
        Map<SchoolQuota, Integer> used = new HashMap<>();
        plan.getPlacements().stream().filter(p -> p.isPinned() && p.getQuota() != null)
                .forEach(p -> used.merge(p.getQuota(), 1, Integer::sum));
        Map<PupilPlacement, SchoolQuota> start = new IdentityHashMap<>();
        List<PupilPlacement> rest = new ArrayList<>();
        for (PupilPlacement p : plan.getPlacements()) {
            if (p.isPinned()) {
                continue;
            }
            String published = p.getProfile().publishedSchoolNumber();
            SchoolQuota kept = published == null ? null : p.getCandidates().stream()
                    .filter(q -> q.getSchoolNumber().equals(published) && used.getOrDefault(q, 0) < q.getFreePlaces())
                    .findFirst().orElse(null);
            if (kept != null) {
                used.merge(kept, 1, Integer::sum);
                start.put(p, kept);
            } else {
                rest.add(p);
            }
        }
        for (PupilPlacement p : rest) {
            SchoolQuota q = flow.assignment().get(p);
            if (q != null && used.getOrDefault(q, 0) < q.getFreePlaces()) {
                used.merge(q, 1, Integer::sum);
                start.put(p, q);
            } else {
                start.put(p, null);
            }
        }
        return start;
    }

    private static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** Linear soft penalty of placing a pupil in a quota (all terms but siblings and fair spread). */
    public static long pairCost(PupilPlacement pupil, SchoolQuota quota, PlacementWeights w) {
        int distance = pupil.distanceTo(quota);
        long cost = w.travelDistanceWeight() * distance
                + w.beyondThresholdWeight() * Math.max(0, distance - pupil.getProfile().reimbursementThresholdMetres());
        if (pupil.hasWishes()) {
            int rank = pupil.getProfile().wishedSchools().indexOf(quota.getSchoolNumber());
            cost += w.wishMissedWeight() * (rank < 0 ? PupilPlacement.NO_WISH_MET : rank);
        }
        if (!quota.getSchool().municipalityKey().equals(pupil.getProfile().municipalityKey())) {
            cost += w.outsideMunicipalityWeight();
        }
        String published = pupil.getProfile().publishedSchoolNumber();
        if (published != null && !published.equals(quota.getSchoolNumber())) {
            cost += w.publishedChangeWeight();
        }
        return cost;
    }

    /** Soft penalty of leaving a pupil without a place (a published placement taken away). */
    public static long unassignedSoftCost(PupilPlacement pupil, PlacementWeights w) {
        return pupil.getProfile().publishedSchoolNumber() != null ? w.publishedChangeWeight() : 0;
    }

    /** The fair-spread penalty of a school with n newcomers, as the constraint computes it. */
    public static long fairSpread(SchoolFact school, long n, PlacementWeights w) {
        return w.fairSpreadWeight() * Math.round(1000.0 * n * n / school.totalPupils());
    }

    public static Result solve(PlacementPlan plan) {
        load();
        long start = System.nanoTime();
        Computed flow = compute(plan, Map.of(), true);
        Result result = flow.result();
        Map<PupilPlacement, SchoolQuota> siblingStart = null;
        if (!flow.together().isEmpty()) {
            // The flow again, with a bonus of one sibling pair for each pupil at the quota where the
            // relaxation keeps it with a sibling: a plan that pays for siblings, which the flow's own plan
            // ignores. The medium level stays exact (the bonus is part of the soft range below M).
            Result around = compute(plan, flow.together(), false).result();
            log.debug("Families together: {} pupils preferred; medium {} (flow {})", flow.together().size(),
                    around.mediumPenalty(), result.mediumPenalty());
            if (around.mediumPenalty() == result.mediumPenalty()) {
                siblingStart = around.assignment();
            }
        }
        return new Result(result.assignment(), result.mediumPenalty(), result.softPenalty(), result.boundSoft(),
                result.unassigned(), result.exact(), siblingStart, (System.nanoTime() - start) / 1_000_000);
    }

    private record Computed(Result result, Map<PupilPlacement, SchoolQuota> together) {
    }

    /**
     * The flow, with the pupils in {@code preferred} drawn to their quota by a bonus of the sibling weight
     * (then its soft value is not the model's and only the assignment counts), and with {@code withBound}
     * the Lagrangian bound and the families it keeps together.
     */
    private static Computed compute(PlacementPlan plan, Map<PupilPlacement, SchoolQuota> preferred,
            boolean withBound) {
        PlacementWeights w = plan.getWeights();
        List<PupilPlacement> free = new ArrayList<>();
        Map<SchoolQuota, Integer> used = new HashMap<>();
        Map<SchoolFact, Integer> pinnedAtSchool = new HashMap<>();
        long constantMedium = 0;
        long constantSoft = 0;
        int constantUnassigned = 0;
        for (PupilPlacement p : plan.getPlacements()) {
            if (p.isPinned()) {
                if (p.getQuota() == null) {
                    constantMedium += p.getProfile().unassignedWeight();
                    constantSoft += unassignedSoftCost(p, w);
                    constantUnassigned++;
                } else {
                    constantSoft += pairCost(p, p.getQuota(), w);
                    used.merge(p.getQuota(), 1, Integer::sum);
                    pinnedAtSchool.merge(p.getQuota().getSchool(), 1, Integer::sum);
                }
            } else {
                free.add(p);
            }
        }
        for (Map.Entry<SchoolFact, Integer> e : pinnedAtSchool.entrySet()) {
            constantSoft += fairSpread(e.getKey(), e.getValue(), w);
        }
        // Nodes: pupils 0..n-1, then quotas, then schools, then the sink.
        int n = free.size();
        Map<SchoolQuota, Integer> quotaNode = new IdentityHashMap<>();
        Map<SchoolFact, Integer> schoolNode = new IdentityHashMap<>();
        Map<SchoolFact, Integer> schoolCapacity = new IdentityHashMap<>();
        List<SchoolQuota> quotas = new ArrayList<>();
        List<SchoolFact> schools = new ArrayList<>();
        long[][] costs = new long[n][];
        long maxSoft = 0;
        for (int i = 0; i < n; i++) {
            PupilPlacement p = free.get(i);
            List<SchoolQuota> candidates = p.getCandidates();
            costs[i] = new long[candidates.size()];
            long worst = unassignedSoftCost(p, w);
            SchoolQuota drawnTo = preferred.get(p);
            if (drawnTo != null) {
                maxSoft += w.siblingsApartWeight();
            }
            for (int k = 0; k < candidates.size(); k++) {
                SchoolQuota q = candidates.get(k);
                costs[i][k] = pairCost(p, q, w) - (q == drawnTo ? w.siblingsApartWeight() : 0);
                worst = Math.max(worst, costs[i][k]);
                if (!quotaNode.containsKey(q)) {
                    quotaNode.put(q, -1);
                    quotas.add(q);
                }
            }
            maxSoft += worst;
        }
        int next = n;
        for (SchoolQuota q : quotas) {
            quotaNode.put(q, next++);
            int capacity = Math.max(0, q.getFreePlaces() - used.getOrDefault(q, 0));
            if (schoolCapacity.merge(q.getSchool(), capacity, Integer::sum) == capacity) {
                schools.add(q.getSchool());
            }
        }
        for (SchoolFact s : schools) {
            schoolNode.put(s, next++);
            int pinned = pinnedAtSchool.getOrDefault(s, 0);
            maxSoft += fairSpread(s, pinned + schoolCapacity.get(s), w) - fairSpread(s, pinned, w);
        }
        int sink = next;
        // M > any soft difference between two plans: then one more weighted placement always wins.
        long m = maxSoft + 1;
        long maxMedium = free.stream().mapToLong(p -> p.getProfile().unassignedWeight()).max().orElse(1);
        // OR-Tools scales costs by (nodes + 1) internally; stay clear of overflow, else fall back to an
        // approximate (then not proven) lexicographic order.
        long limit = Long.MAX_VALUE / 4 / (sink + 2);
        boolean exact = true;
        if (maxMedium > limit / m) {
            m = Math.max(1, limit / maxMedium);
            exact = false;
        }

        Arcs arcs = new Arcs();
        MinCostFlow flow = new MinCostFlow();
        int[] firstArc = new int[n];
        for (int i = 0; i < n; i++) {
            PupilPlacement p = free.get(i);
            flow.setNodeSupply(i, 1);
            List<SchoolQuota> candidates = p.getCandidates();
            firstArc[i] = -1;
            for (int k = 0; k < candidates.size(); k++) {
                int arc = arcs.add(flow, i, quotaNode.get(candidates.get(k)), 1, costs[i][k]);
                if (k == 0) {
                    firstArc[i] = arc;
                }
            }
            arcs.add(flow, i, sink, 1, p.getProfile().unassignedWeight() * m + unassignedSoftCost(p, w));
        }
        int[] quotaCapacity = new int[quotas.size()];
        for (SchoolQuota q : quotas) {
            int capacity = Math.max(0, q.getFreePlaces() - used.getOrDefault(q, 0));
            quotaCapacity[quotaNode.get(q) - n] = capacity;
            arcs.add(flow, quotaNode.get(q), schoolNode.get(q.getSchool()), capacity, 0);
        }
        for (SchoolFact s : schools) {
            int pinned = pinnedAtSchool.getOrDefault(s, 0);
            int capacity = schoolCapacity.get(s);
            if (w.fairSpreadWeight() == 0) {
                arcs.add(flow, schoolNode.get(s), sink, capacity, 0);
            } else {
                for (int k = pinned + 1; k <= pinned + capacity; k++) {
                    arcs.add(flow, schoolNode.get(s), sink, 1, fairSpread(s, k, w) - fairSpread(s, k - 1, w));
                }
            }
        }
        flow.setNodeSupply(sink, -n);
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("min-cost flow ended with " + status);
        }
        Map<PupilPlacement, SchoolQuota> assignment = new IdentityHashMap<>();
        long medium = constantMedium;
        long soft = constantSoft;
        int unassigned = constantUnassigned;
        for (int i = 0; i < n; i++) {
            PupilPlacement p = free.get(i);
            SchoolQuota chosen = null;
            List<SchoolQuota> candidates = p.getCandidates();
            for (int k = 0; k < candidates.size(); k++) {
                if (flow.getFlow(firstArc[i] + k) > 0) {
                    chosen = candidates.get(k);
                    soft += costs[i][k];
                    break;
                }
            }
            assignment.put(p, chosen);
            if (chosen == null) {
                medium += p.getProfile().unassignedWeight();
                soft += unassignedSoftCost(p, w);
                unassigned++;
            }
        }
        // Fair spread as the flow paid it (sum of the cheapest used marginal arcs; exact when monotone).
        long fair = flow.getOptimalCost();
        for (int i = 0; i < n; i++) {
            PupilPlacement p = free.get(i);
            SchoolQuota chosen = assignment.get(p);
            fair -= chosen == null ? p.getProfile().unassignedWeight() * m + unassignedSoftCost(p, w)
                    : costs[i][p.getCandidates().indexOf(chosen)];
        }
        soft += fair;
        long boundSoft = soft;
        Map<PupilPlacement, SchoolQuota> together = Map.of();
        if (withBound && exact && w.siblingsApartWeight() > 0) {
            long[] flows = new long[arcs.size];
            for (int a = 0; a < arcs.size; a++) {
                flows[a] = flow.getFlow(a);
            }
            SiblingBounds.Inputs inputs = new SiblingBounds.Inputs(plan, free, costs, quotas, quotaNode, schools,
                    schoolCapacity, pinnedAtSchool, quotaCapacity, m, sink, arcs.tail(), arcs.head(), arcs.cost(),
                    arcs.capacity(), flows, assignment, flow.getOptimalCost());
            SiblingBounds.Bound bound = SiblingBounds.softBound(inputs);
            boundSoft = Math.max(soft, constantSoft + bound.value() - m * (medium - constantMedium));
            together = bound.together();
        }
        flow.delete();
        return new Computed(new Result(assignment, medium, soft, boundSoft, unassigned, exact, null, 0), together);
    }

    /** The network's arcs as added, kept for the potentials (OR-Tools would answer one JNI call per value). */
    private static final class Arcs {
        private int size;
        private int[] tail = new int[1024];
        private int[] head = new int[1024];
        private long[] cost = new long[1024];
        private long[] capacity = new long[1024];

        int add(MinCostFlow flow, int from, int to, long cap, long unitCost) {
            int arc = flow.addArcWithCapacityAndUnitCost(from, to, cap, unitCost);
            if (arc != size) {
                throw new IllegalStateException("arcs out of order");
            }
            if (size == tail.length) {
                int grown = size * 2;
                tail = Arrays.copyOf(tail, grown);
                head = Arrays.copyOf(head, grown);
                cost = Arrays.copyOf(cost, grown);
                capacity = Arrays.copyOf(capacity, grown);
            }
            tail[size] = from;
            head[size] = to;
            cost[size] = unitCost;
            capacity[size] = cap;
            return size++;
        }

        int[] tail() {
            return Arrays.copyOf(tail, size);
        }

        int[] head() {
            return Arrays.copyOf(head, size);
        }

        long[] cost() {
            return Arrays.copyOf(cost, size);
        }

        long[] capacity() {
            return Arrays.copyOf(capacity, size);
        }
    }
}
