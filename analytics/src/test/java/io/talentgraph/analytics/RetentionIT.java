package io.talentgraph.analytics;

import io.talentgraph.connect.Database;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Retention and tenure on tenure.yaml, a hand-built graph of two labs; each expected value is worked out from the
 * fixture's lines in the comment above it. Atlas hired Pia (2024-01-15, left 2024-05-15), Paz (2024-02-10, left
 * 2025-03-01), Pim (2024-03, still there), Pol (undated) and Pat (2025-06-01); Peg worked there 2022-01 to 2023-07,
 * Pru at some time nobody dates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionIT {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private final Database db = TestNeo4j.database();
    private final TalentMarket market = new TalentMarket(db);

    @BeforeAll
    void loadTheJobs() {
        TestNeo4j.clearData(db);
        new GraphLoader(db).load(DatasetReader.readResource("/io/talentgraph/analytics/tenure.yaml"));
    }

    private static TimeWindow year(int year) {
        return TimeWindow.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Test
    void retentionCountsWhoStayedAndSaysWhatItCannotCount() {
        // Hired in 2024: Pia, Paz, Pim. Six months on: Pia is checked 2024-07-15 and left 2024-05-15 (left); Paz
        // 2024-08-10, left 2025-03-01 (stayed); Pim 2024-03-31 + 6 = 2024-09-30, still there (stayed). 2 of 3.
        // Pol has no date (unknown); Pat is outside 2024.
        Retention six = market.retention("atlas", year(2024), 6, AS_OF);
        assertThat(six.stayed()).isEqualTo(2);
        assertThat(six.left()).isEqualTo(1);
        assertThat(six.share()).isEqualTo(2.0 / 3);
        assertThat(six.unknownDates()).isEqualTo(1);
        assertThat(six.tooRecent()).isZero();

        // Fourteen months on, Paz is checked 2025-04-10, after she left on 2025-03-01: 1 of 3.
        assertThat(market.retention("atlas", year(2024), 14, AS_OF).share()).isEqualTo(1.0 / 3);

        // All hires, twelve months: Pat (2025-06-01) is checked 2026-06-01, after 2026-01-01: too recent.
        // Pia left, Paz (checked 2025-02-10) and Pim stayed: 2 of 3, Pol unknown.
        Retention all = market.retention("atlas", TimeWindow.all(), 12, AS_OF);
        assertThat(all.basis()).isEqualTo(3);
        assertThat(all.stayed()).isEqualTo(2);
        assertThat(all.tooRecent()).isEqualTo(1);
        assertThat(all.unknownDates()).isEqualTo(1);

        // Beacon hired Pia (2024-05-15) and Paz (2025-03-01), both still there; as of 2026-01-01 Paz's check
        // (2026-03-01) is too recent.
        Retention beacon = market.retention("beacon", TimeWindow.all(), 12, AS_OF);
        assertThat(beacon.stayed()).isEqualTo(1);
        assertThat(beacon.tooRecent()).isEqualTo(1);
        assertThat(market.retention("beacon", year(2023), 12, AS_OF).share()).as("nobody to count").isNull();
    }

    @Test
    void tenureIsTheMedianOfEndedJobsWithBothDatesKnown() {
        // Ended jobs at Atlas: Pia 2024-01-15 to 2024-05-15 = 4 months; Paz 2024-02-10 to 2025-03-01 = 12 whole
        // months; Peg 2022-01-01 to 2023-07-01 = 18. Median 12. Pru's ended job has no dates: unknown.
        Tenure atlas = market.tenure("atlas");
        assertThat(atlas.months()).containsExactly(4L, 12L, 18L);
        assertThat(atlas.medianMonths()).isEqualTo(12.0);
        assertThat(atlas.unknownDates()).isEqualTo(1);
        // Beacon: no job there has ended.
        assertThat(market.tenure("beacon").medianMonths()).isNull();
    }

    @Test
    void badArgumentsAreClearErrors() {
        assertThatThrownBy(() -> market.retention("west", TimeWindow.all(), 12, AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'west'");
        assertThatThrownBy(() -> market.retention("atlas", TimeWindow.all(), 0, AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 month");
        assertThatThrownBy(() -> market.tenure("west")).isInstanceOf(IllegalArgumentException.class);
    }
}
