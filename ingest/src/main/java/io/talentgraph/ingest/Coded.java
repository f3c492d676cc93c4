package io.talentgraph.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A tagged sentence as one string that rules match with regular expressions: items joined by single
 * spaces, each entity, title, amount, count or time as a placeholder such as {@code ⟪P⟫}. Maps regex
 * positions back to items, and items to offsets in the article.
 */
final class Coded {

    final List<Item> items;
    final String code;
    private final int[] starts;

    Coded(List<Item> items) {
        this.items = List.copyOf(items);
        StringBuilder sb = new StringBuilder();
        starts = new int[items.size()];
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) {
                sb.append(' ');
            }
            starts[k] = sb.length();
            sb.append(items.get(k).code());
        }
        code = sb.toString();
    }

    /** @return the index of the item at a position of {@link #code} */
    int itemAt(int position) {
        int k = Arrays.binarySearch(starts, position);
        return k >= 0 ? k : -k - 2;
    }

    /** @return where a named group matched, or -1 when it did not take part or the pattern has no such group */
    static int start(Matcher m, String name) {
        try {
            return m.start(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return -1;
        }
    }

    /** @return the item a named group matched (its first item), or {@code null} when the group did not take part */
    Item group(Matcher m, String name) {
        int s = start(m, name);
        return s < 0 ? null : items.get(itemAt(s));
    }

    /** @return index of the item a named group matched, or -1 */
    int groupIndex(Matcher m, String name) {
        int s = start(m, name);
        return s < 0 ? -1 : itemAt(s);
    }

    /** @return article offsets {start, end} of the items a match covers */
    int[] span(Matcher m) {
        return span(itemAt(m.start()), itemAt(Math.max(m.start(), m.end() - 1)));
    }

    /** @return article offsets {start, end} of the items first..last */
    int[] span(int first, int last) {
        return new int[] {items.get(first).start(), items.get(last).end()};
    }

    /** @return the text a named group matched, as written in the article (items joined) */
    String text(Matcher m, String name) {
        int s = start(m, name);
        if (s < 0) {
            return null;
        }
        int first = itemAt(s);
        int last = itemAt(Math.max(s, m.end(name) - 1));
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            sb.append(k > first ? " " : "").append(items.get(k).text());
        }
        return sb.toString();
    }
}
