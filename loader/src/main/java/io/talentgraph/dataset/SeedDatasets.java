package io.talentgraph.dataset;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Datasets that ship with TalentGraph. The first is the Arabic article on the launch of Meta
 * Superintelligence Labs, with its text, so that every quote in it can be checked.
 */
@API(status = STABLE, since = "0.1.0")
public final class SeedDatasets {

    /** Classpath location of the article's dataset. */
    public static final String META_SUPERINTELLIGENCE_LABS = "/io/talentgraph/datasets/msl-launch-ar/dataset.yaml";

    private SeedDatasets() {
    }

    /** @return the article's dataset, read and validated */
    public static Dataset metaSuperintelligenceLabs() {
        return DatasetReader.readResource(META_SUPERINTELLIGENCE_LABS);
    }
}
