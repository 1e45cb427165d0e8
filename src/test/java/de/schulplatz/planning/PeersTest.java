package de.schulplatz.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison's figures: the best plan known and the time each method needed to come near it. */
class PeersTest {

    private final PeerRun pipeline = new PeerRun("a", 0, 100, 1_000, 3, 5, List.of(
            new PeerRun.Point(0.1, 0, 100, 1_050), new PeerRun.Point(0.5, 0, 100, 1_009),
            new PeerRun.Point(2.0, 0, 100, 1_000)));
    private final PeerRun overfilled = new PeerRun("b", 2, 90, 900, 2, 5, List.of(new PeerRun.Point(1, 2, 90, 900)));
    private final PeerRun moreWithoutPlace = new PeerRun("c", 0, 120, 800, 4, 5,
            List.of(new PeerRun.Point(1, 0, 120, 800)));

    @Test
    void theBestPlanKnownIsFeasibleAndAtTheMediumMinimum() {
        Peers peers = new Peers(100, 3, 950, List.of(pipeline, overfilled, moreWithoutPlace), new Peers.SiblingsApart(3, 1, 0));

        assertThat(peers.bestKnownSoft()).isEqualTo(1_000);
    }

    @Test
    void timeToWithinAShareCountsOnlyPlansAtTheMinimum() {
        assertThat(pipeline.secondsWithin(100, 1_000, 0.01)).isEqualTo(0.5);
        assertThat(pipeline.secondsWithin(100, 1_000, 0.001)).isEqualTo(2.0);
        assertThat(moreWithoutPlace.secondsWithin(100, 1_000, 0.01)).isNull();
        assertThat(overfilled.secondsWithin(100, 1_000, 0.5)).isNull();
    }
}
