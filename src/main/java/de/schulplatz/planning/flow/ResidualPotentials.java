package de.schulplatz.planning.flow;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Node potentials of an optimal flow: shortest distances in its residual network from a virtual source
 * joined to every node at cost 0 (Bellman-Ford with a queue). An optimal flow leaves no negative cycle, so
 * the distances exist, and every residual arc u→v has a reduced cost {@code c + d[u] - d[v] ≥ 0}: they are
 * optimal dual prices of the flow's capacity and conservation constraints. OR-Tools does not expose its own
 * potentials, hence this.
 */
final class ResidualPotentials {

    private ResidualPotentials() {
    }

    /**
     * @return the distances, or null when they did not settle within {@code maxRelaxations} arc relaxations
     *         (then the flow's own bound stands)
     */
    static long[] of(int nodes, int[] tail, int[] head, long[] cost, long[] capacity, long[] flow, long maxRelaxations) {
        int arcs = tail.length;
        // Residual arcs in CSR form: forward where capacity is left, backward where flow runs.
        int[] degree = new int[nodes + 1];
        for (int a = 0; a < arcs; a++) {
            if (flow[a] < capacity[a]) {
                degree[tail[a] + 1]++;
            }
            if (flow[a] > 0) {
                degree[head[a] + 1]++;
            }
        }
        for (int v = 0; v < nodes; v++) {
            degree[v + 1] += degree[v];
        }
        int[] first = degree.clone();
        int[] to = new int[degree[nodes]];
        long[] weight = new long[degree[nodes]];
        int[] fill = Arrays.copyOf(first, nodes);
        for (int a = 0; a < arcs; a++) {
            if (flow[a] < capacity[a]) {
                to[fill[tail[a]]] = head[a];
                weight[fill[tail[a]]++] = cost[a];
            }
            if (flow[a] > 0) {
                to[fill[head[a]]] = tail[a];
                weight[fill[head[a]]++] = -cost[a];
            }
        }
        long[] distance = new long[nodes];
        boolean[] queued = new boolean[nodes];
        ArrayDeque<Integer> queue = new ArrayDeque<>(nodes);
        for (int v = 0; v < nodes; v++) {
            queue.add(v);
            queued[v] = true;
        }
        long relaxations = 0;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            queued[u] = false;
            long du = distance[u];
            for (int e = first[u]; e < first[u + 1]; e++) {
                long candidate = du + weight[e];
                int v = to[e];
                if (candidate < distance[v]) {
                    distance[v] = candidate;
                    if (!queued[v]) {
                        queued[v] = true;
                        queue.add(v);
                    }
                }
            }
            relaxations += first[u + 1] - first[u];
            if (relaxations > maxRelaxations) {
                return null;
            }
        }
        return distance;
    }
}
