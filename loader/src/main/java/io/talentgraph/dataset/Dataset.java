package io.talentgraph.dataset;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.STABLE;

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
 * @param sameAs        entry id to the id of the node it is in the graph, for entries that declare
 *                      {@code sameAs}; facts, claims and sources already refer to the graph's ids
 * @param distinctFrom  entry id to the ids of entities it is declared not to be, despite a similar name
 * @param locations     entry id (or fact id) to where the entry (or fact) is written, for messages
 */
@API(status = STABLE, since = "0.1.0")
public record Dataset(String id, String title, String origin, List<Source> sources, List<Person> people,
                      List<Organization> organizations, List<Product> products, List<Claim> claims, List<Fact> facts,
                      Map<String, String> texts, Map<String, String> sameAs, Map<String, List<String>> distinctFrom,
                      Map<String, Location> locations) {

    /**
     * Where an entry is written.
     *
     * @param line  1-based line, or 0 when unknown
     * @param field the entry's path, e.g. {@code people[3]}
     */
    public record Location(int line, String field) {
    }

    /**
     * A dataset without identity declarations or locations, as built by code rather than read from a file.
     *
     * @param id            stable id of the dataset
     * @param title         what it covers, or {@code null}
     * @param origin        where it came from, for messages
     * @param sources       the documents and reports it cites
     * @param people        named people
     * @param organizations companies and labs
     * @param products      products and models
     * @param claims        claims people made
     * @param facts         the facts
     * @param texts         source id to the full text the dataset holds for it
     */
    public Dataset(String id, String title, String origin, List<Source> sources, List<Person> people,
                   List<Organization> organizations, List<Product> products, List<Claim> claims, List<Fact> facts,
                   Map<String, String> texts) {
        this(id, title, origin, sources, people, organizations, products, claims, facts, texts, Map.of(), Map.of(),
                Map.of());
    }

    /**
     * Defensive copies.
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
     * @param sameAs        entry id to the id of the node it is in the graph, for entries that declare
     *                      {@code sameAs}; facts, claims and sources already refer to the graph's ids
     * @param distinctFrom  entry id to the ids of entities it is declared not to be, despite a similar name
     * @param locations     entry id (or fact id) to where the entry (or fact) is written, for messages
     */
    public Dataset {
        sources = List.copyOf(sources);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        products = List.copyOf(products);
        claims = List.copyOf(claims);
        facts = List.copyOf(facts);
        texts = Map.copyOf(texts);
        sameAs = Map.copyOf(sameAs);
        distinctFrom = Map.copyOf(distinctFrom);
        locations = Map.copyOf(locations);
    }

    /**
     * @param entryId the id of a person, organization or product of this dataset
     * @return the id it has in the graph: its {@code sameAs}, or the id itself
     */
    public String graphId(String entryId) {
        return sameAs.getOrDefault(entryId, entryId);
    }

    /**
     * @return one problem per fact still pending review, located at its line: a draft written by
     *         {@code talentgraph ingest} is loaded only once a person has accepted or rejected each fact
     */
    public List<DatasetProblem> pendingReview() {
        return facts.stream().filter(Fact::pendingReview)
                .map(f -> new DatasetProblem(origin, line(f.id()), 0, locations.containsKey(f.id())
                        ? locations.get(f.id()).field() + ".review" : "review",
                        f.type().key() + " fact " + f.id() + " is pending review: set review: accepted or rejected "
                                + "(or load the dataset accepting every fact, Dataset.acceptingAll)"))
                .toList();
    }

    /**
     * @param entryOrFactId an entry's or a fact's id
     * @return the line that states it, or 0 when unknown
     */
    public int line(String entryOrFactId) {
        Location at = locations.get(entryOrFactId);
        return at == null ? 0 : at.line();
    }

    /** @return the same dataset with every pending fact accepted, for trusted runs */
    public Dataset acceptingAll() {
        return new Dataset(id, title, origin, sources, people, organizations, products, claims,
                facts.stream().map(f -> f.pendingReview() ? f.accepted() : f).toList(), texts, sameAs, distinctFrom,
                locations);
    }

    /**
     * @param type a fact type
     * @return this dataset's facts of that type, in dataset order
     */
    public List<Fact> facts(FactType type) {
        return facts.stream().filter(f -> f.type() == type).toList();
    }
}
