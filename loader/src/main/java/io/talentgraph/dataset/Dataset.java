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
 */
public record Dataset(String id, String title, String origin, List<Source> sources, List<Person> people,
                      List<Organization> organizations, List<Product> products, List<Claim> claims, List<Fact> facts,
                      Map<String, String> texts) {
    /** Defensive copies. */
    public Dataset {
        sources = List.copyOf(sources);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        products = List.copyOf(products);
        claims = List.copyOf(claims);
        facts = List.copyOf(facts);
        texts = Map.copyOf(texts);
    }

    /** @param type a fact type @return this dataset's facts of that type, in dataset order */
    public List<Fact> facts(FactType type) {
        return facts.stream().filter(f -> f.type() == type).toList();
    }
}
