package io.talentgraph.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An article's text as the verifier reads it: normalized character by character ({@link Norm}), with a map
 * back to the original offsets, split into sentences and paragraphs, and searched for whole words.
 */
final class TextView {

    /** A span of the original text, in UTF-16 offsets. */
    record Span(int start, int end) {
        boolean contains(Span other) {
            return start <= other.start && other.end <= end;
        }

        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }

    /** A sentence and the paragraph it belongs to. */
    record Sentence(int index, int paragraph, Span span) {
    }

    private static final Map<Character, String> CACHE = new HashMap<>();
    private static final String ARABIC_PREFIXES = "وفبلك";

    final String text;
    private final String norm;
    private final int[] origin;
    final List<Sentence> sentences;

    TextView(String text) {
        this.text = text;
        StringBuilder n = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            String c = normalized(text.charAt(i));
            for (int j = 0; j < c.length(); j++) {
                if (k + 1 >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                map[k++] = i;
                n.append(c.charAt(j));
            }
        }
        map[k] = text.length();
        this.norm = n.toString();
        this.origin = java.util.Arrays.copyOf(map, k + 1);
        this.sentences = split(text);
    }

    private static String normalized(char c) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(c, x -> Character.isSurrogate(x) ? String.valueOf(x) : Norm.of(String.valueOf(x)));
        }
    }

    private static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(text);
        int paragraph = 0;
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String piece = text.substring(start, end);
            // a line break inside a break iterator's sentence still ends it (headlines have no full stop)
            int from = start;
            for (String line : piece.split("(?<=\n)")) {
                int lineEnd = from + line.length();
                if (!line.isBlank()) {
                    int s = from;
                    int e = lineEnd;
                    while (s < e && Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                        e--;
                    }
                    out.add(new Sentence(out.size(), paragraph, new Span(s, e)));
                }
                if (line.endsWith("\n")) {
                    paragraph++;
                }
                from = lineEnd;
            }
        }
        return out;
    }

    /** @return the sentence holding the offset, or the last one before it */
    Sentence sentenceAt(int offset) {
        Sentence found = sentences.isEmpty() ? null : sentences.get(0);
        for (Sentence s : sentences) {
            if (s.span().start() <= offset) {
                found = s;
            }
        }
        return found;
    }

    /**
     * Whole-word occurrences of a phrase (normalized like the text) inside a span. In Arabic text a word may
     * carry a glued conjunction or preposition ("وميتا", "لشركة").
     */
    List<Span> find(String phrase, Span within) {
        String p = Norm.of(phrase).strip().replaceAll("\\s+", " ");
        List<Span> out = new ArrayList<>();
        if (p.isEmpty()) {
            return out;
        }
        int from = normIndex(within.start());
        int to = normIndex(within.end());
        for (int at = norm.indexOf(p, from); at >= 0 && at + p.length() <= to; at = norm.indexOf(p, at + 1)) {
            if (boundaryBefore(at) && boundaryAfter(at + p.length(), p)) {
                out.add(new Span(origin[at], origin[at + p.length() - 1] + 1));
            }
        }
        return out;
    }

    private boolean boundaryBefore(int at) {
        if (at == 0 || !Character.isLetterOrDigit(norm.charAt(at - 1))) {
            return true;
        }
        // up to two glued prefix letters (و، ف، ب، ل، ك, or "ال" after one of them) before an Arabic word
        int i = at - 1;
        int glued = 0;
        while (i >= 0 && glued < 3 && Norm.isArabic(norm.charAt(i))
                && (ARABIC_PREFIXES.indexOf(norm.charAt(i)) >= 0 || norm.charAt(i) == 'ا' && i + 1 < norm.length()
                && norm.charAt(i + 1) == 'ل')) {
            i--;
            glued++;
        }
        return glued > 0 && (i < 0 || !Character.isLetterOrDigit(norm.charAt(i)));
    }

    private boolean boundaryAfter(int end, String phrase) {
        if (end >= norm.length() || !Character.isLetterOrDigit(norm.charAt(end))) {
            return true;
        }
        // "ex-" and "'s" style endings, and a Latin name followed by Arabic letters, end a word too
        char last = phrase.charAt(phrase.length() - 1);
        return !Character.isLetterOrDigit(last) || Norm.isLatin(last) && Norm.isArabic(norm.charAt(end));
    }

    private int normIndex(int original) {
        int lo = 0;
        int hi = origin.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (origin[mid] < original) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return the words of a span, with their spans, as whitespace and punctuation separate them */
    List<Span> words(Span within) {
        List<Span> out = new ArrayList<>();
        int i = within.start();
        while (i < within.end()) {
            while (i < within.end() && !isWordChar(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < within.end() && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(new Span(s, i));
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\''
                || c == '’' || c == '-' || c == '$';
    }

    String text(Span span) {
        return text.substring(span.start(), span.end());
    }
}
