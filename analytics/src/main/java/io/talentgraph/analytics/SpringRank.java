package io.talentgraph.analytics;

import java.util.List;

/**
 * SpringRank (De Bacco, Larremore and Moore, "A physical model for efficient ranking in networks", Science Advances
 * 4(7), 2018), implemented from the paper: each directed, weighted edge {@code i → j} says that {@code i} ranks
 * above {@code j}, and the ranks {@code s} minimize the energy of springs of rest length 1 along the edges,
 * {@code ½ Σ A_ij (s_i − s_j − 1)²}, plus a small {@code ½ α Σ s_i²} that fixes the free offset. Setting the
 * gradient to zero gives the linear system {@code (D_out + D_in − (A + Aᵀ) + α I) s = d_out − d_in}, symmetric and
 * positive definite, solved here by conjugate gradients on the sparse edge list: time grows with edges, not with the
 * square of nodes. With {@code α → 0}, ranks within a connected component are centred on 0; a difference of 1 is one
 * "step" of dominance (A over B over C gives 1, 0, −1).
 */
final class SpringRank {

    /** Small enough that a one-edge graph's ranks are within 10⁻⁶ of the unregularized ±0.5. */
    static final double ALPHA = 1e-8;

    /**
     * One edge: {@code higher} ranks above {@code lower} with this weight.
     *
     * @param higher index of the node that ranks above
     * @param lower  index of the node below
     * @param weight how much evidence, e.g. how many people moved
     */
    record Edge(int higher, int lower, double weight) {
    }

    private SpringRank() {
    }

    /**
     * @param nodes how many nodes, indexed 0 to {@code nodes − 1}
     * @param edges the edges
     * @return each node's rank
     */
    static double[] ranks(int nodes, List<Edge> edges) {
        double[] degree = new double[nodes];
        double[] b = new double[nodes];
        for (Edge e : edges) {
            degree[e.higher()] += e.weight();
            degree[e.lower()] += e.weight();
            b[e.higher()] += e.weight();
            b[e.lower()] -= e.weight();
        }
        // conjugate gradients on M s = b, M = D_out + D_in - (A + A^T) + alpha I
        double[] s = new double[nodes];
        double[] r = b.clone();
        double[] p = r.clone();
        double rr = dot(r, r);
        for (int iteration = 0; iteration < 10 * nodes + 100 && rr > 1e-24; iteration++) {
            double[] mp = times(degree, edges, p);
            double step = rr / dot(p, mp);
            for (int i = 0; i < nodes; i++) {
                s[i] += step * p[i];
                r[i] -= step * mp[i];
            }
            double next = dot(r, r);
            for (int i = 0; i < nodes; i++) {
                p[i] = r[i] + next / rr * p[i];
            }
            rr = next;
        }
        return s;
    }

    private static double[] times(double[] degree, List<Edge> edges, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (degree[i] + ALPHA) * x[i];
        }
        for (Edge e : edges) {
            y[e.higher()] -= e.weight() * x[e.lower()];
            y[e.lower()] -= e.weight() * x[e.higher()];
        }
        return y;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /**
     * Weighted PageRank by power iteration, for comparison: rank flows along each edge {@code lower → higher} in
     * proportion to its weight, so that, like SpringRank, a node that many others lose to ranks high. A node with no
     * outgoing edge spreads its rank evenly.
     *
     * @param nodes   how many nodes
     * @param edges   the same edges as {@link #ranks}
     * @param damping the chance to follow an edge rather than jump, usually 0.85
     * @return each node's PageRank, summing to 1
     */
    static double[] pageRank(int nodes, List<Edge> edges, double damping) {
        double[] out = new double[nodes];
        edges.forEach(e -> out[e.lower()] += e.weight());
        double[] rank = new double[nodes];
        java.util.Arrays.fill(rank, 1.0 / nodes);
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] next = new double[nodes];
            double dangling = 0;
            for (int i = 0; i < nodes; i++) {
                if (out[i] == 0) {
                    dangling += rank[i];
                }
            }
            for (int i = 0; i < nodes; i++) {
                next[i] = (1 - damping) / nodes + damping * dangling / nodes;
            }
            for (Edge e : edges) {
                next[e.higher()] += damping * rank[e.lower()] * e.weight() / out[e.lower()];
            }
            double change = 0;
            for (int i = 0; i < nodes; i++) {
                change += Math.abs(next[i] - rank[i]);
            }
            rank = next;
            if (change < 1e-12) {
                break;
            }
        }
        return rank;
    }
}
