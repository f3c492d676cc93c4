package io.talentgraph.cli;

import io.talentgraph.TalentGraphException;
import io.talentgraph.model.PartialDate;

import java.time.LocalDate;

/** The {@code --as-of DATE} option of the query commands. */
final class AsOf {

    static final String DESCRIPTION = "Answer as of this date (YYYY, YYYY-MM or YYYY-MM-DD; a month or a year means "
            + "its last day). Default: what holds now.";

    private AsOf() {
    }

    /** @return the last day the text can mean, or {@code null} when no date was given */
    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return PartialDate.parse(text.strip()).latest();
        } catch (IllegalArgumentException e) {
            throw new TalentGraphException("--as-of: " + e.getMessage());
        }
    }
}
