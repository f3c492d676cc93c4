package io.talentgraph.testing;

import java.util.Collection;
import java.util.TreeSet;

/**
 * Generates datasets in the {@code talentgraph-dataset/1} format for load tests: people who work at
 * organizations, each fact quoted from a generated source text. Every name differs from every other in at
 * least two letters, so that entity resolution takes none of them for another.
 */
public final class SyntheticDatasets {

    private SyntheticDatasets() {
    }

    /**
     * A dataset and the text of its one source.
     *
     * @param id       the dataset id
     * @param yaml     the dataset
     * @param textFile the file name the dataset gives its source's text
     * @param text     the source's text, which holds every quote
     */
    public record Generated(String id, String yaml, String textFile, String text) {
    }

    /**
     * @param i the person's number, from 0
     * @return person {@code i}'s name
     */
    public static String personName(int i) {
        return "Ada" + i + " Vega" + i;
    }

    /**
     * @param k the organization's number, from 0
     * @return organization {@code k}'s name
     */
    public static String organizationName(int k) {
        return "Lab" + k + " Works" + k;
    }

    /**
     * @param i             the person's number, from 0
     * @param organizations how many organizations the dataset has
     * @return the organization person {@code i} works at, out of {@code organizations}
     */
    public static int employer(int i, int organizations) {
        return i % organizations;
    }

    /**
     * @param id            dataset id (also names its source)
     * @param people        which people it names; each works at {@link #employer}
     * @param organizations how many organizations there are
     * @return the dataset
     */
    public static Generated dataset(String id, Collection<Integer> people, int organizations) {
        String source = id + "-report";
        StringBuilder yaml = new StringBuilder("format: talentgraph-dataset/1\nid: ").append(id)
                .append("\nsources:\n  - {id: ").append(source).append(", kind: report, outlet: Synthetic Wire, text: ")
                .append(source).append(".txt}\npeople:\n");
        TreeSet<Integer> orgs = new TreeSet<>();
        for (int i : people) {
            yaml.append("  - {id: p-").append(i).append(", name: ").append(personName(i)).append("}\n");
            orgs.add(employer(i, organizations));
        }
        yaml.append("organizations:\n");
        for (int k : orgs) {
            yaml.append("  - {id: o-").append(k).append(", name: ").append(organizationName(k)).append(", kind: company}\n");
        }
        yaml.append("facts:\n");
        StringBuilder text = new StringBuilder("Synthetic Wire report ").append(id).append(".\n");
        for (int i : people) {
            int k = employer(i, organizations);
            String quote = personName(i) + " works at " + organizationName(k);
            yaml.append("  - {type: works-at, person: p-").append(i).append(", organization: o-").append(k)
                    .append(", sources: [").append(source).append("], evidence: [{quote: '").append(quote).append("'}]}\n");
            text.append(quote).append(".\n");
        }
        return new Generated(id, yaml.toString(), source + ".txt", text.toString());
    }
}
