package io.talentgraph.dataset;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How close an Arabic-script name is to a Latin-script one: "ديميس هاسابيس" and "Demis Hassabis" are close,
 * "ديميس هاسابيس" and "Denis Hassan" are not. Arabic writes foreign names by their sound and mostly without short
 * vowels, so neither spelling is the other's: both are brought to a <em>consonant skeleton</em>. ICU4J's
 * Arabic-Latin transliterator gives the Arabic name Latin letters; then, on both sides, letters that the two
 * scripts do not tell apart fall together (p and b, v and f, j, g, k, q and c, d and t, z and s), vowels, h, w and y
 * go, and doubled letters count once. A word keeps a mark for the vowel it ends in, since a vowel Arabic writes
 * at the end is a syllable the skeleton would otherwise lose (أمازونيا is Amazonia, not Amazon). Names spelled by
 * their letters (IBM, the x of xAI) are read by the letters' names. Two skeletons are compared by edit distance,
 * word by word in the best order. Measured on the name-pair corpora in {@code docs/identity.md}.
 */
public final class CrossScriptNames {

    /** At or above this similarity, two names in different scripts are taken as likely the same. */
    public static final double LIKELY_SAME = 0.80;

    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    /** ICU's instances are not thread-safe for transliteration with filters; each thread gets its own. */
    private static final ThreadLocal<Transliterator> ARABIC_TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower"));
    /** Case is kept: capitals tell a name spelled by its letters (IBM, the AI of xAI) from a word. */
    private static final ThreadLocal<Transliterator> LATIN_TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private CrossScriptNames() {
    }

    /** @param name a name @return whether it is written in Arabic letters (at least one) and no Latin ones */
    public static boolean isArabic(String name) {
        return ARABIC.matcher(name).find() && !LATIN.matcher(name).find();
    }

    /** @param name a name @return whether it has Latin letters and no Arabic ones */
    public static boolean isLatin(String name) {
        return LATIN.matcher(name).find() && !ARABIC.matcher(name).find();
    }

    /**
     * @param a a name in either script
     * @param b another name
     * @return 0 (nothing alike) to 1 (the same skeleton); for two names in the same script, the same measure
     */
    public static double similarity(String a, String b) {
        return similarity(skeleton(a), skeleton(b));
    }

