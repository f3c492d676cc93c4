package io.talentgraph.cli;

import io.talentgraph.analytics.TimeWindow;
import io.talentgraph.model.PartialDate;
import picocli.CommandLine.Option;

/** The time window and roll-up options shared by the analytics commands. */
final class WindowOptions {

    @Option(names = "--from", paramLabel = "DATE",
            description = "Only hires dated on or after DATE (2025, 2025-06 or 2025-06-14). Undated hires count only without --from/--to.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only hires dated on or before DATE (2025 means up to 2025-12-31).")
    String to;

    @Option(names = "--roll-up", description = "Count labs under their parent company (Google DeepMind as Google).")
    boolean rollUp;

    TimeWindow window() {
        return TimeWindow.between(from == null ? null : date(from, "--from").earliest(),
                to == null ? null : date(to, "--to").latest());
    }

    private static PartialDate date(String text, String option) {
        try {
            return PartialDate.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.TypeConversionException(option + ": " + e.getMessage());
        }
    }
}
