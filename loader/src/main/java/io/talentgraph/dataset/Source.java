package io.talentgraph.dataset;

import io.talentgraph.model.PartialDate;
import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A document or report that states facts.
 *
 * @param id           stable slug
 * @param kind         {@code article}, {@code report}, {@code memo}, {@code podcast}, ...
 * @param outlet       who published it (Bloomberg, TechCrunch...), or {@code null}
 * @param outletAr     the outlet's name as an Arabic source spells it, or {@code null}
 * @param language     ISO 639-1 code of the document, or {@code null}
 * @param title        its title in its own language, or {@code null}
 * @param titleEn      an English title or description, or {@code null}
 * @param url          where it can be read, or {@code null}
 * @param published    publication date, or {@code null} when the dataset does not know it
 * @param when         a relative time as the citing text says it ("earlier this week"), or {@code null}
 * @param whenEn       English rendering of {@code when}, or {@code null}
 * @param textFile     the file the dataset holds its text in, or {@code null}
 * @param citedBy      ids of sources that cite this one
 * @param participants ids of people who took part (a podcast's speakers)
 */
@API(status = STABLE, since = "0.1.0")
public record Source(String id, String kind, String outlet, String outletAr, String language, String title,
                     String titleEn, String url, PartialDate published, String when, String whenEn, String textFile,
                     List<String> citedBy, List<String> participants) {
    /**
     * Defensive copies.
     *
     * @param id           stable slug
     * @param kind         {@code article}, {@code report}, {@code memo}, {@code podcast}, ...
     * @param outlet       who published it (Bloomberg, TechCrunch...), or {@code null}
     * @param outletAr     the outlet's name as an Arabic source spells it, or {@code null}
     * @param language     ISO 639-1 code of the document, or {@code null}
     * @param title        its title in its own language, or {@code null}
     * @param titleEn      an English title or description, or {@code null}
     * @param url          where it can be read, or {@code null}
     * @param published    publication date, or {@code null} when the dataset does not know it
     * @param when         a relative time as the citing text says it ("earlier this week"), or {@code null}
     * @param whenEn       English rendering of {@code when}, or {@code null}
     * @param textFile     the file the dataset holds its text in, or {@code null}
     * @param citedBy      ids of sources that cite this one
     * @param participants ids of people who took part (a podcast's speakers)
     */
    public Source {
        citedBy = List.copyOf(citedBy);
        participants = List.copyOf(participants);
    }
}
