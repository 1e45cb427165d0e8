package de.schulplatz.planning.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A lower bound of the full model, siblings included, by Lagrangian relaxation of the flow network (see
 * docs/rules.md, "Beweisbare Schranke"). The conservation constraints at quotas and schools are priced
 * instead of enforced: a quota's price α, a school's price β. Then the problem falls apart into
 * <ul>
 *   <li>each pupil alone: its cheapest option at the prices (a quota: pair cost + α; or no place),</li>
 *   <li>each family: the cheapest joint choice of its members, sibling penalty included, solved exactly,</li>
 *   <li>each quota: {@code capacity × min(0, β − α)}; each school: every marginal fair-spread arc
 *       {@code min(0, f − β)}.</li>
 * </ul>
 * For any prices the sum is at most the cost of every plan (weak duality), so it is a proven bound for any
 * prices. At the flow's optimal dual prices the sum without siblings equals the flow's optimum, so with
 * them it is never below the flow's bound; a subgradient ascent then raises the prices where families pull
 * more pupils into a quota than it holds.
 */
final class LagrangianBound {

    /** A family member: a pupil of the flow, or a pinned one at a fixed school (-1: pinned without a place). */
    record Member(int pupil, int fixedSchool) {
        boolean free() {
            return pupil >= 0;
        }
    }

    /** Steps without a better value before the step size halves, and the smallest step factor. */
    static final int PATIENCE = 10;
    static final double MIN_THETA = 0.05;
    /** Steps between two checks whether the ascent still gains. */
    static final int CHECK_EVERY = 50;

    /** A family whose joint choice takes more than this many search nodes counts without its siblings term. */
    static final int FAMILY_NODE_LIMIT = 200_000;

    private final int[][] pupilQuotas;
    private final long[][] pupilCosts;
    private final long[] unassignedCost;
    private final int[] quotaCapacity;
    private final int[] quotaSchool;
    private final long[][] schoolMarginals;
    private final List<Member[]> families;
    private final List<boolean[][]> sharable;
    private final boolean[] inFamily;
    private final long siblingWeight;
    private int familiesCut;
    /** Per family and member, the quota of the last evaluation's joint choice (-1: none or pinned). */
    private final int[][] familyChoice;
    private int[][] bestFamilyChoice;

    /**
     * @param pupilQuotas     per pupil of the flow, the quota index of each candidate
     * @param pupilCosts      per pupil, the pair cost of each candidate
     * @param unassignedCost  per pupil, the cost of no place (medium weight × M plus its soft part)
     * @param quotaCapacity   per quota, the places left after pins
     * @param quotaSchool     per quota, its school's index (schools of the flow come first)
     * @param schoolMarginals per school of the flow, the cost of each further newcomer (its sink arcs)
     * @param families        members of each family with at least one pair that could share a school
     * @param sharable        per family, which pairs could share a school (the constraint's condition)
     */
    LagrangianBound(int[][] pupilQuotas, long[][] pupilCosts, long[] unassignedCost, int[] quotaCapacity,
            int[] quotaSchool, long[][] schoolMarginals, List<Member[]> families, List<boolean[][]> sharable,
            long siblingWeight) {
        this.pupilQuotas = pupilQuotas;
        this.pupilCosts = pupilCosts;
        this.unassignedCost = unassignedCost;
        this.quotaCapacity = quotaCapacity;
        this.quotaSchool = quotaSchool;
        this.schoolMarginals = schoolMarginals;
        this.families = families;
        this.sharable = sharable;
        this.siblingWeight = siblingWeight;
        this.inFamily = new boolean[pupilQuotas.length];
        this.familyChoice = new int[families.size()][];
        for (int f = 0; f < families.size(); f++) {
            familyChoice[f] = new int[families.get(f).length];
        }
        for (Member[] family : families) {
            for (Member m : family) {
                if (m.free()) {
                    inFamily[m.pupil()] = true;
                }
            }
        }
    }

    private static int[][] copy(int[][] choice) {
        int[][] copy = new int[choice.length][];
        for (int f = 0; f < choice.length; f++) {
            copy[f] = choice[f].clone();
        }
        return copy;
    }

    /**
     * The families' joint choices at the best prices of the last {@link #ascend}: per family (in the order
     * given) and member, the quota index, or -1 for no place or a pinned member.
     */
    int[][] bestFamilyChoice() {
        return bestFamilyChoice;
    }

    /** Families whose joint choice was too large to solve exactly in the last evaluation. */
    int familiesCut() {
        return familiesCut;
    }

