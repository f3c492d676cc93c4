package io.talentgraph.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The cursors of {@link Page}: the kind of item and the last key of a page, as URL-safe base64 without padding.
 * Opaque to callers; the kind lets a cursor of one listing be refused by another with a clear message.
 */
final class PageCursor {

    /** Named hires, keyed by the hire's fact id. */
    static final String HIRE = "hire";
    /** Counted groups, keyed by the group's id. */
    static final String GROUP = "group";
    /** Talent flows in key order, keyed by the flow's key (origin and destination). */
    static final String FLOW = "flow";
    /** Talent flows largest first, keyed by the count and the flow's key: {@code count:key}. */
    static final String FLOW_LARGEST = "flow-largest";
    /** Recruitment attempts, keyed by the attempt's fact id. */
    static final String ATTEMPT = "attempt";

    /** What each kind of cursor continues, for messages. */
    private static final Map<String, String> NOUNS = Map.of(HIRE, "named hires", GROUP, "counted groups",
            FLOW, "talent flows in key order", FLOW_LARGEST, "talent flows largest first", ATTEMPT, "recruitment attempts");

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

    /**
     * @param cursor the cursor, for the message
     * @param key    the key of a {@link #FLOW_LARGEST} cursor, {@code count:key}
     * @return the count and the flow's key
     */
    static Map.Entry<Long, String> countAndKey(String cursor, String key) {
        int colon = key.indexOf(':');
        try {
            return Map.entry(Long.parseLong(key.substring(0, Math.max(colon, 0))), key.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw malformed(cursor);
        }
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
        if (!NOUNS.containsKey(kind)) {
            throw malformed(cursor);
        }
        return new String[] {kind, text.substring(colon + 1)};
    }

    private static IllegalArgumentException malformed(String cursor) {
        return new IllegalArgumentException("Cursor '" + cursor + "' is not one a page gave out: pass a page's next "
                + "cursor unchanged, or no cursor for the first page.");
    }

    private static String noun(String kind) {
        return NOUNS.get(kind);
    }
}
