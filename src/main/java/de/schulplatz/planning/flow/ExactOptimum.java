package de.schulplatz.planning.flow;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PlacementWeights;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolFact;
import de.schulplatz.planning.domain.SchoolQuota;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full model, siblings included, solved by CP-SAT for the benchmark (small instances only): with the
 * medium level fixed at the flow's exact minimum, the minimum soft penalty. Proven optimal when CP-SAT says
 * OPTIMAL; otherwise its best lower bound.
 */
public final class ExactOptimum {

    private ExactOptimum() {
    }

    /**
     * @param optimal whether {@code softPenalty} is proven; else {@code lowerBound} ≤ optimum ≤ softPenalty
     * @param found   each improving solution as it came: seconds since the call began, soft penalty
     */
    public record Result(boolean optimal, long softPenalty, long lowerBound, double seconds, int unassigned,
            List<Found> found) {
    }

    /** A solution CP-SAT found on its way. */
    public record Found(double seconds, long softPenalty) {
    }

    public static Result solve(PlacementPlan plan, long mediumMinimum, double timeLimitSeconds) {
        long start = System.nanoTime();
        Loader.loadNativeLibraries();
        PlacementWeights w = plan.getWeights();
        CpModel model = new CpModel();
        LinearExprBuilder soft = LinearExpr.newBuilder();
        LinearExprBuilder medium = LinearExpr.newBuilder();
        Map<SchoolQuota, LinearExprBuilder> perQuota = new IdentityHashMap<>();
        Map<SchoolFact, LinearExprBuilder> perSchool = new IdentityHashMap<>();
        Map<SchoolFact, Integer> schoolMax = new IdentityHashMap<>();
        Map<PupilPlacement, Map<String, List<BoolVar>>> atSchool = new IdentityHashMap<>();
        List<BoolVar> withoutPlace = new ArrayList<>();
        for (PupilPlacement p : plan.getPlacements()) {
            Map<String, List<BoolVar>> bySchool = new HashMap<>();
            atSchool.put(p, bySchool);
            List<SchoolQuota> options = p.isPinned()
                    ? (p.getQuota() == null ? List.of() : List.of(p.getQuota())) : p.getCandidates();
            LinearExprBuilder assigned = LinearExpr.newBuilder();
            for (SchoolQuota q : options) {
                BoolVar x = model.newBoolVar("x");
                assigned.add(x);
                soft.addTerm(x, FlowPlanner.pairCost(p, q, w));
                perQuota.computeIfAbsent(q, k -> LinearExpr.newBuilder()).add(x);
                perSchool.computeIfAbsent(q.getSchool(), k -> LinearExpr.newBuilder()).add(x);
                schoolMax.merge(q.getSchool(), q.getFreePlaces(), Integer::sum);
                bySchool.computeIfAbsent(q.getSchoolNumber(), k -> new ArrayList<>()).add(x);
            }
            BoolVar u = model.newBoolVar("u");
            withoutPlace.add(u);
            assigned.add(u);
            if (p.isPinned() && p.getQuota() != null) {
                model.addEquality(u, 0);
            }
            model.addEquality(assigned, 1);
            medium.addTerm(u, p.getProfile().unassignedWeight());
            soft.addTerm(u, FlowPlanner.unassignedSoftCost(p, w));
        }
        perQuota.forEach((q, sum) -> model.addLessOrEqual(sum, Math.max(q.getFreePlaces(), 0)));
        model.addEquality(medium, mediumMinimum);
        if (w.fairSpreadWeight() > 0) {
            for (Map.Entry<SchoolFact, LinearExprBuilder> e : perSchool.entrySet()) {
                int max = schoolMax.get(e.getKey()) + 1;
                IntVar n = model.newIntVar(0, max, "n");
                model.addEquality(n, e.getValue());
                long[] values = new long[max + 1];
                for (int k = 0; k <= max; k++) {
                    values[k] = FlowPlanner.fairSpread(e.getKey(), k, w);
                }
                IntVar cost = model.newIntVar(0, values[max], "fair");
                model.addElement(n, values, cost);
                soft.add(cost);
            }
        }
        if (w.siblingsApartWeight() > 0) {
            List<PupilPlacement> all = plan.getPlacements();
            Map<String, List<PupilPlacement>> families = new HashMap<>();
            all.stream().filter(p -> p.getFamilyId() != null)
                    .forEach(p -> families.computeIfAbsent(p.getFamilyId(), k -> new ArrayList<>()).add(p));
            for (List<PupilPlacement> family : families.values()) {
                for (int i = 0; i < family.size(); i++) {
                    for (int j = i + 1; j < family.size(); j++) {
                        PupilPlacement a = family.get(i);
                        PupilPlacement b = family.get(j);
                        if (!a.couldShareSchoolWith(b)) {
                            continue;
                        }
                        LinearExprBuilder together = LinearExpr.newBuilder();
                        for (Map.Entry<String, List<BoolVar>> e : atSchool.get(a).entrySet()) {
                            List<BoolVar> other = atSchool.get(b).get(e.getKey());
                            if (other == null) {
                                continue;
                            }
                            BoolVar z = model.newBoolVar("z");
                            model.addLessOrEqual(z, LinearExpr.sum(e.getValue().toArray(new BoolVar[0])));
                            model.addLessOrEqual(z, LinearExpr.sum(other.toArray(new BoolVar[0])));
                            together.add(z);
                        }
                        BoolVar apart = model.newBoolVar("apart");
                        together.add(apart);
                        model.addGreaterOrEqual(together, 1);
                        soft.addTerm(apart, w.siblingsApartWeight());
                    }
                }
            }
        }
        model.minimize(soft);
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds);
        solver.getParameters().setNumWorkers(2);
        List<Found> found = new ArrayList<>();
        CpSolverStatus status = solver.solve(model, new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                found.add(new Found((System.nanoTime() - start) / 1e9, Math.round(objectiveValue())));
            }
        });
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("CP-SAT: " + status);
        }
        return new Result(status == CpSolverStatus.OPTIMAL, Math.round(solver.objectiveValue()),
                Math.round(Math.ceil(solver.bestObjectiveBound() - 1e-6)), (System.nanoTime() - start) / 1e9,
                (int) withoutPlace.stream().filter(solver::booleanValue).count(), List.copyOf(found));
    }
}
