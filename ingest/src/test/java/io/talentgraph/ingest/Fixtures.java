package io.talentgraph.ingest;

import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.model.PartialDate;
import io.talentgraph.dataset.SeedDatasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The articles the tests read, and the reviewed datasets their drafts are scored against. */
final class Fixtures {

    static final String FOLDER = "/io/talentgraph/ingest/fixtures/";
    static final String SEED_FOLDER = "/io/talentgraph/datasets/msl-launch-ar/";

    /**
     * One fixture article.
     *
     * @param name      its folder
     * @param language  its language
     * @param published its publication date
     */
    record Fixture(String name, Language language, String published) {
        Article article() {
            return new Article(name, text(FOLDER + name + "/article.txt"), language, null, PartialDate.parse(published));
        }

        Dataset gold() {
            return DatasetReader.readResource(FOLDER + name + "/gold.yaml");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final Fixture HELIX = new Fixture("helix-hires-okonkwo-en", Language.EN, "2025-04-02");
    static final Fixture COBALT = new Fixture("cobalt-hires-okonkwo-ar", Language.AR, "2025-11-20");
    static final Fixture SARAB = new Fixture("sarab-hires-from-nawat-ar", Language.AR, "2025-09-15");
    static final Fixture QUANTA = new Fixture("quanta-hires-from-tern-en", Language.EN, "2025-07-10");

    /** The same three moves, reported once in English and once in Arabic with every name in Arabic letters. */
    static final Fixture ORION_EN = new Fixture("orion-hires-three-en", Language.EN, "2025-10-02");
    static final Fixture ORION_AR = new Fixture("orion-hires-three-ar", Language.AR, "2025-10-02");

    static List<Fixture> all() {
        return List.of(HELIX, QUANTA, SARAB, COBALT);
    }

    /** Written after the rules were frozen and run once; not tuned on. */
    static List<Fixture> heldOut() {
        return List.of(new Fixture("heldout-lumen-poaches-en", Language.EN, "2025-05-06"),
                new Fixture("heldout-qamar-ar", Language.AR, "2025-10-08"));
    }

    private Fixtures() {
    }

    static Article seedArticle() {
        return new Article("msl-launch-ar", text(SEED_FOLDER + "article.txt"), Language.AR, null, null);
    }

    static Gazetteer seedGazetteer() {
        return Gazetteer.of(List.of(SeedDatasets.metaSuperintelligenceLabs()));
    }

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the draft and reads it back as the loader would, quotes and offsets checked against the text. */
    static Dataset roundTrip(Draft draft) {
        String yaml = DraftWriter.yaml(draft, "article.txt", false);
        return DatasetReader.parse(draft.id() + ".yaml", yaml, name -> draft.article().text());
    }
}
