package io.talentgraph.ingest;


import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Predicate;

/** Stable ids for what a draft proposes: the same article always yields the same ids. */
final class Ids {

    private Ids() {
    }

    /**
     * @param text any text
     * @return a dataset id: lower-case ASCII letters and digits joined by single hyphens, or "" when none remain
     */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    /**
     * An id for a new entity: the slug of its Latin name, or, for a name known only in Arabic, its kind and
     * a short hash of the normalized name (the reviewer gives it an English name and may rename the id).
     */
    static String newId(KnownEntity.Kind kind, String latin, String arabic, Predicate<String> taken) {
        String base = latin != null ? slug(latin) : "";
        if (base.isEmpty()) {
            base = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + hash(Norm.of(arabic == null ? "" : arabic));
        }
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
