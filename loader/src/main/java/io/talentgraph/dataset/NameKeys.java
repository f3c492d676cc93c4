package io.talentgraph.dataset;

import org.apiguardian.api.API;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How two names are told to be the same, or likely the same, entity. Shared by the reader (two entries
 * of one dataset) and the loader (a dataset entry and a node already in the graph), so that both judge
 * alike. The rules are documented in {@code docs/reliability.md}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class NameKeys {

    private NameKeys() {
    }

    /**
     * Folds what does not tell two names apart: case, spacing, punctuation, width (full-width letters),
     * Latin diacritics, Arabic short vowels and tatweel, and the spellings of alef, hamza, ya and ta marbuta.
     *
     * @param name a name, alias or Arabic name
     * @return its key; equal keys mean the same name
     */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT)
                .replace('\u0649', '\u064A')   // alef maksura -> ya
                .replace('\u06CC', '\u064A')   // Farsi ya -> ya
                .replace('\u0629', '\u0647')   // ta marbuta -> ha
                .replace('\u0671', '\u0627')   // alef wasla -> alef
                .replace('\u06A9', '\u0643')   // keheh -> kaf
                .replace("\u0640", "");        // tatweel
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Why two sets of names likely denote the same entity, if they do: an equal key, the same words in
     * another order, one letter apart (a transliteration or a typo), an Arabic and a Latin spelling that sound
     * alike ({@link CrossScriptNames}), or the same surname with a first name that abbreviates the other (Alex, A.).
     *
     * @param mine   the names of one entity (name, Arabic name, aliases)
     * @param theirs the names of the other
     * @return a short reason naming the two names, or empty when they look like different entities
     */
    public static Optional<String> likelySame(Collection<String> mine, Collection<String> theirs) {
        for (String a : mine) {
            for (String b : theirs) {
                String ka = key(a);
                String kb = key(b);
                if (ka.isEmpty() || kb.isEmpty()) {
                    continue;
                }
                if (ka.equals(kb)) {
                    return Optional.of("'" + a + "' and '" + b + "' are the same name");
                }
                List<String> wa = words(ka);
                List<String> wb = words(kb);
                if (wa.size() > 1 && sorted(wa).equals(sorted(wb))) {
                    return Optional.of("'" + a + "' and '" + b + "' are the same words in another order");
                }
                if (Math.min(ka.length(), kb.length()) >= 8 && withinOneEdit(ka, kb)) {
                    return Optional.of("'" + a + "' and '" + b + "' differ in one letter only");
                }
                if (wa.size() > 1 && wb.size() > 1 && wa.get(wa.size() - 1).equals(wb.get(wb.size() - 1))
                        && abbreviates(wa.get(0), wb.get(0))) {
                    return Optional.of("'" + a + "' and '" + b + "' share the surname and the first name '"
                            + (wa.get(0).length() < wb.get(0).length() ? wa.get(0) : wb.get(0))
                            + "' abbreviates the other");
                }
            }
        }
        // Only when no spelling in one script explains the match: an Arabic and a Latin name that sound alike.
        for (String a : mine) {
            for (String b : theirs) {
                if ((CrossScriptNames.isArabic(a) && CrossScriptNames.isLatin(b))
                        || (CrossScriptNames.isLatin(a) && CrossScriptNames.isArabic(b))) {
                    double score = CrossScriptNames.similarity(a, b);
                    if (score >= CrossScriptNames.LIKELY_SAME) {
                        return Optional.of(String.format(Locale.ROOT, "'%s' and '%s' sound alike across scripts "
                                + "(similarity %.2f)", a, b, score));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param names the names of an entity, some possibly {@code null}
     * @return the words worth searching a full-text index for: each word of each key
     */
    public static Set<String> searchWords(Collection<String> names) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null) {
                words.addAll(words(key(name)));
            }
        }
        return words;
    }

    private static boolean abbreviates(String x, String y) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        if (shorter.equals(longer)) {
            return false;
        }
        return shorter.length() == 1 ? longer.startsWith(shorter) : shorter.length() >= 3 && longer.startsWith(shorter);
    }

    /** Levenshtein distance of at most one, without building the whole table. */
    private static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + Math.min(1, a.length() - i)).equals(b.substring(i + Math.min(1, b.length() - i)));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static List<String> words(String key) {
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }

    private static List<String> sorted(List<String> words) {
        List<String> copy = new ArrayList<>(words);
        copy.sort(null);
        return copy;
    }
}
