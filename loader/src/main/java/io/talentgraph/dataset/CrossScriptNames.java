package io.talentgraph.dataset;

import com.ibm.icu.text.Transliterator;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How close an Arabic-script name is to a Latin-script one: "ديميس هاسابيس" and "Demis Hassabis" are close, "ديميس
 * هاسابيس" and "Denis Hassan" are not. Arabic writes foreign names by their sound and mostly without short vowels, so
 * neither spelling is the other's: both are brought to a <em>consonant skeleton</em>. ICU4J's Arabic-Latin
 * transliterator gives the Arabic name Latin letters; then, on both sides, letters that the two scripts do not tell
 * apart fall together (p and b, v and f, g, k, q and c, d and t, z and s), vowels and most h, w and y go, and doubled
 * letters count once. Letters one language says and another does not (the w of Wojciech, the j of Jan, the g of Bengio)
 * are marks that may stand for a letter or for nothing. A word keeps a mark for the vowel it ends in, since a vowel
 * Arabic writes at the end is a syllable the skeleton would otherwise lose (أمازونيا is Amazonia, not Amazon); the ي of
 * the diphthong اي and a Latin ai are marks too (هيوماين is Humain, not Humane; بادو is Badoo, not Baidu), and so is
 * the alef that starts an Arabic word, a vowel the Latin word must start with too (إيسون is not Shin); a و before a
 * vowel letter may be the v of a Persian name (جواد, Javad), ض its z (رضا, Reza), and two Arabic letters that fall
 * together are still two (قجر, Kacır); the d of a French dj and of the دج Arabic writes for an English final -ge may be
 * written or not (Abdelmadjid, عبد المجيد; Page, بيدج). Names spelled by their letters (IBM, the x of xAI, ASML) are
 * read by the letters' names, and digits are words of their own in either script's digits (G42, جي ٤٢); the generic
 * words of organization names, which Arabic translates, are put in English on both sides from a bilingual table,
 * {@code generic-words.tsv} beside this class (مجموعة, Group; جهاز, an organ of the state: Authority, Agency or
 * Organization; القطري, Qatar; العليا and الأعلى, Higher and Supreme; الخليل, Hebron; المملكة, Kingdom, a word of the
 * name), in English, French and Spanish spellings, whose "of" and "the" carry nothing in an organization's name; two
 * organizations of different kinds are two, and so are a company (شركة, Corp.) and a public body; a word of the table
 * is that word exactly, not one spelled another way (Bahrain is not الخليل), and a generic word apart from the word it
 * met counts as two words. Two skeletons are compared by edit distance, word by word in the best order, a word being
 * the same word or not; an Arabic name's words may be joined to meet a Latin compound (علي بابا, Alibaba; يي مينغ,
 * Yiming; موبيل آي, Mobileye), and a Latin name's hyphenated parts, or its words, to meet one Arabic word (Tae-yoon,
 * تايون; Mohammad Reza, محمدرضا). A name may be read more than one way, and the best reading counts: a Latin one
 * without a note in parentheses (what is left must then be the other name exactly), a leading article or the
 * "regulatory" of an authority, with its generic words as said (Palantir Technologies, بالانتير تكنولوجيز), a
 * telecom named by its country and "tel" as that country's telecom (Omantel), without middle names against an Arabic
 * name of fewer words (Yuval Noah Harari, يوفال هراري), a name of two words of open syllables family name first
 * (Yoshihide Suga, سوجا يوشيهيدى); an Arabic one as its note in parentheses, alone or after the name's kind (سيرن,
 * CERN; مؤسسة مسك, Misk Foundation), with a bare generic word after a word of the name as said (سوفت بنك, SoftBank),
 * without a father's name after بن when the Latin has no "bin", without forebears' names between the given name and
 * the family name against a Latin name of fewer words (محمد شياع صبار حاتم السوداني, Mohammed Shia al-Sudani), with its
 * chain of بن cut after the father against a Latin name that names him, or with السيد as the Sayyid of the name (Sid
 * Ali). The article of a compound name is said as the sun letter after it (عبد السلام, Abdeslam; عز الدين, Azzedine).
 * A person's name pairs in the order it is written, a family name moved from one end to the other aside. Titles
 * (Sheikh, الشيخ; المستشار الألماني, the German chancellor; Datuk Seri, داتوك سيري) carry nothing, Roman numerals are
 * the ordinals Arabic writes (VI, السادس), and a sign is the word it is said as (e&amp;, إي آند). Measured on the
 * name-pair corpora in {@code docs/identity.md}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CrossScriptNames {

    /** At or above this similarity, two names in different scripts are taken as likely the same. */
    public static final double LIKELY_SAME = 0.80;

    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    /** A name and the note in parentheses that ends it. */
    private static final Pattern NOTE = Pattern.compile("^(.*?)\\s*\\(([^)]+)\\)\\s*$");

    /** ICU's instances are not thread-safe for transliteration with filters; each thread gets its own. */
    private static final ThreadLocal<Transliterator> ARABIC_TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower"));
    /** Case is kept: capitals tell a name spelled by its letters (IBM, the AI of xAI) from a word. */
    private static final ThreadLocal<Transliterator> LATIN_TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private CrossScriptNames() {
    }

    /**
     * @param name a name
     * @return whether it is written in Arabic letters (at least one) and no Latin ones
     */
    public static boolean isArabic(String name) {
        return ARABIC.matcher(name).find() && !LATIN.matcher(name).find();
    }

    /**
     * @param name a name
     * @return whether it has Latin letters and no Arabic ones
     */
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
        if (wa.isEmpty() || wb.isEmpty() || onlyKinds(wa) || onlyKinds(wb)) {
            // "Institute" or "Holdings Group" says what kind of organization, not which one, however it sounds
            return 0;
        }
        if (company(wa) && body(wb) || company(wb) && body(wa)) {
            // a company is no public body: Pakistan's telecom regulator is not its telecom company (شركة الاتصالات
            // الباكستانية), however many words they share
            return 0;
        }
        boolean companyA = company(wa);
        boolean companyB = company(wb);
        double best = compared(wa, wb, companyA, companyB);
        if (best == 1) {
            return best;
        }
        // capitals that may be read as a word or by their letters (ASML, إيه إس إم إل; DARPA, داربا), an Arabic name
        // with its generic words translated or as they sound (طاقة, energy or TAQA), and the other readings the
        // skeletons carry: any reading of one against any of the other
        List<List<String>> readingsA = readings(wa, wb);
        List<List<String>> readingsB = readings(wb, wa);
        for (List<String> a : readingsA) {
            for (List<String> b : readingsB) {
                if (a != wa || b != wb) {
                    double s = compared(a, b, companyA, companyB);
                    // the note told apart entities of one name; without it, a name a word apart is another's (the UAE's
                    // Telecommunications Regulatory Authority (UAE) and Jordan's هيئة تنظيم قطاع الاتصالات, "sector")
                    best = Math.max(best, s < 1 && (noteless(wa, a) || noteless(wb, b)) ? 0 : s);
                }
            }
        }
        return best;
    }

    private static boolean noteless(List<String> name, List<String> reading) {
        return name instanceof LatinWords latin && latin.noteless.stream().anyMatch(n -> n == reading);
    }

    /** The name as read first, and its other readings that apply against the other name. */
    private static List<List<String>> readings(List<String> words, List<String> other) {
        List<List<String>> out = new ArrayList<>();
        out.add(words);
        if (words instanceof LatinWords latin) {
            out.addAll(latin.others);
            // the note is read away only against a name that says no country: one that says another is another
            // entity (Qatar's ministry, (Qatar), and Egypt's, المصرية)
            if (other.stream().noneMatch(w -> w.charAt(0) == PLACE)) {
                out.addAll(latin.noteless);
            }
            // a Latin name's middle names, which an Arabic one of fewer words, a person's, may leave out
            if (other instanceof ArabicWords arabic && arabic.size() >= 2 && arabic.size() < latin.size()
                    && personal(arabic)) {
                out.addAll(latin.withoutMiddle);
            }
        } else if (words instanceof ArabicWords arabic) {
            out.addAll(arabic.others);
            // a father's name the Latin spelling leaves out (أحمد بن محمد الصويان, Ahmed Al-Suwaiyan); one that writes
            // "bin" names the father and is compared with him
            if (!(other instanceof LatinWords latin && latin.sonOf)) {
                out.addAll(arabic.withoutFather);
            }
            // forebears' names written without بن between a given name and a family name that a Latin name without
            // "bin" has both of, in order, and fewer words: a name of as many words is another's, an East Asian given
            // name of two syllables not a father's (Kuo Jyh-huei, كو وين جي); Turkish names carry no father's name, and
            // a second one is another person's (علي طه كوتش is not Ali Koç)
            if (other instanceof LatinWords latin && !latin.sonOf && !latin.turkish && latin.size() >= 2
                    && latin.size() < arabic.size() && personal(latin)) {
                out.addAll(arabic.withoutForebears);
            }
            // a Latin name that says "bin" names the father; the Arabic may go on to the grandfather
            if (other instanceof LatinWords latin && latin.sonOf) {
                out.addAll(arabic.chainCut);
            }
        }
        return out;
    }

    /** @param companyA whether the first name says it is a company's, {@code companyB} the second */
    private static double compared(List<String> wa, List<String> wb, boolean companyA, boolean companyB) {
        if (wa.isEmpty() || wb.isEmpty() || onlyKinds(wa) || onlyKinds(wb)) {
            // "Institute" or "Holdings Group" says what kind of organization, not which one.
            return 0;
        }
        if (otherKinds(wa, wb)) {
            // an investment office is not the investment authority of the same city
            return 0;
        }
        // Word order may differ (family name first); words may be split differently (Alibaba, علي بابا).
        double best = pairedWords(wa, wb, false, companyA, companyB);
        // Arabic writes a foreign compound as its parts (DeepMind, ديب مايند; Alibaba, علي بابا); a Latin name is
        // not split so, its particles aside, which skeleton joins (Al Mubarak).
        // A Latin name read with its hyphenated parts as one word (Tae-yoon) meets an Arabic one that writes them so
        // (تايون); one that writes them apart meets the Latin parts as written, and joining both would let any
        // joined Arabic words meet any joined Latin ones (تشيه يون, Chey Yoon, and Chung).
        for (List<String> b : wb instanceof ArabicWords && !hyphenJoined(wa) ? merges(wb) : List.<List<String>>of()) {
            best = Math.max(best, pairedWords(wa, b, true, companyA, companyB));
        }
        for (List<String> a : wa instanceof ArabicWords && !hyphenJoined(wb) ? merges(wa) : List.<List<String>>of()) {
            best = Math.max(best, pairedWords(a, wb, true, companyA, companyB));
        }
        // Arabic writes some names of two words as one (محمدرضا, Mohammad Reza; سيدعلي, Sid Ali): a Latin name's words
        // are joined to meet one Arabic word on the same terms, exactly and in order; the Arabic as written, since
        // joining both would let any two joined words meet
        for (List<String> a : latinMerges(wa, wb)) {
            best = Math.max(best, pairedWords(a, wb, true, companyA, companyB));
        }
        for (List<String> b : latinMerges(wb, wa)) {
            best = Math.max(best, pairedWords(wa, b, true, companyA, companyB));
        }
        return Math.max(best, shortForm(wa, wb));
    }

    /** A Latin name's joinings against an Arabic name with fewer words, which one of them may then be. */
    private static List<List<String>> latinMerges(List<String> latin, List<String> arabic) {
        // words as written only: not the letters of an acronym (TAI), nor a hyphenated name's parts, which join on
        // terms of their own (Jae-yong is not جون)
        if (!(latin instanceof LatinWords words) || !words.joinable || !(arabic instanceof ArabicWords)
                || latin.size() <= arabic.size() || hyphenJoined(latin)) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        // joined only to meet a word the Arabic writes so: joined and unpaired, two short words would weigh as one. Not
        // a word that starts with the article, which is no given name's end (Ali Khamenei is not الخامنئي)
        Set<String> articled = ((ArabicWords) arabic).articled;
        for (List<String> merged : merges(latin)) {
            // and a name is not one Arabic word made up of all its words (Xu Li, تسلا)
            if (merged.size() < latin.size() && merged.size() > 1 && merged.stream().allMatch(w -> w.indexOf(JOINT) < 0
                    || arabic.stream().anyMatch(a -> !articled.contains(a) && ratio(w, a) == 1))) {
                out.add(merged);
            }
        }
        return out;
    }

    private static boolean hyphenJoined(List<String> words) {
        return !(words instanceof ArabicWords) && words.stream().anyMatch(w -> w.indexOf(JOINT) >= 0);
    }

    /** Marks where a word joins two of the written ones. */
    private static final char JOINT = '+';
    /** Where the parts of a Latin compound meet (Spark|Cognition): it parts two letters as a vowel would. */
    private static final char PART = '|';
    /** A hyphen between the parts of a Latin name read as one word, which {@link #consonants} makes a joint. */
    private static final char HYPHEN = '~';

    /**
     * Two words as one, in which only the second's final vowel counts: the first's end is inside the word. A syllable
     * without consonant is a vowel of the word: at its end, its final vowel (موبيل آي, Mobileye), at its start one
     * that the Latin word must start with too (يي مينغ, Yiming; not Ming).
     */
    private static String joint(String left, String right) {
        String l = left.equals(VOWELS_ONLY) || left.equals(GLIDE_ONLY) ? String.valueOf(LEADING_SYLLABLE)
                : left.equals(GLIDE_I_ONLY) ? "" + LEADING_SYLLABLE + ARABIC_I
                : finalVowel(left.charAt(left.length() - 1)) ? left.substring(0, left.length() - 1) : left;
        String r = right.equals(VOWELS_ONLY) ? String.valueOf(SYLLABLE_VOWEL)
                : right.equals(GLIDE_ONLY) || right.equals(GLIDE_I_ONLY) ? String.valueOf(GLIDE_SYLLABLE)
                : right.charAt(0) == LEADING_VOWEL || right.charAt(0) == LEADING_SYLLABLE ? right.substring(1) : right;
        return l + JOINT + r;
    }

    /**
     * The skeleton of a name in Arabic letters, whose words {@link #merges} may join, with its reading by sound alone
     * when it has generic words.
     */
    private static final class ArabicWords extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
        /** By the sound of its generic words too. */
        private final List<List<String>> others = new ArrayList<>();
        /** Without the "بن X" (son of X) inside it, for a Latin name that has no "bin". */
        private final List<List<String>> withoutFather = new ArrayList<>();
        /** Without forebears' names between the given name and the family name, for a Latin name without "bin". */
        private final List<List<String>> withoutForebears = new ArrayList<>();
        /** Its chain of "son of" cut after the father, for a Latin name that says "bin". */
        private final List<List<String>> chainCut = new ArrayList<>();
        /** Its words that start with the article. */
        private final Set<String> articled = new java.util.HashSet<>();
        /** Whether the name says it is a company's (شركة, ش.م.ع). */
        private boolean company;
    }

    /**
     * The skeleton of a name in Latin letters, with its other readings: capitals read by their letters, hyphenated
     * parts joined, without a note in parentheses or a leading article.
     */
    private static final class LatinWords extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
        private final List<List<String>> others = new ArrayList<>();
        /** Without its note in parentheses. */
        private final List<List<String>> noteless = new ArrayList<>();
        /** Without middle names, for an Arabic name of fewer words. */
        private final List<List<String>> withoutMiddle = new ArrayList<>();
        /** Whether the name says "son of" (bin, ibn, ben) inside it. */
        private boolean sonOf;
        /** Whether the name is Turkish ({@link #turkish}). */
        private boolean turkish;
        /** Whether its words are words as written, each of small letters, which {@link #latinMerges} may join. */
        private boolean joinable;
        /** Whether the name says it is a company's (Company, Corp., PLC). */
        private boolean company;
    }

    private static boolean company(List<String> words) {
        return words instanceof LatinWords latin && latin.company
                || words instanceof ArabicWords arabic && arabic.company;
    }

    /** Whether the name says it is a public body's: an authority, a ministry, a university. */
    private static boolean body(List<String> words) {
        return words.stream().anyMatch(w -> w.charAt(0) == KIND && BODY_SKELETONS.contains(w));
    }

    /**
     * A name in the East Asian order, family name first, against a Western short form of it that keeps the first
     * word of a given name of two: Tan Hock Eng, هوك تان (Hock Tan). The short form's words must each be a word of
     * the full name, its last word the full name's first (the family name moved), and the word it leaves out a
     * syllable (one consonant at most), which then weighs as one letter, not three. Names in the same order (Lei
     * Jun, لي كون هي) are not a short form of each other: a given name is not cut there.
     */
    private static double shortForm(List<String> wa, List<String> wb) {
        List<String> shorter = wa.size() < wb.size() ? wa : wb;
        List<String> longer = wa.size() < wb.size() ? wb : wa;
        if (shorter.size() < 2 || longer.size() != shorter.size() + 1
                || ratio(shorter.get(shorter.size() - 1), longer.get(0)) < 1) {
            return 0;
        }
        boolean[] used = new boolean[longer.size()];
        used[0] = true;
        int weight = Math.max(3, length(longer.get(0)));
        for (String word : shorter.subList(0, shorter.size() - 1)) {
            int match = -1;
            for (int i = 1; i < longer.size() && match < 0; i++) {
                if (!used[i] && ratio(word, longer.get(i)) == 1) {
                    match = i;
                }
            }
            if (match < 0) {
                return 0;
            }
            used[match] = true;
            weight += Math.max(3, length(word));
        }
        for (int i = 1; i < longer.size(); i++) {
            // the word left out ends the given name (Tan Hock Eng): one inside it is an initial between a given name
            // and a family name, and the short form would be the name turned round (Amin H. Nasser, ناصر أمين)
            if (!used[i] && i < longer.size() - 1) {
                return 0;
            }
            if (!used[i]) {
                int left = length(longer.get(i));
                return left > 1 ? 0 : (double) weight / (weight + 1);
            }
        }
        return 0;
    }

    /**
     * Whether both names say what kind of organization they are, and no kind of one is a kind of the other; a kind is
     * one in the singular and the plural (Lab, مختبرات).
     */
    private static boolean otherKinds(List<String> wa, List<String> wb) {
        boolean kinds = false;
        for (String a : wa) {
            for (String b : a.charAt(0) == KIND ? wb : List.<String>of()) {
                if (b.charAt(0) == KIND) {
                    if (ratio(a, b) == 1) {
                        return false;
                    }
                    kinds = true;
                }
            }
        }
        return kinds;
    }

    /** A word of the generic table, a place among them: its words are one word in either script, never parts. */
    private static boolean generic(String word) {
        return word.charAt(0) == KIND || word.charAt(0) == DESCRIPTOR || word.charAt(0) == PLACE;
    }

    /** A word of the name's own: not a generic word of the table, unless a place. */
    private static boolean ownWord(String word) {
        return word.charAt(0) != KIND && word.charAt(0) != DESCRIPTOR;
    }

    private static boolean onlyKinds(List<String> words) {
        return words.stream().allMatch(w -> w.charAt(0) == KIND);
    }

    /** Below this, two words are not one spelled two ways: one letter wrong in four is a spelling, in three not. */
    private static final double SAME_WORD = 0.7;

    /** Past this many words, an Arabic name is compared only as written: its joinings would be too many to try. */
    private static final int MERGED_WORDS_MAX = 8;

    /**
     * The words as written, and with each choice of runs of adjacent words written as one (علي بابا, Alibaba; ديب
     * مايند, DeepMind). The generic words stay apart: they have a word in each script.
     */
    private static List<List<String>> merges(List<String> words) {
        int joints = words.size() - 1;
        List<List<String>> out = new ArrayList<>();
        if (joints > MERGED_WORDS_MAX - 1) {
            out.add(words);
            return out;
        }
        for (int mask = 0; mask < 1 << joints; mask++) {
            List<String> merged = new ArrayList<>();
            StringBuilder current = new StringBuilder(words.get(0));
            boolean valid = true;
            for (int i = 1; i < words.size() && valid; i++) {
                if ((mask & 1 << (i - 1)) == 0) {
                    merged.add(current.toString());
                    current = new StringBuilder(words.get(i));
                } else if (generic(words.get(i)) || generic(current.toString())) {
                    valid = false;
                } else {
                    current = new StringBuilder(joint(current.toString(), words.get(i)));
                }
            }
            if (valid) {
                merged.add(current.toString());
                out.add(merged);
            }
        }
        return out;
    }

    /**
     * @param name a name in Arabic letters
     * @return its words in Latin letters, as ICU4J transliterates them ("ديمس حسابيس" gives dyms, hsabys): to search
     *         an index of Latin names for candidates, which {@link #similarity} then judges
     */
    public static List<String> latinWords(String name) {
        List<String> words = new ArrayList<>();
        for (String w : ARABIC_TO_LATIN.get().transliterate(arabicForms(translatedWords(name, true, true)))
                .split("[^a-z]+")) {
            if (w.length() >= 2) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * @param name a name in either script
     * @return its consonant skeleton, word by word (empty words dropped); a word may carry marks (a final vowel, an
     *         optional letter, a kind of organization) that {@link #similarity} weighs
     */
    public static List<String> skeleton(String name) {
        if (isArabic(name)) {
            ArabicWords words = arabicSkeleton(name);
            words.company = saysCompany(name);
            // a father's name after بن inside the name, which a Latin spelling may leave out; first, بن is Ben
            String withoutFather = name.strip().replaceAll("(?<=\\S)\\s+(بن|ابن|بنت)\\s+\\S+", "");
            if (!withoutFather.equals(name.strip())) {
                ArabicWords reading = arabicSkeleton(withoutFather);
                words.withoutFather.add(reading);
                words.withoutFather.addAll(reading.others);
            }
            // A note in parentheses is the name's short form or acronym as said (المنظمة الأوروبية للأبحاث النووية (سيرن),
            // CERN), which a Latin spelling may give alone or after the kind of organization the name says (مؤسسة ...
            // (مسك), Misk Foundation); a note of places or generic words alone names no entity.
            java.util.regex.Matcher note = NOTE.matcher(name.strip());
            if (note.matches() && !note.group(1).isBlank()) {
                ArabicWords alone = arabicSkeleton(note.group(2));
                if (alone.stream().anyMatch(w -> ownWord(w) && w.charAt(0) != PLACE)) {
                    StringBuilder kinds = new StringBuilder();
                    for (String token : note.group(1).strip().split("\\s+")) {
                        String[] generic = arabicGenericAt(new String[] {token}, 0);
                        if (generic != null && KINDS.contains(generic[1])) {
                            kinds.append(token).append(' ');
                        }
                    }
                    words.others.add(alone);
                    if (kinds.length() > 0) {
                        words.others.add(arabicSkeleton(kinds + note.group(2)));
                    }
                }
            }
            for (String reading : withoutForebears(name)) {
                ArabicWords forebears = arabicSkeleton(reading);
                words.withoutForebears.add(forebears);
                words.withoutForebears.addAll(forebears.others);
            }
            String cut = chainCut(name);
            if (!cut.equals(name.strip())) {
                ArabicWords reading = arabicSkeleton(cut);
                words.chainCut.add(reading);
                words.chainCut.addAll(reading.others);
            }
            // السيد is a title, and the Sayyid of a name a Latin spelling writes as its first word (Sid Ali, سيد علي;
            // Seyed Ebrahim): read both ways
            String[] first = name.strip().split("\\s+", 2);
            if (first.length == 2 && arabicForms(first[0]).equals("السيد")) {
                ArabicWords sayyid = arabicSkeleton("سيد " + first[1]);
                words.others.add(sayyid);
                words.others.addAll(sayyid.others);
            }
            return words;
        }
        LatinWords words = latinSkeleton(name);
        words.turkish = !turkish(name).equals(name);
        words.company = saysCompany(name);
        List<String> variants = new ArrayList<>();
        // Korean and Chinese given names are hyphenated in Latin and often one word in Arabic (Tae-yoon, تايون): the
        // parts are also read as one word, which must then be that word exactly. Not where the second part starts
        // with a vowel or w, which the skeleton drops: Tae-won, read so, would be تايون.
        variants.add(name.replaceAll("(?<=\\p{L})-(?=[\\p{L}&&[^AEIOUWaeiouw]])", String.valueOf(HYPHEN)));
        // a note in parentheses tells apart entities of one name (a ministry and the country it is of), and a name
        // written in the other script leaves it out; readings kept apart, for readings() to choose
        String noteless = name.replaceAll("\\s*\\([^)]*\\)", "");
        if (!noteless.equals(name) && !noteless.isBlank()) {
            LatinWords other = latinSkeleton(noteless);
            words.noteless.add(other);
            words.noteless.addAll(other.others);
        }
        // French, Italian and Spanish articles, which Arabic drops from a name as English drops "the" (La French Tech,
        // فرنچ تيك)
        variants.add(name.strip().replaceFirst("(?i)^(la|le|les|il)\\s+(?=\\S)", ""));
        // a dot and a digit are said, and Arabic writes what is said (JD.com, جيه دي دوت كوم; 4Paradigm, فور باراديغم)
        variants.add(spokenSigns(name));
        // a regulatory authority is the authority Arabic names by what it regulates (هيئة الاتصالات وتقنية المعلومات,
        // Communication and Information Technology Regulatory Authority)
        variants.add(name.replaceAll("(?i)\\bregulatory\\s+(?=(authority|commission)\\b)", ""));
        // the article before a sun letter is said as that letter, and a Latin spelling may write it so (An-Najah,
        // Ash-Sharq, Ad-Din): it is the article Arabic writes ال (النجاح)
        variants.add(name.replaceAll("(?i)\\b([ae])(d|n|r|s|t|z|sh|th|dh)-(?=\\2)", "$1l-"));
        variants.add(countrysTelecom(name));
        // "general" is the general authority's, which Arabic says as one (الهيئة العامة للطيران المدني, General Civil
        // Aviation Authority)
        variants.add(name.replaceFirst("(?i)^general\\s+(.+?)\\b(authority|directorate|secretariat)\\b",
                "$1general $2"));
        // French leaves the final -es of Charles, Georges and Jacques unsaid (شارل, جورج, جاك); English says it (تشارلز)
        variants.add(name.replaceAll("(?<=[a-z][lgu])es\\b", "e"));
        String[] written = name.strip().split("\\s+");
        // a name of two words of two open syllables or more, as Japanese names are, may be given family name first
        // (Yoshihide Suga, سوجا يوشيهيدى), as Japan gives it; an Arabic name's consonants close its syllables (Amin
        // Nasser is not ناصر أمين), and a Chinese or Korean family name is one syllable (Chen Yunji is not يون كي جونغ)
        if (written.length == 2 && java.util.Arrays.stream(written).allMatch(w -> OPEN_SYLLABLES.matcher(w).matches()
                && w.replaceAll("(?i)[^aeiou]", "").length() >= 2)) {
            variants.add(written[1] + " " + written[0]);
        }
        for (String variant : variants) {
            if (!variant.equals(name) && !variant.isBlank()) {
                LatinWords other = latinSkeleton(variant);
                words.others.add(other);
                words.others.addAll(other.others);
                words.sonOf |= other.sonOf;
            }
        }
        // a middle name the Arabic leaves out (Yuval Noah Harari, يوفال هراري): each choice of the words between the
        // first and the last left out, of a person's name that says no "bin" (its father's name is compared). Not an
        // initial, which English writes to tell namesakes apart (Joseph E. Aoun is not جوزاف عون, Joseph Aoun)
        if (written.length >= 3 && written.length <= 2 + FOREBEARS_MAX && !words.sonOf && personal(words)) {
            for (int mask = 1; mask < 1 << (written.length - 2); mask++) {
                StringBuilder reading = new StringBuilder(written[0]);
                boolean initial = false;
                for (int k = 1; k < written.length - 1; k++) {
                    if ((mask & 1 << (k - 1)) == 0) {
                        reading.append(' ').append(written[k]);
                    } else {
                        initial |= written[k].replaceAll("\\P{L}", "").length() < 2;
                    }
                }
                if (initial) {
                    continue;
                }
                LatinWords without = latinSkeleton(reading.append(' ').append(written[written.length - 1]).toString());
                words.withoutMiddle.add(without);
                words.withoutMiddle.addAll(without.others);
            }
        }
        return words;
    }

    /** A word of open syllables: a vowel after a consonant or none, or an n that ends a syllable (Shinzo, Yoshihide). */
    private static final Pattern OPEN_SYLLABLES =
            Pattern.compile("(?i)(?:(?:sh|ch|ts|[kgsztdnhbpmrwyfj]y?)?[aeiou]|n(?![aeiouy])){2,}");

    /** The lines of a resource beside this class, but blank ones and comments (#). */
    private static List<String> resourceLines(String resource) {
        try (java.io.InputStream in = CrossScriptNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A telecom operator named by its country's name, or the first syllable of it, and "tel" (Omantel, Paltel), read
     * as the country's telecom, which is how Arabic names it (الشركة العمانية للاتصالات, شركة الاتصالات الفلسطينية).
     */
    private static String countrysTelecom(String name) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = Pattern.compile("(?i)\\b([a-z]{3,})tel\\b").matcher(name);
        while (m.find()) {
            String start = m.group(1).toLowerCase(Locale.ROOT);
            String place = LATIN_GENERIC.stream()
                    .filter(g -> g[2].equals("place") && g[0].startsWith(start) && g[0].indexOf(' ') < 0)
                    .map(g -> g[0]).findFirst().orElse(null);
            m.appendReplacement(out, place == null ? m.group() : place + " telecom");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether a name says it is a company's: a word of the table's company row (شركة, Corp., PLC). */
    private static boolean saysCompany(String name) {
        if (isArabic(name)) {
            String[] tokens = name.strip().split("[\\s.]+");
            for (int i = 0; i < tokens.length; i++) {
                String[] generic = arabicGenericAt(tokens, i);
                if (generic != null && generic[2].equals("company")) {
                    return true;
                }
            }
            return false;
        }
        for (String token : LATIN_TO_ASCII.get().transliterate(name).split("[^A-Za-z]+")) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (LATIN_BY_FIRST.getOrDefault(lower, List.of()).stream()
                    .anyMatch(g -> g[2].equals("company") && g[0].equals(lower))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] DIGIT_NAMES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine"};

    private static String spokenSigns(String name) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = Pattern.compile("(?<![0-9])[0-9](?![0-9])").matcher(
                name.replaceAll("(?i)\\.(com|net|org)\\b", " dot $1"));
        while (m.find()) {
            m.appendReplacement(out, " " + DIGIT_NAMES[m.group().charAt(0) - '0'] + " ");
        }
        m.appendTail(out);
        return out.toString().strip().replaceAll("\\s+", " ");
    }

    /**
     * A person's name without the names of forebears inside it, which an Arabic spelling writes after the given name
     * without "بن" (عظيم هاشم بريمجي, Azim Premji; محمد شياع صبار حاتم السوداني, Mohammed Shia al-Sudani, two) and a Latin
     * one leaves out: each choice of words between the first and the last left out, the given name and the family
     * name kept. A title before the name carries nothing; عبد, أبو and the article stay with the word after them
     * (عبد اللطيف is one name).
     */
    private static List<String> withoutForebears(String name) {
        List<String> tokens = new ArrayList<>(List.of(name.strip().split("\\s+")));
        for (int title = titleLength(tokens.toArray(new String[0]), 0); title > 0 && tokens.size() > title;
                title = titleLength(tokens.toArray(new String[0]), 0)) {
            tokens.subList(0, title).clear();
            if (tokens.size() > 1 && titlesCountry(tokens.get(0))) {
                tokens.remove(0);
            }
        }
        String[] all = tokens.toArray(new String[0]);
        for (int i = 0; i < all.length; i++) {
            if (arabicGenericAt(all, i) != null && !arabicForms(all[i]).startsWith("ال")) {
                return List.of();   // an organization's name, or one with a word of the table that is not a family name
            }
        }
        List<String> units = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String folded = arabicForms(tokens.get(i)).replaceAll("[^\\u0621-\\u064A]", "");
            if (SON_OF.contains(folded) && i > 0) {
                continue;
            }
            if (FOREBEAR_PARTICLES.contains(folded) && i + 1 < tokens.size()) {
                units.add(tokens.get(i) + " " + tokens.get(++i));
            } else {
                units.add(tokens.get(i));
            }
        }
        List<String> out = new ArrayList<>();
        int inside = units.size() - 2;
        if (inside < 1 || inside > FOREBEARS_MAX) {
            return out;
        }
        for (int mask = 1; mask < 1 << inside; mask++) {
            StringBuilder reading = new StringBuilder(units.get(0));
            boolean syllable = false;
            for (int k = 0; k < inside; k++) {
                String unit = units.get(k + 1);
                if ((mask & 1 << k) == 0) {
                    reading.append(' ').append(unit);
                } else {
                    // a syllable (يي of تشانغ يي مينغ, Zhang Yiming) is part of a given name, not a forebear's name
                    syllable |= unit.replaceAll("[^\\u0621-\\u064A]", "").length() < 3;
                }
            }
            if (!syllable) {
                out.add(reading.append(' ').append(units.get(units.size() - 1)).toString());
            }
        }
        return out;
    }

    /** The words that start a name and stay with the word after them: عبد, أبو, the article written apart (آل). */
    private static final Set<String> FOREBEAR_PARTICLES = Set.of("عبد", "ابو", "ال");

    /** Past this many words between the first and the last, a name is compared as written and without بن X only. */
    private static final int FOREBEARS_MAX = 4;

    /**
     * A chain of "son of" that goes on past the father (الأمير سلطان بن سلمان بن عبدالعزيز), cut after him, for a Latin
     * name that says "bin" and names him only (Sultan bin Salman). Only a forebear that ends the name: a family name
     * after it (آل خليفة) is one the Latin name does not say.
     */
    private static String chainCut(String name) {
        return name.strip().matches("(?s).*\\S\\s+(بن|ابن|بنت)\\s+\\S+.*\\s(بن|ابن)\\s+\\S+")
                ? name.strip().replaceFirst("\\s+(بن|ابن)\\s+\\S+$", "") : name.strip();
    }

    private static ArabicWords arabicSkeleton(String name) {
        name = placeAfterItsKind(inPlace(name));
        String translated = translatedWords(name, true, true, false);
        ArabicWords words = arabicWords(translated);
        String asWritten = translatedWords(name, true, false, false);
        if (!asWritten.equals(translated)) {
            // A generic word may be a name too (طاقة, TAQA; صحة, SEHA; مدينة زايد, Madinat Zayed; حياة, Hayat):
            // the name is also compared by the sound of all its words.
            words.others.add(arabicWords(asWritten));
        }
        String named = translatedWords(name, true, true, true);
        if (!named.equals(translated) && !named.equals(asWritten)) {
            // and a generic word after a word of the name, bare, may be the end of a brand Arabic writes by its sound
            // (مجموعة سوفت بنك, SoftBank Group): the other generic words are still translated
            words.others.add(arabicWords(named));
        }
        return words;
    }

    /**
     * An organization's name with the country's adjective between its kind and the kind's own adjective (الهيئة
     * السعودية العامة, the Saudi general authority) with the country's adjective last, so that the kind and its
     * adjective are read as the one word of the table they make (الهيئة العامة, authority).
     */
    private static String placeAfterItsKind(String name) {
        String[] tokens = name.strip().split("\\s+");
        for (int i = 0; i + 2 < tokens.length; i++) {
            String[] pair = arabicGenericAt(new String[] {tokens[i], tokens[i + 2]}, 0);
            if (titlesCountry(tokens[i + 1]) && pair != null && pair[0].indexOf(' ') > 0
                    && (pair[2].equals("kind") || pair[2].equals("body"))) {
                String place = tokens[i + 1];
                tokens[i + 1] = tokens[i + 2];
                tokens[i + 2] = place;
            }
        }
        return String.join(" ", tokens);
    }

    /**
     * An organization's name with "بال" (in the) before a name of its own read as the article alone: the place it is in,
     * which the Latin name gives with "of" or "in" (الجامعة الأميركية بالشارقة, American University of Sharjah), as
     * Arabic may with في. Not in a person's name, where بال may start a family name (بالحاج, Belhadj).
     */
    private static String inPlace(String name) {
        String[] tokens = name.strip().split("\\s+");
        boolean kind = false;
        for (int i = 0; i < tokens.length && !kind; i++) {
            String[] generic = arabicGenericAt(tokens, i);
            kind = generic != null && KINDS.contains(generic[1]);
        }
        if (!kind) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            boolean place = arabicForms(tokens[i]).startsWith("بال") && tokens[i].length() > 4
                    && arabicGenericAt(tokens, i) == null;
            out.append(i > 0 ? " " : "").append(place ? tokens[i].substring(1) : tokens[i]);
        }
        return out.toString();
    }

    private static LatinWords latinSkeleton(String name) {
        LatinWords words = new LatinWords();
        words.joinable = java.util.Arrays.stream(name.strip().split("\\s+")).allMatch(t -> t.matches("\\p{Lu}?\\p{Ll}+"));
        String latin = LATIN_TO_ASCII.get().transliterate(westernDigits(turkish(name)))
                // an apostrophe inside a word elides a vowel or stands for a hamza or an ayn: D'Angelo is one word,
                // as Arabic writes it (دانجيلو)
                .replaceAll("(?<=[A-Za-z])['\u2019\u02BC`](?=[A-Za-z])", "");
        latinWords(latin, false, words);
        // a generic word may be part of a brand Arabic writes by its sound (Palantir Technologies, بالانتير تكنولوجيز),
        // which a word of the table meets only as that word: the name is also read with its generic words as said
        List<String> asSaid = new ArrayList<>();
        latinWords(latin, false, false, asSaid);
        if (!asSaid.equals(words)) {
            words.others.add(asSaid);
        }
        if (java.util.Arrays.stream(latin.split("[^A-Za-z]+")).anyMatch(CrossScriptNames::wordOrLetters)) {
            List<String> byLetters = new ArrayList<>();
            latinWords(latin, true, byLetters);
            words.others.add(byLetters);
        }
        return words;
    }

    /**
     * A name with a letter only Turkish writes (ı, İ, ş, ğ) is Turkish, whose c is the j Arabic writes ج (Kacır,
     * كاجر) and whose ç is its ch (تش or ج): ASCII would make the c an s before i and e.
     */
    private static String turkish(String name) {
        // one Turkish word makes the name Turkish (Recep Tayyip Erdoğan, رجب طيب إردوغان); a ç that ends a word or comes
        // before a consonant is Turkish too, since French writes it only before a, o and u (Koç, كوتش)
        String turkish = name.matches("(?s).*([\u0131\u0130\u015F\u015E\u011F\u011E]|[\u00E7\u00C7](?![aouAOU])).*")
                ? name.replace('c', 'j').replace('C', 'J').replace("\u00E7", "ch").replace("\u00C7", "Ch") : name;
        return turkish;
    }

    private static ArabicWords arabicWords(String translated) {
        ArabicWords words = new ArabicWords();
        // a hyphen joins the parts of a name as a space does (كاي-فو, Kai-Fu), and so do dots and apostrophes
        // (إم.جي.إكس, MGX; دي'أنجيلو, D'Angelo), which the words' joining may undo; digits are a word of their own
        String previous = "";
        for (String word : westernDigits(translated).split(WORD_BREAK)) {
                if (word.isEmpty()) {
                    continue;
                }
                String letters = arabicForms(word).replaceAll("[^\\u0621-\\u064A]", "");
                if (word.chars().allMatch(c -> c < 128 && Character.isDigit(c))) {
                    words.add(word);
                } else if (word.chars().allMatch(c -> c < 128)) {
                    genericWord(word, words);   // what translatedWords put in English
                } else {
                    // a hamza seated on ya after alef is no diphthong (وائل, Wael): ICU spells it y, a y of its own
                    int before = words.size();
                    // the article of the second word of a compound name is said as the sun letter after it, which a Latin
                    // spelling writes so (عبد السلام, Abdeslam; عز الدين, Azzedine; نصر الدين, Nasreddine)
                    boolean compound = previous.equals("عبد") || letters.equals("الدين");
                    boolean sunArticle = compound && letters.length() > 3 && letters.startsWith("ال")
                            && SUN_LETTERS.indexOf(letters.charAt(2)) >= 0;
                    arabicWord(arabicForms(word.replace("ائ", "اءي")), word.replaceAll("[^\\u0621-\\u064A]", "").endsWith("ة"),
                            sunArticle, words);
                    if (words.size() > before && letters.startsWith("ال")) {
                        words.articled.add(words.get(words.size() - 1));
                    }
                }
                previous = letters;
        }
        return words;
    }

    /** The letters the article before them is said as (الشمس, ash-shams), but ل, whose doubling Arabic writes. */
    private static final String SUN_LETTERS = "تثدذرزسشصضطظن";

    /** Where an Arabic name's words part: spaces, hyphens, dots, apostrophes, and between letters and digits. */
    private static final String WORD_BREAK =
            "[^\\p{L}\\p{M}\\p{N}]+|(?<=[\\p{L}\\p{M}])(?=\\p{N})|(?<=\\p{N})(?=\\p{L})";

    /** Arabic-Indic and Persian digits as Western ones: ٤٢ is 42. */
    private static String westernDigits(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                    : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : c);
        }
        return out.toString();
    }

    /**
     * @param byLetters whether capitals that may be read as a word or by their letters ({@link #wordOrLetters}) are
     *                  read by their letters
     */
    private static void latinWords(String latin, boolean byLetters, List<String> words) {
        latinWords(latin, byLetters, true, words);
    }

    /**
     * @param translate whether a generic word of one word is put in English; if not, one that is not a kind of
     *                  organization is said as written, as Arabic may write it (Technologies, تكنولوجيز; Deutsche,
     *                  دويتشه); a kind is a kind in either reading (an office is not an authority)
     */
    private static void latinWords(String latin, boolean byLetters, boolean translate, List<String> words) {
        // a run of digits is a word of its own (G42, Core42), compared as written, and so is an ampersand (e&)
        String[] tokens = latin.replaceAll("^[^A-Za-z0-9&]+", "")
                .split("[^A-Za-z0-9&" + HYPHEN + "]+|(?<=[A-Za-z0-9])(?=&)|(?<=&)(?=[A-Za-z0-9])"
                        + "|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])");
        // an organization's name in French, Spanish or German has its "of" and "the" too (Autorité de Régulation de la
        // Poste et des Télécommunications), which carry nothing as English's do; in a person's name they are a
        // particle of it (Robert De Niro, دي نيرو)
        boolean organization = false;
        for (int i = 0; i < tokens.length && !organization; i++) {
            String[] generic = latinGenericAt(tokens, i);
            organization = generic != null && (generic[2].equals("kind") || generic[2].equals("body"));
        }
        boolean named = false;
        for (int i = 0; i < tokens.length; i++) {
            String lower = tokens[i].toLowerCase(Locale.ROOT);
            if (organization && ARTICLES_OF_ORGANIZATIONS.contains(lower) && i + 1 < tokens.length) {
                continue;
            }
            // "son of" inside a name carries nothing; first in it, Ibn (Ibn Haldun University) is a word of the name
            // last in it, bin is the name (Dror Bin, درور بين): no father follows
            if (tokens[i].isEmpty() || named && SON_OF.contains(lower) && i + 1 < tokens.length) {
                if (!tokens[i].isEmpty() && words instanceof LatinWords latinWords) {
                    latinWords.sonOf = true;
                }
                continue;
            }
            // a title before a name (Sheikh, Dr) says who the person is, not which one; one spelling writes it, another
            // not (الشيخ تميم بن حمد آل ثاني, Tamim bin Hamad Al Thani)
            int title = named ? 0 : titleLength(tokens, i);
            if (title > 0 && i + title < tokens.length) {
                i += title - 1;
                continue;
            }
            if (tokens[i].chars().allMatch(Character::isDigit)) {
                words.add(tokens[i]);
                named = true;
                continue;
            }
            // the number of a king or a pope, which Arabic writes as an ordinal (Mohammed VI, محمد السادس)
            int ordinal = named ? ROMAN.indexOf(tokens[i]) : -1;
            if (ordinal > 1) {
                words.add(String.valueOf(ordinal));
                continue;
            }
            if (tokens[i].equals("&") && i > 0 && i + 1 < tokens.length && latinGenericAt(tokens, i - 1) != null
                    && latinGenericAt(tokens, i + 1) != null) {
                // between generic words it is the "and" Arabic writes و, which carries nothing (Qatar Science &
                // Technology Park, واحة قطر للعلوم والتكنولوجيا)
                continue;
            }
            if (tokens[i].equals("&")) {
                // a sign is said, and Arabic writes what is said (e&, إي آند; AT&T, إيه تي آند تي)
                spokenWord("and", words);
                named = true;
                continue;
            }
            String[] generic = latinGenericAt(tokens, i);
            int length = generic == null ? 0 : generic[0].split(" ").length;
            if (generic != null && (translate || length > 1 || generic[1].isEmpty() || generic[2].equals("company")
                    || generic[2].equals("kind") || generic[2].equals("body"))) {
                genericWord(generic[1], words);
                i += length - 1;
                continue;
            }
            if (generic != null) {
                for (int k = 0; k < length; k++) {
                    latinWord(tokens[i + k], byLetters, words);
                }
                named = true;
                i += length - 1;
                continue;
            }
            named = true;
            if (i + 1 < tokens.length && PARTICLES.contains(tokens[i].toLowerCase(Locale.ROOT))) {
                // Arabic writes the particle and the name as one word (Al Mubarak, المبارك; Abdel Aziz, عبدالعزيز)
                List<String> particle = new ArrayList<>();
                latinWord(tokens[i], false, particle);
                // and "servant of" with the article and the name (Abd al-Aziz, عبد العزيز)
                boolean article = i + 2 < tokens.length && ARTICLES.contains(tokens[i + 1].toLowerCase(Locale.ROOT))
                        && !PARTICLES.contains(tokens[i + 2].toLowerCase(Locale.ROOT));
                List<String> name = new ArrayList<>();
                latinWords(article ? tokens[i + 1] + " " + tokens[i + 2] : tokens[i + 1], byLetters, name);
                if (particle.size() == 1 && name.size() == 1) {
                    // the article's l before a name that starts with l is the one doubled consonant Arabic writes once
                    // (Abdul Latif, عبد اللطيف and عبداللطيف), as the name written as one word gives it (Abdullatif)
                    String joined = joint(particle.get(0), name.get(0));
                    int at = joined.indexOf(JOINT);
                    words.add(name.get(0).charAt(0) != LEADING_VOWEL && at + 1 < joined.length()
                            && joined.charAt(at - 1) == 'l' && joined.charAt(at + 1) == 'l'
                            ? joined.substring(0, at) + joined.substring(at + 2) : joined.replace(String.valueOf(JOINT), ""));
                    i += article ? 2 : 1;
                    continue;
                }
            }
            // Capitals that end a word after small letters are an acronym or a letter of their own: xAI is x and
            // AI, OpenAI Open and AI, SpaceX Space and X. McGrew and DeepMind stay one word each.
            // Capitals before a word that starts with one are an acronym of their own too: NCSoft is NC and Soft, as
            // Arabic writes it (إن سي سوفت).
            for (String part : tokens[i].split("(?<=[a-z])(?=[A-Z]+$)|(?<=^[A-Z]{2,8})(?=[A-Z][a-z])")) {
                if (!part.isEmpty()) {
                    latinWord(part, byLetters, words);
                }
            }
        }
    }

    /** @return the Latin phrase, its English word and its role, when the generic phrase starts at token {@code i} */
    private static String[] latinGenericAt(String[] tokens, int i) {
        for (String[] g : LATIN_BY_FIRST.getOrDefault(tokens[i].toLowerCase(Locale.ROOT), List.of())) {
            if (g[0].startsWith("+") && i == 0) {
                continue;
            }
            String[] phrase = g[0].replace("+", "").split(" ");
            if (i + phrase.length > tokens.length) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < phrase.length && all; k++) {
                all = tokens[i + k].toLowerCase(Locale.ROOT).equals(phrase[k]);
            }
            if (all) {
                return g;
            }
        }
        return null;
    }

    /**
     * A generic word of an organization's name, in English whichever script it came in, so that "Group" and
     * مجموعة are one word; a word that says what kind of organization it is carries a mark for it.
     */
    private static void genericWord(String english, List<String> words) {
        if (english.isEmpty()) {
            return;
        }
        if (english.equals("ai")) {
            words.add(DESCRIPTOR + english);
            return;
        }
        if (english.chars().allMatch(Character::isDigit)) {
            words.add(english);   // an ordinal, compared as the number it is
            return;
        }
        int before = words.size();
        soundedWord(english, words);
        if (words.size() > before && !TRANSLATED.contains(english)) {
            words.set(words.size() - 1, (PLACES.contains(english) ? PLACE : KINDS.contains(english) ? KIND : DESCRIPTOR)
                    + words.get(words.size() - 1));
        }
    }

    /**
     * A vowel Arabic writes at the end of a word (ا, ي, و, ه and the ta marbuta folded into it): أمازونيا is
     * Amazonia, not Amazon. A Latin word that ends in a consonant has no vowel for it, so it costs like a letter.
     */
    private static final char WRITTEN_VOWEL = 'A';
    /**
     * A final e of a Latin word (or a vowel and h or w). Arabic may write it (رينيه, Rene) or not (جوجل, Google: a
     * final e is often silent), so it costs nothing either way and matches a written one.
     */
    private static final char OPTIONAL_VOWEL = 'E';
    /**
     * Any other final vowel of a Latin word (a, i, o, u, y, or a vowel and e). It is pronounced, and Arabic writes
     * a foreign name's pronounced final vowel (أنغامي, Anghami; ميتا, Meta), so a word without one is another word
     * (أنغام, Angham).
     */
    private static final char SPOKEN_VOWEL = 'P';
    /**
     * A word of a vowel alone that ends an Arabic compound (آي of موبيل آي, Mobileye): a syllable, which a Latin word
     * must say (Mobileye), not a final e that may be silent (Mobile).
     */
    private static final char SYLLABLE_VOWEL = 'I';
    /**
     * A word of a glide and a vowel alone (يي, وي) that ends an Arabic compound: the last syllable of a Chinese given
     * name (هونغ يي, Hongyi; هونغ وي, Hongwei), which the Latin word must end in too ({@link #GLIDE_VOWEL}): سي وي is
     * not Zhai.
     */
    private static final char GLIDE_SYLLABLE = 'C';
    /** A Latin final vowel after a y or w (Hongyi, Hongwei): a spoken vowel that meets {@link #GLIDE_SYLLABLE}. */
    private static final char GLIDE_VOWEL = 'B';
    /**
     * A final ة: a vowel Arabic writes, or the t it is said as before another word, which Latin spellings keep (Nawat,
     * نواة; Hayat, حياة; Rahmat, رحمة). It stands for a final vowel or a t.
     */
    private static final char TA_MARBUTA = 'M';
    /**
     * The t of an Arabic تس. Arabic leaves the short vowel unwritten, so تسلا is Tesla (t, e, s) and باخوتسكي is
     * Pachocki (c, the sound ts): the t may stand for a t of the Latin name or for nothing.
     */
    private static final char OPTIONAL_T = 'T';
    /**
     * A Latin w. English says it as the w Arabic writes و, a vowel letter the skeleton drops; German and Polish
     * say it v, which Arabic writes ف (فويتشخ, Wojciech; فيبر, Weber): it may stand for an f or for nothing.
     */
    private static final char OPTIONAL_F = 'W';
    /**
     * A Latin ch or zh: English and Chinese say it as Arabic's تش or ج (Chen, تشين; Zhang, جانغ), Greek words,
     * German and Polish as a k or خ (Technology, تكنولوجيا; Wojciech, فويتشخ): it stands for an s or a k.
     */
    private static final char S_OR_K = 'x';
    /**
     * A Latin h after l, m, n or r, where it starts a syllable (Yanhong, يان هونغ; Manhattan): Arabic writes it
     * when it starts a word of its own, and may not inside one.
     */
    private static final char OPTIONAL_H = 'H';
    /**
     * A Latin j that starts a syllable. English says it as Arabic's ج (Jack, جاك), German, Dutch and the Slavic
     * languages as the y Arabic writes ي (Jan, يان; Jürgen, يورغن): it stands for a k or for an Arabic ي that
     * starts a word ({@link #ARABIC_Y}).
     */
    private static final char LATIN_J = 'j';
    /**
     * A Latin j after a consonant and before a vowel: the ج of English (Benjamin, Sanjay) or the y of the Germanic and
     * Slavic languages, which Arabic writes ي inside a word too (Börje, بوريه; Björn, بيورن; Sonja, سونيا). After a
     * vowel (Zhijun) a j is not so read.
     */
    private static final char CONSONANT_J = 'y';
    /**
     * A Latin j after a vowel and before none, which the Slavic languages say as y (Andrej, أندريه; Wojciech,
     * فويتشخ) and Indian names as ج (Raj, راج): it stands for a k, a final vowel, or nothing.
     */
    private static final char OPTIONAL_J = 'J';
    /**
     * The ي that starts an Arabic word: a Latin y, which the skeleton drops with the vowels (Yann, يان), or a j
     * said as y (Jan, يان). It stands for that j or for nothing.
     */
    private static final char ARABIC_Y = 'Y';
    /**
     * The g of a Latin ng, and the ج or غ of Arabic's نج and نغ: said as the nasal alone (Zhang, تشانغ; Yiming,
     * ييمينج) or with a g (Bengio, بنجيو), so it stands for a k or for nothing.
     */
    private static final char OPTIONAL_K = 'K';
    /** The ll of French ill after a vowel, said as a y (Guillaume, جيّوم) or, in other languages, an l (O'Neill). */
    private static final char OPTIONAL_L = 'L';
    /**
     * An Arabic خ: a k, or the h by which Turkish writes it (Haluk, خلوق; Ibn Haldun, ابن خلدون), as other languages
     * may. It stands for a k or for an h that starts a word.
     */
    private static final char KH = 'q';
    /**
     * An Arabic ذ or ظ: the d of Gulf names (Abu Dhabi, أبوظبي) or a z as Egypt and the Levant say it (Kazem, كاظم).
     * It stands for a d (t) or a z (s).
     */
    private static final char DH = 'z';
    /** The r of a French final -ier, unsaid (Xavier, كزافييه) or said (Javier, خافيير): an r or nothing. */
    private static final char OPTIONAL_R = 'R';
    /**
     * A Latin word that starts with a vowel or y (Yiming), or with two consonants (NVIDIA, إنفيديا); costs nothing, and
     * meets {@link #LEADING_SYLLABLE}.
     */
    private static final char LEADING_VOWEL = 'V';
    /**
     * An Arabic word without consonant that starts a compound (يي مينغ, Yiming), or an alef that starts a word (إيسون):
     * the Latin word must start with a vowel too, so that يي مينغ is Yiming and not Ming, and إيسون is not Shin.
     */
    private static final char LEADING_SYLLABLE = 'S';
    /**
     * The t of a French final -et, unsaid (Fouquet, فوكيه) or, as English says it, said (Janet, جانيت): a t or a final
     * vowel Arabic writes, not nothing.
     */
    private static final char FINAL_T = 'Z';
    /**
     * What {@link #consonants} reads as {@link #KH}, {@link #DH}, {@link #OPTIONAL_R} and {@link #FINAL_T} before it
     * folds letters.
     */
    private static final char KH_LETTER = '3';
    private static final char DH_LETTER = '2';
    private static final char OPTIONAL_R_LETTER = '4';
    private static final char FINAL_T_LETTER = '5';
    /**
     * The ي of the Arabic diphthong اي (هيوماين, Humain; بايدو, Baidu), which Arabic writes for the ai of a foreign
     * name and not for the ei of Humane (هيومين): the Latin word must have an i or a y there ({@link #LATIN_AI},
     * {@link #LATIN_I}).
     */
    private static final char ARABIC_AY = 'D';
    /** Another ي inside an Arabic word, a vowel or y: it may stand for a Latin ai (كريغ, Craig) or for nothing. */
    private static final char ARABIC_I = 'Q';
    /**
     * A Latin diphthong written ai, ay, ei or ey before a consonant (Baidu, Taylor, Weil): Arabic writes its i with a
     * ي (بايدو, تايلور, ويل), so a word without one is another word (بادو, Badoo).
     */
    private static final char LATIN_AI = 'U';
    /** A Latin y that starts the second part of a hyphenated name: it stands for an Arabic ي, not for nothing. */
    private static final char LATIN_Y = 'F';
    /** Other Latin vowels with an i or y in them before a consonant (Humain, Mobileye): they may meet an Arabic اي. */
    private static final char LATIN_I = 'X';
    /** A Latin v: an f, or the و by which Arabic writes the v of Persian and Turkish names ({@link #ARABIC_W}). */
    private static final char LATIN_V = 'v';
    /**
     * An Arabic و: a vowel letter (the skeleton drops it, so it costs nothing) or a consonant w, or the v of a Persian
     * name (جواد, Javad), which a Latin v may stand for.
     */
    private static final char ARABIC_W = '#';
    /** Leads a generic word that says what kind of organization a name is: institute, group, university. */
    private static final char KIND = 'G';
    /**
     * Leads a generic word that says what an organization does (technology, investment, AI), not which one it is;
     * the other words, a place among them, are its own ({@link #ownWord}).
     */
    private static final char DESCRIPTOR = 'N';
    /**
     * Leads a place of the table (Qatar, القطري): a word of the name's own, which costs nothing to compare and may be
     * what the other name's "national" stands for ({@link #nationImplied}).
     */
    private static final char PLACE = 'O';
    /**
     * A word with no consonant (Yao, ياو; the letter A, إيه): it is a syllable of the name, and dropping it let
     * AMD (إيه إم دي) read as Meta.
     */
    private static final String VOWELS_ONLY = "o";
    /**
     * An Arabic word without consonant that starts with و or ي (وي, Wei; يي, Yi): a syllable with a glide, which
     * ends no compound as a vowel would (سي وي is not Zhai).
     */
    private static final String GLIDE_ONLY = VOWELS_ONLY + ARABIC_Y;
    /** Such a word with the vowel i (وي, Wei; يي, Yi), which may be the i of a Latin ei (Weiming, وي مينغ). */
    private static final String GLIDE_I_ONLY = GLIDE_ONLY + ARABIC_I;

    /**
     * @param taMarbuta  whether the word ends in ة, which is a final vowel or, in a Latin spelling, a t
     * @param sunArticle whether the word's article is said as the sun letter after it, its l a letter or none
     */
    private static void arabicWord(String word, boolean taMarbuta, boolean sunArticle, List<String> words) {
        String letters = word.replaceAll("[^\\u0621-\\u064A]", "");
        if (letters.isEmpty()) {
            return;
        }
        // a final hamza after alef is written with the vowel, not instead of it (العلماء, Al Olama)
        String end = letters.endsWith("اء") ? letters.substring(0, letters.length() - 1) : letters;
        boolean vowelEnd = "اويه".indexOf(end.charAt(end.length() - 1)) >= 0;
        StringBuilder s = new StringBuilder();
        // a word that starts with an ayn starts with its vowel, which a ي after it only lengthens (عيسى, Eisa; عيد, Eid):
        // that ي does not start the word
        boolean first = !letters.startsWith("ع");
        // ICU spells an ayn or a hamza with a sign that splits its output; they split the transliteration, not the
        // word (نعوم is one name, Noam)
        // ICU spells ظ z; in the Gulf it is said as ذ, dh (أبوظبي, Abu Dhabi), elsewhere z (كاظم, Kazem). Persian says
        // ض as z too (رضا, Reza; رمضان, Ramazan), where Arabic says a d (Ramadan): both are a d or a z, as ذ is
        for (String part : ARABIC_TO_LATIN.get().transliterate(word.replace('ظ', 'ذ').replace('ض', 'ذ'))
                .split("[^a-z]+")) {
            if (!part.isEmpty()) {
                s.append(consonants(part, false, first));
                first = false;
            }
        }
        if (letters.startsWith("ا") && !letters.startsWith("ال") && s.chars().anyMatch(c -> letter((char) c))) {
            // An alef that starts a word carries the vowel it starts with, which a Latin spelling writes too (إيسون,
            // Eason, is not Shin), or, before a cluster, a vowel Arabic says and English does not (إنفيديا, NVIDIA):
            // the Latin word must start with a vowel or such a cluster (LEADING_VOWEL). The article's alef is not said.
            s.insert(0, LEADING_SYLLABLE);
        }
        if (letters.length() > 6 && letters.startsWith("عبدال") && SUN_LETTERS.indexOf(letters.charAt(5)) >= 0
                && s.indexOf("btl") == 0) {
            s.setCharAt(2, OPTIONAL_L);   // the compound written as one word (عبدالرحمن, Abdurrahman)
        }
        if (letters.length() > 6 && letters.endsWith("الدين") && s.lastIndexOf("l") == s.length() - 4) {
            s.setCharAt(s.length() - 4, OPTIONAL_L);   // (نورالدين, Noureddine)
        }
        if ((letters.startsWith("الع") || sunArticle) && s.length() > 1 && s.charAt(0) == 'l') {
            // the article before an ayn, which a Latin spelling may leave out and start with the ayn's vowel (العلول,
            // Aloul), or said as a sun letter (عبد السلام, Abdeslam): its l is a letter or none. Elsewhere the article
            // a Latin spelling leaves out still counts: without it, أحمد الشرع would be Emmett Shear
            s.setCharAt(0, OPTIONAL_L);
        }
        if (s.chars().noneMatch(c -> letter((char) c)) && "وي".indexOf(letters.charAt(0)) >= 0) {
            words.add(letters.indexOf('ي', 1) > 0 ? GLIDE_I_ONLY : GLIDE_ONLY);
        } else if (letters.length() == 1 || letters.matches("[^اوي]{3}و")) {
            // A consonant alone is an initial (جون ج. هوبفيلد, John J. Hopfield), said with the vowel of its letter's
            // name or not. A و after three consonants is written to tell the name from another of the same letters
            // and is not said (عمرو, Amr, and عمر, Omar).
            add(s.toString(), OPTIONAL_VOWEL, words);
        } else if (letters.length() > 2 && letters.endsWith("ع")) {
            // a final ayn is said as a stop on the vowel before it, which a Latin spelling writes as a vowel or not at
            // all (الشرع, al-Sharaa or al-Shara; ربيع, Rabie)
            add(s.toString(), OPTIONAL_VOWEL, words);
        } else {
            add(s.toString(), vowelEnd ? taMarbuta ? TA_MARBUTA : WRITTEN_VOWEL : 0, words);
        }
    }

    private static void add(String skeleton, char finalVowel, List<String> words) {
        if (skeleton.chars().noneMatch(c -> letter((char) c))) {
            words.add(VOWELS_ONLY);
        } else {
            words.add(finalVowel == 0 ? skeleton : skeleton + finalVowel);
        }
    }

    private static void latinWord(String word, boolean byLetters, List<String> words) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("ai")) {
            // The one word of vowels alone that tells organizations apart: Microsoft AI is not Microsoft.
            words.add(DESCRIPTOR + lower);
        } else if (spelledByLetters(word) || byLetters && wordOrLetters(word)) {
            // Arabic writes such a name by the letters' names: IBM is آي بي إم, the x of xAI إكس.
            for (char c : lower.toCharArray()) {
                soundedWord(LETTER_NAMES[c - 'a'], words);
            }
        } else {
            // the parts of a compound (SparkCognition) are said apart, as Arabic writes them (سبارك كوجنيشن): a letter
            // that ends one and a letter that starts the next are two, not a doubled one
            soundedWord(word.replaceAll("(?<=[a-z])(?=[A-Z][a-z])", String.valueOf(PART)).toLowerCase(Locale.ROOT), words);
        }
    }

    private static void soundedWord(String lower, List<String> words) {
        if (!STOP_WORDS.contains(lower)) {
            spokenWord(lower, words);
        }
    }

    private static void spokenWord(String lower, List<String> words) {
        // French leaves a final x after two vowels unsaid (Lacroix, لاكروا; Bordeaux)
        String w = (lower.matches(".*[aeiou]{2}x") ? lower.substring(0, lower.length() - 1) : lower)
                .replaceAll("(?<=[aeiou]i)ll", String.valueOf(OPTIONAL_L))
                // English igh before t or at the end is the diphthong ai, its gh unsaid (Lightcap, لايت كاب; High)
                .replaceAll("(?<![aeiou])igh(?=t|$)", "ai").replaceAll("eigh(?=t|$)", "ei");
        // the u of a final gue or que only makes the consonant hard (Delangue, ديلانغ)
        char finalVowel = w.matches(".*[^aeiou][yw][aeiou]+") ? GLIDE_VOWEL
                : w.matches(".*([aiouy]|(?<![gq])[aeiouy]e)") ? SPOKEN_VOWEL
                : w.matches(".*(e|[aeiou][hw])") ? OPTIONAL_VOWEL : 0;
        if (w.matches(".*[^aeiou]ier") && w.length() > 4) {
            // French leaves the r of a final -ier unsaid and ends on a vowel (Xavier, كزافييه; Olivier, أوليفييه);
            // Spanish and English say it (Javier, خافيير; Frontier)
            w = w.substring(0, w.length() - 1) + OPTIONAL_R_LETTER;
            finalVowel = OPTIONAL_VOWEL;
        } else if (w.matches(".{2,}[^eit]et")) {
            // French leaves the t of a final -et unsaid and ends on the vowel Arabic writes يه (Fouquet, فوكيه; Monet,
            // مونيه); English says it (Janet, جانيت)
            w = w.substring(0, w.length() - 1) + FINAL_T_LETTER;
        } else if (w.matches(".{2,}([^aeiou]o|au|aul)t")) {
            // and so of a final t after o or au, the l of -ault with it (Barrot, بارو; Dassault, داسو); English says it
            // (Elliot, إليوت), so it is a t or the vowel Arabic writes
            w = w.replaceAll("l?t$", "") + FINAL_T_LETTER;
        }
        String skeleton = consonants(w, true, true);
        // a word that starts with a vowel may meet an Arabic compound whose first syllable has no consonant
        // and so may one that starts with two consonants, which Arabic may open with a vowel (NVIDIA, إنفيديا; Scotland,
        // إسكتلندا), not a digraph (Chung, Shin)
        add(w.matches("[aeiouyw].*|[bcdfgjklmnpqrstvxz]{2}.*") ? LEADING_VOWEL + skeleton : skeleton, finalVowel, words);
    }

    /**
     * A single letter (an initial, the x of xAI), or capitals too few or too short of vowels to be read as a word
     * (IBM, KPMG; NASA and NVIDIA are read as words).
     */
    private static boolean spelledByLetters(String word) {
        return word.length() == 1
                || word.equals(word.toUpperCase(Locale.ROOT)) && (word.length() <= 3 || !word.matches(".*[AEIOUY].*"));
    }

    /**
     * Four or five capitals with a vowel, which may be read as a word (NASA, ناسا; DARPA, داربا) or by their letters
     * (ASML, إيه إس إم إل): a name with one is compared in either reading.
     */
    private static boolean wordOrLetters(String word) {
        return word.matches("[A-Z]{4,5}") && word.matches(".*[AEIOUY].*");
    }

    /** The names of the letters as Arabic writes them (بي, إتش, دبليو), spelled as English would. */
    private static final String[] LETTER_NAMES = {"ei", "bi", "si", "di", "i", "ef", "ji", "etch", "ai", "jei",
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
        for (String word : translatedWords(forms, false, true).split("\\s+")) {
            String latin = word.chars().allMatch(c -> c < 128) ? word : romanizeWord(word);
            if (!latin.isEmpty()) {
                out.add(latin.equals("ai") ? "AI"
                        : Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
            }
        }
        // Arabic puts the kind of organization first (مختبرات سراب), English last (Sarab Labs)
        if (out.size() > 1 && KINDS.contains(out.get(0).toLowerCase(Locale.ROOT))) {
            out.add(out.remove(0));
        }
        return String.join(" ", out);
    }

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

    /** The "of", "the" and "and" of French, Spanish, Italian and German, in an organization's name. */
    private static final Set<String> ARTICLES_OF_ORGANIZATIONS = Set.of("de", "des", "du", "la", "le", "les", "et",
            "pour", "del", "di", "della", "der", "die", "und", "fur", "da", "do", "dos", "las", "los");

    /** Latin words that carry no sound of the name: Arabic renders them by a word of its own, or not at all. */
    private static final Set<String> STOP_WORDS = Set.of("for", "of", "the", "and", "inc", "ltd",
            "co", "corp", "company");
    /**
     * "Son of" and "daughter of" in an Arabic name, which one spelling writes and another leaves out (Sultan bin
     * Ahmed Al Jaber, سلطان أحمد الجابر); first in a name, بن is Ben.
     */
    private static final Set<String> SON_OF = Set.of("bin", "ibn", "bint", "ben", "بن", "ابن", "بنت");

    /**
     * Titles before a person's name, in either script (Arabic folded as {@link #arabicForms} folds, without its
     * clitics): one spelling of a name writes them, another not.
     */
    private static final Set<String> TITLES = Set.of("sheikh", "shaikh", "sheikha", "shaikha", "prince", "princess",
            "emir", "dr", "prof", "professor", "الشيخ", "الشيخه", "الامير", "الاميره", "الدكتور", "الدكتوره", "د",
            "البروفيسور", "سمو", "معالي", "eng", "engineer", "المهندس", "المهندسه",
            // offices and ranks an Arabic article writes before a name (المستشار الألماني فريدريش ميرتس, الجنرال بول
            // ناكاسوني), with the article only; in Latin only Mr and Mrs, since General, President or Gen may start a
            // company's name (General Atomics, Gen Digital)
            "الجنرال", "المستشار", "المستشاره", "الرئيس", "الرئيسه", "الوزير", "الوزيره", "السفير", "السفيره", "اللواء",
            "الفريق", "الاستاذ", "الاستاذه", "السيد", "السيده", "mr", "mrs",
            // honorifics: of a knight, of Malaysia's orders (Datuk Seri Anwar Ibrahim, داتوك سيري أنور إبراهيم), and the
            // Excellency, Highness and Eminence of Arabic address; ranks and offices with the article
            "sir", "السير", "datuk", "dato", "datin", "tun", "داتوك", "داتو", "داتين", "سعاده", "فخامه", "جلاله",
            "سماحه", "النائب", "النائبه", "العميد", "العقيد", "المشير", "البروفسور", "البروفيسوره");

    /**
     * How many words a title takes that starts a name at {@code i}: one, or two for a title and the word that may follow
     * it (Datuk Seri, داتوك سيري; Tan Sri, which only so is a title: Tan alone is a family name); none when there is
     * none.
     */
    private static int titleLength(String[] tokens, int i) {
        String form = titleForm(tokens[i]);
        String next = i + 1 < tokens.length ? titleForm(tokens[i + 1]) : "";
        if (TITLES.contains(form)) {
            return TITLE_SEQUELS.contains(next) ? 2 : 1;
        }
        return TITLES_BEFORE_SEQUEL.contains(form) && TITLE_SEQUELS.contains(next) ? 2 : 0;
    }

    private static String titleForm(String token) {
        return isArabic(token) ? arabicForms(token).replaceAll("[^\\u0621-\\u064A]", "") : token.toLowerCase(Locale.ROOT);
    }

    /** What may follow a Malay title, or make one of Tan (Datuk Seri, Tan Sri). */
    private static final Set<String> TITLE_SEQUELS = Set.of("seri", "sri", "سري", "سيري");
    private static final Set<String> TITLES_BEFORE_SEQUEL = Set.of("tan", "تان");

    /**
     * Whether the word after a title is the country the title is of (المستشار الألماني, the German chancellor), which
     * says whose office it is, not who holds it.
     */
    private static boolean titlesCountry(String token) {
        String[] generic = arabicGenericAt(new String[] {token}, 0);
        return generic != null && PLACES.contains(generic[1]) && arabicForms(token).startsWith("ال");
    }

    /** Roman numerals as a king's or pope's number, II to IX: I, V and X alone are more often an initial. */
    private static final List<String> ROMAN = List.of("", "", "II", "III", "IV", "", "VI", "VII", "VIII", "IX");

    /**
     * The mark for the vowels of a Latin word that start at {@code i} and are followed by a consonant: a diphthong
     * written ai, ay, ei or ey ({@link #LATIN_AI}) or other vowels with an i or y in them ({@link #LATIN_I}); none for
     * others, and none for final vowels, which have marks of their own.
     */
    private static char latinVowel(String s, int i) {
        if (VOWEL_LETTERS.indexOf(s.charAt(i)) < 0 || i > 0 && VOWEL_LETTERS.indexOf(s.charAt(i - 1)) >= 0) {
            return 0;
        }
        int end = i;
        while (end < s.length() && VOWEL_LETTERS.indexOf(s.charAt(end)) >= 0) {
            end++;
        }
        if (end == s.length()) {
            return 0;
        }
        String vowels = s.substring(i, end);
        // a final -ain is said as a nasal a or e by French (Alain, آلان; Saint, سانت) and as a weak vowel by English
        // (Britain, Captain)
        if (vowels.matches("[ae][iy]") && !(vowels.equals("ai") && s.substring(end).matches("n(e?s?|ts?)"))) {
            return LATIN_AI;
        }
        return vowels.matches(".*[iy].*") || vowels.equals("ae") ? LATIN_I : 0;
    }

    private static final String VOWEL_LETTERS = "aeiouy";

    /**
     * An Arabic ي as ICU spells it, y: the first letter of a word ({@link #ARABIC_Y}), the ي of the diphthong اي
     * before a consonant ({@link #ARABIC_AY}), or another ي inside the word ({@link #ARABIC_I}); a final one is the
     * final vowel, marked apart.
     */
    private static char arabicY(String s, int i, boolean initial) {
        if (i == 0 && initial) {
            return ARABIC_Y;
        }
        if (i + 1 == s.length()) {
            return 0;
        }
        boolean beforeConsonant = "aiuwy".indexOf(s.charAt(i + 1)) < 0;
        return i > 0 && s.charAt(i - 1) == 'a' && (i > 1 || !initial) && beforeConsonant ? ARABIC_AY : ARABIC_I;
    }

    /**
     * The generic words of organization names, which Arabic translates rather than transliterates, and the places
     * whose Arabic name is not their sound: each English word (empty: a word that carries nothing, as "company" does
     * not), its Latin spellings, and its Arabic words, as {@value #GENERIC_WORDS} beside this class gives them, with
     * what each row's marks mean.
     */
    private static final List<String[]> GENERIC = new ArrayList<>();
    /** The generic words that are places: they say which organization a name is (Qatar, Korea), as a name does. */
    private static final Set<String> PLACES = new java.util.HashSet<>();
    /** Words of the table that are a name's own, translated: compared by the sound of their English word, unmarked. */
    private static final Set<String> TRANSLATED = new java.util.HashSet<>();
    /** The generic words that say what kind of organization a name is, and nothing of which one. */
    private static final Set<String> KINDS = new java.util.HashSet<>();
    /** The kinds of a public body (an authority, a ministry, a university), which no company is. */
    private static final Set<String> BODIES = new java.util.HashSet<>();

    private static final String GENERIC_WORDS = "generic-words.tsv";

    static {
        for (String line : resourceLines(GENERIC_WORDS)) {
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalStateException(GENERIC_WORDS + ": four columns expected in " + line);
            }
            String english = f[0].equals("-") ? "" : f[0];
            switch (f[1]) {
                case "place" -> PLACES.add(english);
                case "name" -> TRANSLATED.add(english);
                case "kind" -> KINDS.add(english);
                case "body" -> {
                    KINDS.add(english);
                    BODIES.add(english);
                }
                case "descriptor", "ordinal", "none", "company" -> {
                }
                default -> throw new IllegalStateException(GENERIC_WORDS + ": no role " + f[1] + " in " + line);
            }
            GENERIC.add(new String[] {english, f[2].equals("-") ? "" : f[2], f[3], f[1]});
        }
    }

    /** The Latin spellings of the Arabic article and of "servant of", "father of", which start a name's word. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "abd", "abdel", "abdul", "abu");
    /** The Latin spellings of the article among them. */
    private static final Set<String> ARTICLES = Set.of("al", "el");

    /** Each Latin spelling of a generic word, its English word and its role; longer phrases first. */
    private static final List<String[]> LATIN_GENERIC = GENERIC.stream()
            .flatMap(g -> java.util.Arrays.stream(g[1].split("\\|")).map(l -> new String[] {l, g[0], g[3]}))
            .sorted(java.util.Comparator.comparingInt((String[] l) -> -l[0].split(" ").length))
            .toList();

    /** Each Arabic phrase of a generic word, folded as {@link #arabicForms} folds, its English word and its role. */
    private static final List<String[]> ARABIC_GENERIC = GENERIC.stream()
            .flatMap(g -> java.util.Arrays.stream(g[2].split("\\|")).map(a -> new String[] {arabicForms(a), g[0], g[3]}))
            .sorted(java.util.Comparator.comparingInt((String[] a) -> -a[0].split(" ").length))
            .toList();

    /** The Latin phrases of the table by their first word, in the table's order. */
    private static final java.util.Map<String, List<String[]>> LATIN_BY_FIRST = LATIN_GENERIC.stream()
            .collect(java.util.stream.Collectors.groupingBy(g -> g[0].replace("+", "").split(" ")[0],
                    java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));

    /** Where in {@link #ARABIC_GENERIC} the Arabic phrases are, by their first word without its article mark. */
    private static final java.util.Map<String, List<Integer>> ARABIC_BY_FIRST = arabicByFirst();

    private static java.util.Map<String, List<Integer>> arabicByFirst() {
        java.util.Map<String, List<Integer>> byFirst = new java.util.HashMap<>();
        for (int at = 0; at < ARABIC_GENERIC.size(); at++) {
            byFirst.computeIfAbsent(ARABIC_GENERIC.get(at)[0].split(" ")[0].replace("*", ""), k -> new ArrayList<>()).add(at);
        }
        return byFirst;
    }

    /** What may come before an Arabic word: the article, and the prepositions and "and" written with it. */
    private static final List<String> CLITICS = List.of("", "ال", "لل", "ل", "و", "وال", "ول", "ولل", "ب", "بال");
    private static final List<String> WITH_ARTICLE = List.of("ال", "لل", "وال", "ولل", "بال");

    /** Arabic spellings that carry no difference for a foreign name: hamza seats, alef forms, ta marbuta, tatweel. */
    private static String arabicForms(String name) {
        return name.replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "")
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                .replace('ة', 'ه').replace('ى', 'ي').replace('ؤ', 'و').replace('ئ', 'ي')
                .replace('ڤ', 'ف').replace('پ', 'ب').replace('گ', 'ك').replace('چ', 'ج');
    }

    /**
     * @param latin  whether the word is in Latin letters (ICU's spelling of an Arabic word is not: its w is a vowel
     *               letter, never a v)
     * @param initial whether the word starts here: an h there is a letter both scripts write (Hock, هوك), and an
     *               Arabic ي may be a Latin j said y (يان, Jan)
     */
    private static String consonants(String word, boolean latin, boolean initial) {
        // An initial x is the sh of pinyin that Arabic writes ش (Xiaomi, شاومي), the z of Greek and Catalan (زينغ, Xing
        // as English says it), or the ks of French and English (كزافييه, Xavier): an s with an optional k before it.
        // Elsewhere x is ks (Alexandr, ألكسندر).
        String s = (latin && word.startsWith("x") ? OPTIONAL_K + "s" + word.substring(1) : word)
                // pinyin's q, always before i, is the ch Arabic writes تش (Qiang, تشيانغ; Qin, تشين): other languages
                // write q before u or a (Qualcomm, Qatar)
                .replaceAll(latin ? "q(?=i)" : "^$", "ch")
                // before e, i and y, c is the s Arabic writes س (Face, فيس; Tencent, تينسنت)
                .replaceAll("c(?=[eiy])", "s");
        if (latin) {
            s = s.replace("tion", "sion");   // English says it sh, Arabic writes شن (Inflection, إنفلكشن)
        }
        if (!latin) {
            // ICU's kh is خ, a k or the h Turkish writes for it; its dh is ذ or ظ, a d or a z
            s = s.replace("kh", String.valueOf(KH_LETTER)).replace("dh", String.valueOf(DH_LETTER));
        }
        // The t of a ts, and of Arabic's تش (a ch), may be written or not in the other script (تسلا, Tesla;
        // سوتسكيفر, Sutskever; ماساتشوستس, Massachusetts).
        s = (latin ? s : s.replace("tsh", OPTIONAL_T + "s")).replaceAll("t+s(?!h)", OPTIONAL_T + "s")
                // French writes the ج of Maghrebi names dj (Abdelmadjid, عبد المجيد), and the g of an English final -ge
                // is the j Arabic writes ج or دج (Page, بيدج): the d is the affricate's onset, which one script writes
                // and the other may not
                .replaceAll(latin ? "dj|(?<=[aeiou])g(?=e$)" : "^$", OPTIONAL_T + "$0").replace(OPTIONAL_T + "dj",
                        OPTIONAL_T + "j")
                .replace("ngh", "ng").replace("sch", "s").replace("tch", "s").replace("tsh", "s").replace("sh", "s")
                .replace("zh", "1").replace("ch", "1")
                .replace("ph", "f").replace("th", "t").replace("dh", "t").replace("kh", "k").replace("gh", "k")
                .replace("ck", "k").replace("x", "ks")
                // an Arabic word starts with no cluster: its نج there, or after the article, has a vowel between (نجيب,
                // Najib; النجاح, An-Najah), not a nasal
                .replaceAll(latin || !initial ? "n[gj]" : "(?<=.)(?<!^al)n[gj]|(?<=^(al)?)ng", "n" + OPTIONAL_K);
        StringBuilder out = new StringBuilder();
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = switch (s.charAt(i)) {
                case 'p', 'b' -> 'b';
                // a Latin v is an f, or the و by which Arabic writes a Persian or Turkish v (Javad, جواد)
                case 'v' -> latin ? LATIN_V : 'f';
                case 'f' -> 'f';
                case 'g', 'k', 'q', 'c' -> 'k';
                case 'j' -> !latin ? 'k'
                        : i > 0 && "aeiou".indexOf(s.charAt(i - 1)) >= 0 && (i + 1 == s.length()
                        || "aeiou".indexOf(s.charAt(i + 1)) < 0) ? OPTIONAL_J
                        : i > 0 && Character.isLetter(s.charAt(i - 1)) && "aeiouy".indexOf(s.charAt(i - 1)) < 0
                        && i + 1 < s.length() && "aeiou".indexOf(s.charAt(i + 1)) >= 0 ? CONSONANT_J : LATIN_J;
                // a y that starts the second part of a hyphenated name is said, and Arabic writes it ي (Tae-yoon, تايون;
                // not جون, Jun, for Jae-yong)
                case 'y' -> latin ? i > 0 && s.charAt(i - 1) == HYPHEN ? LATIN_Y : latinVowel(s, i) : arabicY(s, i, initial);
                case HYPHEN -> JOINT;
                case 'd', 't' -> 't';
                case 'z', 's' -> 's';
                case 'l' -> 'l';
                case 'r' -> 'r';
                case 'm' -> 'm';
                case 'n' -> 'n';
                case '1' -> S_OR_K;
                case KH_LETTER -> KH;
                case DH_LETTER -> DH;
                case OPTIONAL_R_LETTER -> OPTIONAL_R;
                case FINAL_T_LETTER -> FINAL_T;
                // An h that starts a word both scripts write (Hock, هوك; Hee, هي): without it Lee Kun-hee was Lee
                // Kun. Inside a word Arabic may leave it out, and a Latin h there mostly only marks a vowel.
                // So does one after the article, which starts the name (الهاشمي, Al Hashemi).
                case 'h' -> i == 0 && initial || !latin && initial && i == 2 && s.startsWith("al") ? 'h'
                        : latin && i > 0 && "lmnr".indexOf(s.charAt(i - 1)) >= 0 ? OPTIONAL_H : 0;
                // a و inside a word before a vowel letter is a consonant, which may be the v of a Persian name (جواد,
                // Javad); before a consonant it is the vowel u (جونغ is not Kevan), and first in a word the w of Wang
                // (وانغ), not a Latin v after a vowel (Ivan)
                case 'w' -> latin ? OPTIONAL_F
                        : i > 0 && i + 1 < s.length() && "ayw".indexOf(s.charAt(i + 1)) >= 0 ? ARABIC_W : 0;
                case OPTIONAL_T, OPTIONAL_K, OPTIONAL_L -> s.charAt(i);
                // vowels (a Latin ai, ei or i is marked), Arabic's vowel letters و and ا, what ICU leaves for ayn
                // and hamza
                default -> latin ? latinVowel(s, i) : 0;
            };
            // two letters that fold into one are two consonants, not one written twice (قجر, Kacır: ق and ج); in Latin,
            // two stops (Kavukcuoglu, كافوكجو أوغلو; Schmidt, شميدت) but for French cq (Jacques, جاك), while sz and zs
            // are Polish and Hungarian digraphs (Łukasz, لوكاش)
            boolean twoLetters = c == last && letter(c) && s.charAt(i) != s.charAt(i - 1)
                    && (!latin || (c == 't' || c == 'k') && !(s.charAt(i - 1) == 'c' && s.charAt(i) == 'q'));
            if (c != 0 && (c != last || twoLetters) && !(c == 'k' && last == LATIN_J)) {
                out.append(c);
            }
            last = c;   // a doubled letter counts once (Hassabis, حسابيس); one a vowel parts is said twice
        }
        return out.toString();
    }

    /**
     * The Arabic name with its generic words in English, each as one word ("مجموعة علي بابا": group علي بابا).
     *
     * @param sonOf whether to leave out بن (son of) inside the name, as one spelling may: not in a stand-in name,
     *              which spells what the article wrote
     * @param translate whether to put the generic words in English; if not, they are kept as written
     */
    private static String translatedWords(String name, boolean sonOf, boolean translate) {
        return translatedWords(name, sonOf, translate, false);
    }

    /**
     * @param afterName whether a generic word of one word, bare, after a word of the name is kept as written, as the
     *                  end of a brand Arabic writes by its sound (سوفت بنك, SoftBank)
     */
    private static String translatedWords(String name, boolean sonOf, boolean translate, boolean afterName) {
        String[] tokens = name.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        boolean named = false;
        boolean lastNamed = false;
        for (int i = 0; i < tokens.length; i++) {
            String[] generic = arabicGenericAt(tokens, i);
            if (afterName && lastNamed && generic != null && generic[0].indexOf(' ') < 0
                    && arabicForms(tokens[i]).equals(generic[0]) && !generic[2].equals("company")
                    && !generic[2].equals("none")) {
                generic = null;
            }
            lastNamed = generic == null;
            // inside a name; first in it, after the kind of organization, ابن is a word of the name (جامعة ابن خلدون)
            if (sonOf && named && SON_OF.contains(arabicForms(tokens[i]))) {
                continue;
            }
            int title = !named && out.isEmpty() ? titleLength(tokens, i) : 0;
            if (title > 0 && i + title < tokens.length) {
                i += title - 1;
                if (i + 2 < tokens.length && titlesCountry(tokens[i + 1])) {
                    i++;
                }
                continue;   // a title, as in latinWords
            }
            if (generic == null) {
                out.add(tokens[i]);
                named = true;
            } else {
                int length = generic[0].split(" ").length;
                if (!translate) {
                    out.addAll(java.util.Arrays.asList(tokens).subList(i, i + length));
                } else if (!generic[1].isEmpty() && !generic[2].equals("company")) {
                    out.add(generic[1]);
                }
                i += length - 1;
            }
        }
        return String.join(" ", out);
    }

    private static String[] arabicGenericAt(String[] tokens, int i) {
        // the phrases whose first word the token may be, with a clitic or not, in the table's order
        String token = arabicForms(tokens[i]).replaceAll("[^\\u0621-\\u064A]", "");
        java.util.SortedMap<Integer, String[]> candidates = new java.util.TreeMap<>();
        for (String clitic : CLITICS) {
            if (token.startsWith(clitic)) {
                for (int at : ARABIC_BY_FIRST.getOrDefault(token.substring(clitic.length()), List.of())) {
                    candidates.put(at, ARABIC_GENERIC.get(at));
                }
            }
        }
        for (String[] g : candidates.values()) {
            String[] phrase = g[0].split(" ");
            if (i + phrase.length > tokens.length) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < phrase.length && all; k++) {
                all = withClitics(arabicForms(tokens[i + k]).replaceAll("[^\\u0621-\\u064A]", ""), phrase[k]);
            }
            if (all) {
                return g;
            }
        }
        return null;
    }

    private static boolean withClitics(String token, String word) {
        boolean article = word.startsWith("*");
        String stem = article ? word.substring(1) : word;
        for (String clitic : article ? WITH_ARTICLE : CLITICS) {
            if (token.equals(clitic + stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each word of the shorter name against its best unused word of the other, weighted by length.
     *
     * @param inOrder whether the words must pair in the order they are written (the kind of organization aside):
     *                names split into words differently are compared so, lest a word made of two (لي جاي, Lee Jae)
     *                pair with one of another name (Leike) and the rest with what is left
     */
    private static double pairedWords(List<String> a, List<String> b, boolean inOrder, boolean companyA,
            boolean companyB) {
        boolean aShorter = a.size() <= b.size();
        List<String> shorter = aShorter ? a : b;
        List<String> longer = aShorter ? b : a;
        boolean shorterCompany = aShorter ? companyA : companyB;
        boolean[] used = new boolean[longer.size()];
        double weighted = 0;
        int weight = 0;
        int lastPaired = -1;
        List<Integer> order = new ArrayList<>();
        boolean sharedKind = false;
        boolean ownPaired = false;
        boolean shorterNation = nationImplied(shorter, longer);
        boolean longerNation = nationImplied(longer, shorter);
        for (String word : shorter) {
            int best = -1;
            double bestScore = -1;
            for (int i = 0; i < longer.size(); i++) {
                // Latin parts read as one word meet a word Arabic writes as one; as parts, the words as written
                // compare them
                double score = used[i] ? -1
                        : word.indexOf(JOINT) >= 0 && longer.get(i).indexOf(JOINT) >= 0 ? 0 : ratio(word, longer.get(i));
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            if (inOrder && word.charAt(0) != KIND && longer.get(best).charAt(0) != KIND) {
                if (best < lastPaired) {
                    return 0;
                }
                lastPaired = best;
            }
            // A short first name weighs as much as three letters of a surname: Jack and Sam Altman are two people.
            int w = Math.max(3, Math.max(length(word), length(longer.get(best))));
            // A word that is not the other's spelled another way is another word, not part of one: Haluk is not
            // Selçuk (سلجوق), one letter in three apart, however long the family name they share. A word another
            // name writes as several must be those words exactly (Alibaba, علي بابا), or any two short words could
            // make up a long one (أندرو نغ, Andrew Ng, and Anthropic).
            boolean joined = word.indexOf(JOINT) >= 0 || longer.get(best).indexOf(JOINT) >= 0;
            boolean same = bestScore >= (joined ? 1 : SAME_WORD);
            weighted += (same ? bestScore : 0) * w;
            boolean freePlace = !same && shorterNation && word.charAt(0) == PLACE;
            weight += freePlace ? 0 : w;
            if (!same && !freePlace && (generic(word) || generic(longer.get(best)))) {
                // a generic word apart from the word it met is two words, each one name's (post, بريد, and information
                // technology; post and قطاع, sector), not one spelled two ways: a translation gives each its own word
                weight += Math.max(3, length(longer.get(best)));
            }
            // a place that costs nothing pairs with nothing: the word it met is still one only the other name has (the
            // Ministry of Communications and Technology (Syria) and وزارة الاتصالات وتقانة المعلومات, "information")
            used[best] |= !freePlace;
            ownPaired |= same && ownWord(word) && ownWord(longer.get(best));
            sharedKind |= same && word.charAt(0) == KIND;
            if (same) {
                order.add(best);
            }
        }
        if (personal(shorter) && personal(longer) && !keepsOrder(order, shorter.size())) {
            // A person's name keeps its order in either script: ناصر أمين is Nasser Amin, not Amin Nasser, and the
            // father and son of a chain of بن are told apart by it (علي بن محمد, Ali son of Mohammed)
            return 0;
        }
        if (!ownPaired && shorter.stream().anyMatch(CrossScriptNames::ownWord)
                && longer.stream().anyMatch(CrossScriptNames::ownWord)) {
            // Two names that both say which organization (or person) they are, and in no word alike, are two, however
            // many generic words they share: KAIST and Japan's JAIST (المعهد الياباني المتقدم للعلوم والتكنولوجيا)
            return 0;
        }
        // a holding is a company, and so is the establishment (مؤسسة) by which Arabic names a state corporation: a name
        // of no kind that says it is a company's leaves them unsaid (Libya Post, Telecommunications and Information
        // Technology Company, الشركة الليبية ... القابضة; Kuwait Petroleum Corporation, مؤسسة البترول الكويتية). Not a name
        // that says neither, which may be another company's of the holding's (Tabby and دبي القابضة, Dubai Holding)
        boolean companyKindUnsaid = shorterCompany && shorter.stream().noneMatch(w -> w.charAt(0) == KIND);
        for (int i = 0; i < longer.size(); i++) {
            // a kind the other name shares one with only says it again (مجموعة كوتش القابضة, Koç Holding: group and holding)
            if (!used[i] && !(longerNation && longer.get(i).charAt(0) == PLACE)
                    && !(sharedKind && longer.get(i).charAt(0) == KIND)
                    && !(companyKindUnsaid && COMPANY_KINDS.contains(longer.get(i)))) {
                // a word only one name has counts against the match; a word of the table that says what an
                // organization does, as four letters at least: it tells a unit from its parent (Paltel and شركة
                // الاتصالات الخلوية الفلسطينية, its cellular arm Jawwal), however short its English word
                weight += Math.max(longer.get(i).charAt(0) == DESCRIPTOR ? 4 : 3, length(longer.get(i)));
            }
        }
        return weight == 0 ? 0 : weighted / weight;
    }

    /**
     * Whether the words a name pairs with keep their order, or only a family name has moved from one end of a name of
     * three words or more to the other: the East Asian order turned Western (Chung Mong-koo, مونج كو تشونج), whose given
     * name of two words keeps its order. Two words turned round are another name.
     */
    private static boolean keepsOrder(List<Integer> order, int words) {
        int descents = 0;
        int at = 0;
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i) < order.get(i - 1)) {
                descents++;
                at = i;
            }
        }
        return descents == 0
                || descents == 1 && words >= 3 && order.size() >= 3 && (at == 1 || at == order.size() - 1)
                && order.get(order.size() - 1) < order.get(0);
    }

    /** A person's name, or one like it: words of its own only, none of the generic table, no number. */
    private static boolean personal(List<String> words) {
        return words.stream().allMatch(w -> w.charAt(0) != KIND && w.charAt(0) != DESCRIPTOR && w.charAt(0) != PLACE
                && !Character.isDigit(w.charAt(0)));
    }

    /**
     * Whether a name's country is one the other name leaves out: the one names a place and the other, made of generic
     * words only, none (Israel National Cyber Directorate, هيئة السايبر الوطنية, as a country's own press names it;
     * Israel Innovation Authority, سلطة الابتكار). The place then does not count against the match.
     */
    private static boolean nationImplied(List<String> withPlace, List<String> other) {
        // A state body's name is its country's, which a translation of it may leave out (Israel Innovation Authority,
        // سلطة الابتكار): national or not, a name of generic words only says no other country.
        return withPlace.stream().anyMatch(w -> w.charAt(0) == PLACE)
                && other.stream().noneMatch(CrossScriptNames::ownWord);
    }

    private static double ratio(String a, String b) {
        if (a.charAt(0) == KIND && b.charAt(0) == KIND) {
            // جهاز, an organ of the state, is what Arabic calls a state body of any of these kinds
            if (a.equals(ORGAN) && ORGAN_KINDS.contains(b) || b.equals(ORGAN) && ORGAN_KINDS.contains(a)) {
                return 1;
            }
            // a kind is one kind in the singular and the plural (Lab, مختبرات)
            a = a.endsWith("s") ? a.substring(0, a.length() - 1) : a;
            b = b.endsWith("s") ? b.substring(0, b.length() - 1) : b;
        }
        int longest = Math.max(length(a), length(b));
        double r = longest == 0 ? 1 : Math.max(0, 1 - (double) distance(a, b) / longest);
        if (r < 1 && (generic(a) || generic(b))) {
            // a word of the table is that word, not one spelled another way: Bahrain is not Hebron (الخليل), Palestine
            // not Pakistan, technology not Tsinghua
            return 0;
        }
        if (r < 1 && articled(a) && articled(b)) {
            // the article both names write is no letter of the name: Al-Falih and الفيصل are two letters apart in three,
            // not in four
            r = Math.min(r, ratio(a.substring(articleEnd(a)), b.substring(articleEnd(b))));
        }
        return r;
    }

    /** A word that starts with the article (al-, el-, ال) before a name of two consonants or more. */
    private static boolean articled(String word) {
        return articleEnd(word) > 0;
    }

    /** Where the name after the article starts in a word that starts with one, or 0. */
    private static int articleEnd(String word) {
        int end = word.startsWith("l") || word.charAt(0) == OPTIONAL_L ? 1 : word.startsWith(LEADING_VOWEL + "l") ? 2 : 0;
        return end > 0 && length(word.substring(end)) >= 2 ? end : 0;
    }

    /** The consonants: the marks can cost, but are not letters of the skeleton that a match is measured by. */
    private static int length(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            n += letter(word.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /** A letter of the skeleton (a consonant, a mark that must stand for one, a digit), not a mark that may not. */
    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean finalVowel(char c) {
        return c == WRITTEN_VOWEL || c == OPTIONAL_VOWEL || c == SPOKEN_VOWEL || c == SYLLABLE_VOWEL || c == TA_MARBUTA
                || c == GLIDE_VOWEL || c == GLIDE_SYLLABLE;
    }

    /** Only a vowel Arabic writes, and a Latin one that is said, cost when the other name has none. */
    private static int insertion(char c) {
        return letter(c) || c == WRITTEN_VOWEL || c == SPOKEN_VOWEL || c == SYLLABLE_VOWEL || c == TA_MARBUTA
                || c == GLIDE_VOWEL || c == GLIDE_SYLLABLE || c == LEADING_SYLLABLE
                || c == ARABIC_AY || c == LATIN_AI || c == FINAL_T || c == LATIN_Y ? 1 : 0;
    }

    private static int substitution(char a, char b) {
        // a syllable of its own is not a final e that may be silent, nor a vowel without the glide
        if (a == SYLLABLE_VOWEL && b == OPTIONAL_VOWEL || b == SYLLABLE_VOWEL && a == OPTIONAL_VOWEL
                || a != b && (a == GLIDE_SYLLABLE && b != GLIDE_VOWEL && finalVowel(b)
                || b == GLIDE_SYLLABLE && a != GLIDE_VOWEL && finalVowel(a))) {
            return 1;
        }
        if (a == b || standsFor(a, b) || standsFor(b, a) || (finalVowel(a) && finalVowel(b))) {
            return 0;
        }
        // A vowel is not a consonant misheard: the name with it has a syllable more and the other a consonant more
        // (LeCun, ليكه: Leike).
        return !letter(a) || !letter(b) ? insertion(a) + insertion(b) : 1;
    }

    private static boolean standsFor(char mark, char letter) {
        if (letter == KH && mark != KH) {
            return mark == 'k' || mark == 'h' || standsFor(mark, 'k');
        }
        if (letter == DH && mark != DH) {
            return mark == 't' || mark == 's' || standsFor(mark, 't') || standsFor(mark, 's');
        }
        return mark == OPTIONAL_T && letter == 't' || mark == OPTIONAL_F && (letter == 'f' || letter == LATIN_V)
                || mark == LATIN_V && (letter == 'f' || letter == ARABIC_W)
                || mark == OPTIONAL_H && (letter == 'h' || letter == WRITTEN_VOWEL)
                || mark == OPTIONAL_K && letter == 'k'
                || mark == OPTIONAL_L && letter == 'l'
                || mark == OPTIONAL_R && letter == 'r'
                || mark == FINAL_T && (letter == 't' || finalVowel(letter))
                || mark == LATIN_Y && (letter == ARABIC_I || letter == ARABIC_AY || letter == ARABIC_Y)
                || mark == LEADING_VOWEL && letter == LEADING_SYLLABLE
                || mark == TA_MARBUTA && letter == 't'
                || mark == ARABIC_AY && (letter == LATIN_AI || letter == LATIN_I)
                || mark == ARABIC_I && letter == LATIN_AI
                || mark == S_OR_K && (letter == 's' || letter == 'k')
                || mark == LATIN_J && (letter == 'k' || letter == ARABIC_Y)
                || mark == CONSONANT_J && (letter == 'k' || letter == ARABIC_Y || letter == ARABIC_I)
                || mark == OPTIONAL_J && (letter == 'k' || finalVowel(letter));
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

    /** The skeletons of the kinds a company is (holdings, foundation), which {@link #pairedWords} lets it leave unsaid. */
    private static final Set<String> COMPANY_KINDS = Set.of(genericSkeleton("holdings"), genericSkeleton("foundation"));
    /** The skeleton of جهاز, an organ of the state, and of the kinds a Latin name gives it. */
    private static final String ORGAN = genericSkeleton("organ");
    private static final Set<String> ORGAN_KINDS = Set.of(genericSkeleton("authority"), genericSkeleton("agency"),
            genericSkeleton("organization"));
    /** The skeletons of the kinds of public bodies. */
    private static final Set<String> BODY_SKELETONS = BODIES.stream().map(CrossScriptNames::genericSkeleton)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static String genericSkeleton(String english) {
        List<String> words = new ArrayList<>();
        genericWord(english, words);
        return words.get(0);
    }
}
