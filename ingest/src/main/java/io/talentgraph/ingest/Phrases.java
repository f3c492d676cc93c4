package io.talentgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases matched against normalized tokens, longest first. Each phrase carries a value (an
 * English title, a number, a month). In Arabic a phrase may carry a conjunction prefix (و, ف) on its first
 * word, as in "وأفادت التقارير".
 *
 * @param <V> the value type
 */
final class Phrases<V> {

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private final boolean arabicConjunctions;

    private record Entry<V>(List<String> words, V value) {
    }

    /**
     * A match.
     *
     * @param length how many tokens it covers
     * @param value  the phrase's value
     * @param <V>    the value type
     */
    record Match<V>(int length, V value) {
    }

    Phrases(boolean arabicConjunctions) {
        this.arabicConjunctions = arabicConjunctions;
    }

    /** Adds each phrase (written naturally; normalized here) with the same value. */
    Phrases<V> add(V value, String... phrases) {
        for (String phrase : phrases) {
            List<String> words = new ArrayList<>();
            for (String w : Norm.of(phrase).split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry<>(words, value));
            byFirst.get(words.get(0)).sort((a, b) -> b.words.size() - a.words.size());
        }
        return this;
    }

    /**
     * @param tokens normalized tokens
     * @param at     where to try
     * @return the longest phrase starting there, or {@code null}
     */
    Match<V> at(List<String> tokens, int at) {
        String first = tokens.get(at);
        Match<V> m = matchFrom(tokens, at, first);
        if (m == null && arabicConjunctions && first.length() > 2 && (first.startsWith("و") || first.startsWith("ف"))) {
            m = matchFrom(tokens, at, first.substring(1));
        }
        return m;
    }

    private Match<V> matchFrom(List<String> tokens, int at, String first) {
        List<Entry<V>> entries = byFirst.get(first);
        if (entries == null) {
            return null;
        }
        for (Entry<V> e : entries) {
            if (at + e.words.size() > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int i = 1; i < e.words.size() && all; i++) {
                all = e.words.get(i).equals(tokens.get(at + i));
            }
            if (all) {
                return new Match<>(e.words.size(), e.value);
            }
        }
        return null;
    }

    /** @return whether a single token (or it without a conjunction prefix) is a one-word phrase */
    boolean contains(String token) {
        Match<V> m = at(List.of(token), 0);
        return m != null;
    }
}
