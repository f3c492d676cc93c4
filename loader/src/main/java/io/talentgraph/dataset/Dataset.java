package io.talentgraph.dataset;

import java.util.List;
import java.util.Map;

/**
 * A validated dataset: entities, sources and evidenced facts, as read by {@link DatasetReader}. Every
 * reference in it resolves and every quote was found in its source's text.
 *
 * @param id            stable id of the dataset, recorded on everything it writes
 * @param title         what it covers, or {@code null}
 * @param origin        where it was read from, for messages
 * @param sources       the documents and reports it cites
 * @param people        named people
 * @param organizations companies and labs
 * @param products      products and models
 * @param claims        claims people made
 * @param facts         the facts
 * @param texts         source id to the full text the dataset holds for it
 * @param factLines     fact id to the line of the file that states it, for messages (may be empty)
 */
public record Dataset(String id, String title, String origin, List<Source> sources, List<Person> people,
                      List<Organization> organizations, List<Product> products, List<Claim> claims, List<Fact> facts,
                      Map<String, String> texts, Map<String, Integer> factLines) {
    /** Defensive copies. */
    public Dataset {
        sources = List.copyOf(sources);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        products = List.copyOf(products);
        claims = List.copyOf(claims);
        facts = List.copyOf(facts);
        texts = Map.copyOf(texts);
        factLines = factLines == null ? Map.of() : Map.copyOf(factLines);
    }

    /**
     * A dataset without line information.
     *
     * @param id            stable id
     * @param title         what it covers, or {@code null}
     * @param origin        where it was read from
     * @param sources       the documents and reports it cites
     * @param people        named people
     * @param organizations companies and labs
     * @param products      products and models
     * @param claims        claims people made
     * @param facts         the facts
     * @param texts         source id to full text
     */
    public Dataset(String id, String title, String origin, List<Source> sources, List<Person> people,
                   List<Organization> organizations, List<Product> products, List<Claim> claims, List<Fact> facts,
                   Map<String, String> texts) {
        this(id, title, origin, sources, people, organizations, products, claims, facts, texts, Map.of());
    }

    /**
     * @return one problem per fact still pending review, located at its line: a draft written by
     *         {@code talentgraph ingest} is loaded only once a person has accepted or rejected each fact
     */
    public List<DatasetProblem> pendingReview() {
        return facts.stream().filter(Fact::pendingReview)
                .map(f -> new DatasetProblem(origin, factLines.getOrDefault(f.id(), 0), 0, "review",
                        f.type().key() + " fact " + f.id() + " is pending review: set review: accepted or rejected "
                                + "(or load with --accept-all)"))
                .toList();
    }

    /** @return the same dataset with every pending fact accepted, for trusted runs */
    public Dataset acceptingAll() {
        return new Dataset(id, title, origin, sources, people, organizations, products, claims,
                facts.stream().map(f -> f.pendingReview() ? f.accepted() : f).toList(), texts, factLines);
    }

    /** @param type a fact type @return this dataset's facts of that type, in dataset order */
    public List<Fact> facts(FactType type) {
        return facts.stream().filter(f -> f.type() == type).toList();
    }
}
