package io.talentgraph.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The cursors of {@link Page}: the kind of item and the last key of a page, as URL-safe base64 without padding.
 * Opaque to callers; the kind lets a cursor of one listing be refused by another with a clear message.
 */
final class PageCursor {

    /** Named hires, keyed by the hire's fact id. */
    static final String HIRE = "hire";
    /** Counted groups, keyed by the group's id. */
    static final String GROUP = "group";

    private PageCursor() {
    }

    static String encode(String kind, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param kind   what the cursor must continue
     * @param cursor a cursor, or {@code null} for the first page
     * @return the last key of the previous page, or {@code ""} (before every key) for the first page
     */
    static String decode(String kind, String cursor) {
        if (cursor == null) {
            return "";
        }
        String[] parts = check(cursor);
        if (!parts[0].equals(kind)) {
            throw new IllegalArgumentException("Cursor '" + cursor + "' continues a page of " + noun(parts[0])
                    + ", not of " + noun(kind) + ": pass it to the query that gave it out.");
        }
        return parts[1];
    }

    /** @return the kind and the key of a well-formed cursor */
    static String[] check(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(cursor);
        }
        int colon = text.indexOf(':');
        if (colon < 0 || colon == text.length() - 1) {
            throw malformed(cursor);
        }
        String kind = text.substring(0, colon);
        if (!kind.equals(HIRE) && !kind.equals(GROUP)) {
            throw malformed(cursor);
        }
        return new String[] {kind, text.substring(colon + 1)};
    }

    private static IllegalArgumentException malformed(String cursor) {
        return new IllegalArgumentException("Cursor '" + cursor + "' is not one a page gave out: pass a page's next "
                + "cursor unchanged, or no cursor for the first page.");
    }

    private static String noun(String kind) {
        return kind.equals(HIRE) ? "named hires" : "counted groups";
    }
}