    /**
     * The relaxation's value at the given prices; a valid bound for any prices.
     *
     * @param use where not null, receives per quota how many pupils the relaxation's choices put there
     */
    long value(long[] alpha, long[] beta, int[] use) {
        familiesCut = 0;
        if (use != null) {
            Arrays.fill(use, 0);
        }
        long total = 0;
        for (int i = 0; i < pupilQuotas.length; i++) {
            if (inFamily[i]) {
                continue;
            }
            long best = unassignedCost[i];
            int chosen = -1;
            for (int k = 0; k < pupilQuotas[i].length; k++) {
                if (quotaCapacity[pupilQuotas[i][k]] == 0) {
                    continue; // no plan uses a quota without room
                }
                long c = pupilCosts[i][k] + alpha[pupilQuotas[i][k]];
                if (c < best) {
                    best = c;
                    chosen = pupilQuotas[i][k];
                }
            }
            total += best;
            if (use != null && chosen >= 0) {
                use[chosen]++;
            }
        }
        for (int f = 0; f < families.size(); f++) {
            total += family(f, alpha, use);
        }
        for (int q = 0; q < quotaCapacity.length; q++) {
            long r = beta[quotaSchool[q]] - alpha[q];
            if (r < 0) {
                total += quotaCapacity[q] * r;
            }
        }
        for (int s = 0; s < schoolMarginals.length; s++) {
            for (long f : schoolMarginals[s]) {
                if (f < beta[s]) {
                    total += f - beta[s];
                }
            }
        }
        return total;
    }

    /** One option of a family member: a quota (and its school) at its cost at the prices, or no place (-1). */
    private record Option(int school, int quota, long cost) {
    }

    /** The family's cheapest joint choice at the prices, by branch and bound over its members' options. */
    private long family(int f, long[] alpha, int[] use) {
        Member[] members = families.get(f);
        boolean[][] pairs = sharable.get(f);
        int k = members.length;
        Option[][] options = new Option[k][];
        long[] cheapest = new long[k];
        for (int i = 0; i < k; i++) {
            Member m = members[i];
            if (!m.free()) {
                options[i] = new Option[] {new Option(m.fixedSchool(), -1, 0)};
                continue;
            }
            int p = m.pupil();
            // An option dearer than a safe one (no place, or a quota with room for the whole family) by more
            // than every pair of this member could cost is never chosen: moving the member to the safe option
            // is always possible and would save more than the pairs can add. Every quota with room is an
            // option of its own: two siblings cannot share a quota's last place.
            int degree = 0;
            for (int j = 0; j < k; j++) {
                if (pairs[i][j]) {
                    degree++;
                }
            }
            long safe = unassignedCost[p];
            for (int j = 0; j < pupilQuotas[p].length; j++) {
                int q = pupilQuotas[p][j];
                if (quotaCapacity[q] >= k) {
                    safe = Math.min(safe, pupilCosts[p][j] + alpha[q]);
                }
            }
            long limit = safe + siblingWeight * degree;
            List<Option> list = new ArrayList<>();
            for (int j = 0; j < pupilQuotas[p].length; j++) {
                int q = pupilQuotas[p][j];
                long c = pupilCosts[p][j] + alpha[q];
                if (quotaCapacity[q] > 0 && c <= limit) {
                    list.add(new Option(quotaSchool[q], q, c));
                }
            }
            if (unassignedCost[p] <= limit) {
                list.add(new Option(-1, -1, unassignedCost[p]));
            }
            list.sort((x, y) -> Long.compare(x.cost(), y.cost()));
            options[i] = list.toArray(new Option[0]);
        }
        for (int i = 0; i < k; i++) {
            cheapest[i] = options[i][0].cost();
        }
        long[] rest = new long[k + 1];
        for (int i = k - 1; i >= 0; i--) {
            rest[i] = rest[i + 1] + cheapest[i];
        }
        FamilySearch search = new FamilySearch(options, pairs, rest);
        search.run(0, 0);
        Option[] choice = search.bestChoice;
        long value = search.best;
        if (search.nodes > FAMILY_NODE_LIMIT) {
            // Too large to be sure of the optimum: without the siblings term it is still a bound.
            familiesCut++;
            value = rest[0];
            choice = new Option[k];
            for (int i = 0; i < k; i++) {
                choice[i] = options[i][0];
            }
        }
        for (int i = 0; i < k; i++) {
            familyChoice[f][i] = choice[i].quota();
            if (use != null && choice[i].quota() >= 0) {
                use[choice[i].quota()]++;
            }
        }
        return value;
    }

