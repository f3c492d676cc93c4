package io.talentgraph.analytics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** SpringRank and PageRank on graphs whose ranks are worked out by hand in each test. */
class SpringRankTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    @Test
    void aChainIsOneStepApartCentredOnZero() {
        // A over B, B over C: every spring at rest length 1 is reachable (energy 0), centred on 0: 1, 0, -1.
        double[] s = SpringRank.ranks(3, List.of(new SpringRank.Edge(A, B, 1), new SpringRank.Edge(B, C, 1)));
        assertThat(s[A]).isCloseTo(1, within(1e-6));
        assertThat(s[B]).isCloseTo(0, within(1e-6));
        assertThat(s[C]).isCloseTo(-1, within(1e-6));
    }

    @Test
    void aTransitiveTriangleCompromises() {
        // A over B, B over C, A over C, weight 1 each. By symmetry s = (x, 0, -x); the energy
        // (x-1)^2 + (x-1)^2 + (2x-1)^2 has derivative 4(x-1) + 4(2x-1) = 0 at x = 2/3.
        double[] s = SpringRank.ranks(3, List.of(new SpringRank.Edge(A, B, 1), new SpringRank.Edge(B, C, 1),
                new SpringRank.Edge(A, C, 1)));
        assertThat(s[A]).isCloseTo(2.0 / 3, within(1e-6));
        assertThat(s[B]).isCloseTo(0, within(1e-6));
        assertThat(s[C]).isCloseTo(-2.0 / 3, within(1e-6));
    }

    @Test
    void weightsPullTowardTheHeavierSide() {
        // A over B with weight 3, B over A with weight 1: with x = sA - sB, 3(x-1)^2 + (-x-1)^2 has
        // derivative 6(x-1) + 2(x+1) = 0 at x = 1/2; centred: 1/4 and -1/4. A tie (1 and 1) gives 0 and 0.
        double[] s = SpringRank.ranks(2, List.of(new SpringRank.Edge(A, B, 3), new SpringRank.Edge(B, A, 1)));
        assertThat(s[A]).isCloseTo(0.25, within(1e-6));
        assertThat(s[B]).isCloseTo(-0.25, within(1e-6));
        double[] tie = SpringRank.ranks(2, List.of(new SpringRank.Edge(A, B, 1), new SpringRank.Edge(B, A, 1)));
        assertThat(tie[A]).isCloseTo(0, within(1e-6));
    }

    @Test
    void pageRankFlowsUpTheChainToTheTop() {
        // C loses to B, B loses to A; A loses to nobody, so its rank is spread evenly (dangling).
        double[] p = SpringRank.pageRank(3, List.of(new SpringRank.Edge(A, B, 1), new SpringRank.Edge(B, C, 1)), 0.85);
        assertThat(p[A]).isGreaterThan(p[B]);
        assertThat(p[B]).isGreaterThan(p[C]);
        assertThat(p[A] + p[B] + p[C]).isCloseTo(1, within(1e-9));
    }
}