    /**
     * The same measure on skeletons computed once, for comparing one name with many.
     *
     * @param wa the {@link #skeleton(String)} of one name
     * @param wb the skeleton of another
     * @return 0 to 1
     */
    public static double similarity(List<String> wa, List<String> wb) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        // Word order may differ (family name first); words may be split differently ("Abdel Rahman").
        double inOrder = ratio(joined(wa), joined(wb));
        double bestPairing = pairedWords(wa, wb);
        return Math.max(inOrder, bestPairing);
    }

    /**
     * The words as one, with only the last word's final-vowel mark: where the names are split into words
     * differently (Alibaba, علي بابا) a word's end inside the name is not the other name's.
     */
    private static String joined(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            sb.append(i == words.size() - 1 ? w : w.replaceAll("[" + WRITTEN_VOWEL + OPTIONAL_VOWEL + "]$", ""));
        }
        return sb.toString();
    }

    /**
     * @param name a name in Arabic letters
     * @return its words in Latin letters, as ICU4J transliterates them ("ديمس حسابيس" gives dyms, hsabys): to search
     *         an index of Latin names for candidates, which {@link #similarity} then judges
     */
    public static List<String> latinWords(String name) {
        List<String> words = new ArrayList<>();
        for (String w : ARABIC_TO_LATIN.get().transliterate(arabicForms(translatedWords(name))).split("[^a-z]+")) {
            if (w.length() >= 2) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * @param name a name in either script
     * @return its consonant skeleton, word by word (empty words dropped); a word may end in a mark for its final
     *         vowel, which {@link #similarity} weighs
     */
    public static List<String> skeleton(String name) {
        List<String> words = new ArrayList<>();
        if (isArabic(name)) {
            for (String word : arabicForms(translatedWords(name)).split("\\s+")) {
                if (word.chars().allMatch(c -> c < 128)) {
                    latinWords(word, words);   // what translatedWords put in English
                } else {
                    arabicWord(word, words);
                }
            }
        } else {
            latinWords(LATIN_TO_ASCII.get().transliterate(name), words);
        }
        return words;
    }

    private static void latinWords(String latin, List<String> words) {
        for (String word : latin.split("[^A-Za-z]+")) {
            // Capitals that end a word after small letters are an acronym or a letter of their own: xAI is x and
            // AI, OpenAI Open and AI, SpaceX Space and X. McGrew and DeepMind stay one word each.
            for (String part : word.split("(?<=[a-z])(?=[A-Z]+$)")) {
                if (!part.isEmpty()) {
                    latinWord(part, words);
                }
            }
        }
    }

    /**
     * A vowel Arabic writes at the end of a word (ا, ي, و, ه and the ta marbuta folded into it): أمازونيا is
     * Amazonia, not Amazon. A Latin word that ends in a consonant has no vowel for it, so it costs like a letter.
     */
    private static final char WRITTEN_VOWEL = 'A';
    /**
     * A vowel a Latin word ends in. Arabic may write it (ميتا, Meta) or not (جوجل, Google: a final e is often
     * silent), so it costs nothing either way and matches a written one.
     */
    private static final char OPTIONAL_VOWEL = 'E';
    /**
     * The t of an Arabic تس. Arabic leaves the short vowel unwritten, so تسلا is Tesla (t, e, s) and باخوتسكي is
     * Pachocki (c, the sound ts): the t may stand for a t of the Latin name or for nothing.
     */
    private static final char OPTIONAL_T = 'T';

    private static void arabicWord(String word, List<String> words) {
        String letters = word.replaceAll("[^\\u0621-\\u064A]", "");
        boolean vowelEnd = !letters.isEmpty() && "اويه".indexOf(letters.charAt(letters.length() - 1)) >= 0;
        String last = null;
        for (String part : ARABIC_TO_LATIN.get().transliterate(word).split("[^a-z]+")) {
            String s = consonants(part.replaceAll("ts(?!h)", OPTIONAL_T + "s"));
            if (!s.isEmpty()) {
                words.add(s);
                last = s;
            }
        }
        if (vowelEnd && last != null) {
            words.set(words.size() - 1, last + WRITTEN_VOWEL);
        }
    }

    private static void latinWord(String word, List<String> words) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("ai")) {
            // The one word of vowels alone that tells organizations apart: Microsoft AI is not Microsoft.
            words.add(lower);
        } else if (spelledByLetters(word)) {
            // Arabic writes such a name by the letters' names: IBM is آي بي إم, the x of xAI إكس.
            for (char c : lower.toCharArray()) {
                soundedWord(LETTER_NAMES[c - 'a'], words);
            }
        } else {
            soundedWord(lower, words);
        }
    }

    private static void soundedWord(String lower, List<String> words) {
        String s = consonants(lower);
        if (!s.isEmpty()) {
            words.add(lower.matches(".*([aeiouy]|[aeiou][hw])") ? s + OPTIONAL_VOWEL : s);
        }
    }

    /**
     * A single letter (an initial, the x of xAI), or capitals too few or too short of vowels to be read as a word
     * (IBM, KPMG; NASA and NVIDIA are read as words).
     */
    private static boolean spelledByLetters(String word) {
        return word.length() == 1
                || word.equals(word.toUpperCase(Locale.ROOT)) && (word.length() <= 3 || !word.matches(".*[AEIOUY].*"));
    }

    /** The names of the letters as Arabic writes them (بي, إتش, دبليو), spelled as English would. */
    private static final String[] LETTER_NAMES = {"ei", "bi", "si", "di", "i", "ef", "ji", "eitch", "ai", "jei",
            "kei", "el", "em", "en", "o", "bi", "kiu", "ar", "es", "ti", "yu", "fi", "dablyu", "eks", "wai", "zed"};

    /** Arabic letters as a reader of English would spell them; the long-vowel letters are decided in context. */
    private static final java.util.Map<Character, String> LETTERS = java.util.Map.ofEntries(
            java.util.Map.entry('ب', "b"), java.util.Map.entry('ت', "t"), java.util.Map.entry('ث', "th"),
            java.util.Map.entry('ج', "j"), java.util.Map.entry('ح', "h"), java.util.Map.entry('خ', "kh"),
            java.util.Map.entry('د', "d"), java.util.Map.entry('ذ', "dh"), java.util.Map.entry('ر', "r"),
            java.util.Map.entry('ز', "z"), java.util.Map.entry('س', "s"), java.util.Map.entry('ش', "sh"),
            java.util.Map.entry('ص', "s"), java.util.Map.entry('ض', "d"), java.util.Map.entry('ط', "t"),
            java.util.Map.entry('ظ', "z"), java.util.Map.entry('ع', ""), java.util.Map.entry('غ', "gh"),
            java.util.Map.entry('ف', "f"), java.util.Map.entry('ق', "q"), java.util.Map.entry('ك', "k"),
            java.util.Map.entry('ل', "l"), java.util.Map.entry('م', "m"), java.util.Map.entry('ن', "n"),
            java.util.Map.entry('ه', "h"), java.util.Map.entry('ء', ""));

    /**
     * A readable Latin spelling of an Arabic-script name, for a name an article gives only in Arabic: "دانيال أوكافور"
     * gives "Danyal Okafor", "مختبرات سراب" gives "Labs Srab". Arabic leaves short vowels unwritten, so this is a
     * guess for a reviewer to correct, never an English name: callers must say so.
     *
     * @param arabic a name in Arabic letters
     * @return its words in Latin letters, each capitalized; empty when nothing could be rendered
     */
    public static String romanize(String arabic) {
        List<String> out = new ArrayList<>();
        // a final alef maqsura is an a (ليلى, Layla), which arabicForms folds into the ya
        String forms = arabicForms(arabic.strip().replaceAll("ى(?=\\s|$)", "ا")).replace("ه ", "ة ").replaceAll("ه$", "ة");
        for (String word : translatedWords(forms).split("\\s+")) {
            String latin = word.chars().allMatch(c -> c < 128) ? word : romanizeWord(word);
            if (!latin.isEmpty()) {
                out.add(latin.equals("ai") ? "AI"
                        : Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
            }
        }
        // Arabic puts the generic word first (مختبرات سراب), English last (Sarab Labs)
        if (out.size() > 1 && GENERIC_FIRST.contains(out.get(0).toLowerCase(Locale.ROOT))) {
            out.add(out.remove(0));
        }
        return String.join(" ", out);
    }

    private static final java.util.Set<String> GENERIC_FIRST = java.util.Set.of("labs", "lab", "institute", "fund",
            "university", "foundation");

    private static String romanizeWord(String word) {
        StringBuilder sb = new StringBuilder();
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            boolean afterConsonant = sb.length() > 0 && "aeiou".indexOf(sb.charAt(sb.length() - 1)) < 0;
            boolean beforeVowelLetter = next == 'ا' || next == 'و' || next == 'ي';
            switch (c) {
                case 'ا' -> {
                    if (i == 0 && next == 'و') {
                        sb.append('o');
                        i++;
                    } else if (i == 0 && next == 'ي') {
                        sb.append('i');
                        i++;
                    } else if (i == 0 && next == 'ل' && n > 3) {
                        sb.append("al-");
                        i++;
                    } else {
                        sb.append('a');
                    }
                }
                case 'و' -> sb.append(i == 0 || !afterConsonant || beforeVowelLetter ? "w" : "o");
                case 'ي' -> sb.append(i == 0 || !afterConsonant || beforeVowelLetter ? "y" : "i");
                case 'ة' -> sb.append('a');
                default -> sb.append(LETTERS.getOrDefault(c, ""));
            }
        }
        return sb.toString().replaceAll("-$", "");
    }

    /** Latin words that carry no sound of the name: Arabic renders them by a word of its own, or not at all. */
    private static final java.util.Set<String> STOP_WORDS = java.util.Set.of("for", "of", "the", "and", "inc", "ltd",
            "co", "corp", "company");

    /**
     * The generic words of organization names that Arabic translates rather than transliterates, by their English
     * word, so that "مختبرات سراب" meets "Sarab Labs". Longer phrases first.
     */
    private static final List<String[]> ARABIC_WORDS = List.of(
            new String[] {"للذكاء الاصطناعي", "ai"}, new String[] {"الذكاء الاصطناعي", "ai"}, new String[] {"إيه آي", "ai"},
            new String[] {"ايه اي", "ai"},
            new String[] {"للاستثمار", "investment"}, new String[] {"الاستثمار", "investment"},
            new String[] {"مختبرات", "labs"}, new String[] {"مختبر", "lab"}, new String[] {"معهد", "institute"},
            new String[] {"صندوق", "fund"}, new String[] {"شركة", ""}, new String[] {"جامعة", "university"},
            new String[] {"مؤسسة", "foundation"}, new String[] {"أبحاث", "research"}, new String[] {"ابحاث", "research"});

    /** Arabic spellings that carry no difference for a foreign name: hamza seats, alef forms, ta marbuta, tatweel. */
    private static String arabicForms(String name) {
        return name.replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "")
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                .replace('ة', 'ه').replace('ى', 'ي').replace('ؤ', 'و').replace('ئ', 'ي')
                .replace('ڤ', 'ف').replace('پ', 'ب').replace('گ', 'ك').replace('چ', 'ج');
    }

    private static String consonants(String word) {
        if (STOP_WORDS.contains(word)) {
            return "";
        }
        // Pinyin's initial x is the sh Arabic writes ش; elsewhere x is ks (Alexandr, ألكسندر).
        String s = (word.startsWith("x") ? "s" + word.substring(1) : word)
                // before e, i and y, c is the s Arabic writes س (Face, فيس; Tencent, تينسنت)
                .replaceAll("c(?=[eiy])", "s")
                .replace("ngh", "n").replace("sch", "s").replace("tch", "s").replace("tsh", "s").replace("sh", "s").replace("ch", "s")
                .replace("ph", "f").replace("th", "t").replace("dh", "t").replace("kh", "k").replace("gh", "k")
                .replace("ck", "k").replace("ts", "s").replace("x", "ks").replace("ng", "n");
        StringBuilder out = new StringBuilder();
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = switch (s.charAt(i)) {
                case 'p', 'b' -> 'b';
                case 'v', 'f' -> 'f';
                case 'j', 'g', 'k', 'q', 'c' -> 'k';
                case 'd', 't' -> 't';
                case 'z', 's' -> 's';
                case 'l' -> 'l';
                case 'r' -> 'r';
                case 'm' -> 'm';
                case 'n' -> 'n';
                case OPTIONAL_T -> OPTIONAL_T;
                default -> 0;   // vowels, h, w, y, and what ICU leaves for ayn and hamza
            };
            if (c != 0 && c != last) {
                out.append(c);
            }
            if (c != 0 && c != OPTIONAL_T) {
                last = c;   // سوتسكيفر's s, t, s is Sutskever's one s (ts), not two
            }
        }
        return out.toString();
    }

    private static String translatedWords(String name) {
        String s = " " + name.strip() + " ";
        for (String[] word : ARABIC_WORDS) {
            s = s.replace(" " + word[0] + " ", " " + word[1] + " ");
        }
        return s.strip();
    }

    /** Each word of the shorter name against its best unused word of the other, weighted by length. */
    private static double pairedWords(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = new ArrayList<>(a.size() <= b.size() ? b : a);
        double weighted = 0;
        int weight = 0;
        for (String word : shorter) {
            int best = -1;
            double bestScore = -1;
            for (int i = 0; i < longer.size(); i++) {
                double score = ratio(word, longer.get(i));
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            // A short first name weighs as much as three letters of a surname: Jack and Sam Altman are two people.
            int w = Math.max(3, Math.max(length(word), length(longer.get(best))));
            weighted += bestScore * w;
            weight += w;
            longer.remove(best);
        }
        for (String unmatched : longer) {
            weight += Math.max(3, length(unmatched));   // a word only one name has counts against the match
        }
        return weight == 0 ? 0 : weighted / weight;
    }

    private static double ratio(String a, String b) {
        int longest = Math.max(length(a), length(b));
        return longest == 0 ? 1 : Math.max(0, 1 - (double) distance(a, b) / longest);
    }

    /** The consonants: the marks can cost, but are not letters of the skeleton that a match is measured by. */
    private static int length(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            n += Character.isUpperCase(word.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    private static boolean optional(char c) {
        return c == OPTIONAL_VOWEL || c == OPTIONAL_T;
    }

    private static int insertion(char c) {
        return optional(c) ? 0 : 1;
    }

    private static int substitution(char a, char b) {
        if (a == b || (a == OPTIONAL_T && b == 't') || (a == 't' && b == OPTIONAL_T)
                || (a == OPTIONAL_VOWEL && b == WRITTEN_VOWEL) || (a == WRITTEN_VOWEL && b == OPTIONAL_VOWEL)) {
            return 0;
        }
        // A vowel is not a consonant misheard: the name with it has a syllable more and the other a consonant more
        // (LeCun, ليكه: Leike).
        return Character.isUpperCase(a) || Character.isUpperCase(b) ? insertion(a) + insertion(b) : 1;
    }

    /** Edit distance in which the marks cost what {@link #insertion} and {@link #substitution} say. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 1; j <= b.length(); j++) {
            previous[j] = previous[j - 1] + insertion(b.charAt(j - 1));
        }
        for (int i = 1; i <= a.length(); i++) {
            char ca = a.charAt(i - 1);
            current[0] = previous[0] + insertion(ca);
            for (int j = 1; j <= b.length(); j++) {
                char cb = b.charAt(j - 1);
                current[j] = Math.min(previous[j - 1] + substitution(ca, cb),
                        Math.min(previous[j] + insertion(ca), current[j - 1] + insertion(cb)));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
