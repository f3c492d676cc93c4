package io.talentgraph.load.internal;

import io.talentgraph.dataset.Dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * The content hash of a dataset: what it says, not where it was read from. Two reads of the same file, or of a
 * copy elsewhere, hash the same; any change to an entity, fact, quote or source text changes the hash. Where the
 * entries sat in the file (lines, origin) is left out, so reformatting a file alone does not either.
 */
public final class DatasetFingerprint {

    /** Bumped when what a load writes for the same content changes, so that every dataset loads once more. */
    private static final String WRITE_FORMAT = "talentgraph-load/1";

    private DatasetFingerprint() {
    }

    /**
     * @param dataset a dataset
     * @return its SHA-256 content hash, 64 hex digits
     */
    public static String of(Dataset dataset) {
        // Records print their components in declaration order; maps are sorted so their order cannot matter.
        String canonical = String.join("\u0000", WRITE_FORMAT, dataset.id(), String.valueOf(dataset.title()),
                dataset.sources().toString(), dataset.people().toString(), dataset.organizations().toString(),
                dataset.products().toString(), dataset.claims().toString(), dataset.facts().toString(),
                new TreeMap<>(dataset.texts()).toString(), new TreeMap<>(dataset.sameAs()).toString(),
                new TreeMap<>(dataset.distinctFrom()).toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