    private final class FamilySearch {
        final Option[][] options;
        final boolean[][] pairs;
        final long[] rest;
        final Option[] current;
        Option[] bestChoice;
        long best = Long.MAX_VALUE;
        long nodes;

        FamilySearch(Option[][] options, boolean[][] pairs, long[] rest) {
            this.options = options;
            this.pairs = pairs;
            this.rest = rest;
            this.current = new Option[options.length];
        }

        /** Whether the quota has a place left after the members before {@code i} that chose it. */
        boolean roomIn(int quota, int i) {
            int taken = 0;
            for (int j = 0; j < i; j++) {
                if (current[j].quota() == quota) {
                    taken++;
                }
            }
            return taken < quotaCapacity[quota];
        }

        void run(int i, long cost) {
            if (++nodes > FAMILY_NODE_LIMIT) {
                return;
            }
            if (i == options.length) {
                if (cost < best) {
                    best = cost;
                    bestChoice = current.clone();
                }
                return;
            }
            for (Option o : options[i]) {
                if (o.quota() >= 0 && !roomIn(o.quota(), i)) {
                    continue;
                }
                long c = cost + o.cost();
                if (o.school() >= 0) {
                    for (int j = 0; j < i; j++) {
                        if (pairs[i][j] && current[j].school() >= 0 && current[j].school() != o.school()) {
                            c += siblingWeight;
                        }
                    }
                }
                if (c + rest[i + 1] >= best) {
                    continue;
                }
                current[i] = o;
                run(i + 1, c);
            }
        }
    }

    /**
     * Subgradient ascent from the given prices (the flow's duals): each step moves a quota's price by how
     * many more pupils the relaxation put there than it holds, and a school's by how many more its quotas
     * pass on than its marginal arcs take, scaled by Polyak's rule towards {@code target} (the cost of a
     * known plan), halved after {@link #PATIENCE} steps without a better value, down to {@link #MIN_THETA}
     * (measured on {@code lippe}: without the floor the steps shrink before the bound has risen; see
     * docs/performance.md). Deterministic: a fixed number of steps.
     *
     * @return the best value met; at least the value at the start prices
     */
    long ascend(long[] alpha, long[] beta, long target, int steps) {
        int[] use = new int[quotaCapacity.length];
        long best = value(alpha, beta, use);
        bestFamilyChoice = copy(familyChoice);
        long[] a = alpha.clone();
        long[] b = beta.clone();
        double theta = 1.0;
        int sinceBetter = 0;
        long current = best;
        long[] gq = new long[quotaCapacity.length];
        long[] gs = new long[schoolMarginals.length];
        long checkpoint = best;
        for (int step = 0; step < steps && target > best; step++) {
            if (step > 0 && step % CHECK_EVERY == 0) {
                // Converged for practical purposes: the bound rose by less than a ten-thousandth of the gap
                // still open towards the known plan since the last check.
                if ((best - checkpoint) * 10_000 < target - best) {
                    break;
                }
                checkpoint = best;
            }
            Arrays.fill(gs, 0);
            long norm = 0;
            for (int q = 0; q < gq.length; q++) {
                long r = b[quotaSchool[q]] - a[q];
                long y = r < 0 ? quotaCapacity[q] : r > 0 ? 0 : Math.min(use[q], quotaCapacity[q]);
                gq[q] = use[q] - y;
                gs[quotaSchool[q]] += y;
                norm += gq[q] * gq[q];
            }
            for (int s = 0; s < gs.length; s++) {
                long below = 0;
                long equal = 0;
                for (long f : schoolMarginals[s]) {
                    if (f < b[s]) {
                        below++;
                    } else if (f == b[s]) {
                        equal++;
                    }
                }
                long z = below + Math.min(equal, Math.max(0, gs[s] - below));
                gs[s] -= z;
                norm += gs[s] * gs[s];
            }
            if (norm == 0) {
                break; // the relaxation's choice is a plan: no price can raise the bound further
            }
            double size = theta * (target - current) / norm;
            for (int q = 0; q < gq.length; q++) {
                a[q] += Math.round(size * gq[q]);
            }
            for (int s = 0; s < gs.length; s++) {
                b[s] += Math.round(size * gs[s]);
            }
            current = value(a, b, use);
            if (current > best) {
                best = current;
                bestFamilyChoice = copy(familyChoice);
                sinceBetter = 0;
            } else if (++sinceBetter >= PATIENCE) {
                theta = Math.max(theta / 2, MIN_THETA);
                sinceBetter = 0;
            }
        }
        return best;
    }
}
