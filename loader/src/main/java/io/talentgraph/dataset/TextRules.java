package io.talentgraph.dataset;

import java.lang.Character.UnicodeScript;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a text in a dataset may hold. Names are what people search for and what duplicates are detected
 * by, so a name that renders like another but differs in its code points (an invisible character, a
 * Cyrillic letter among Latin ones) would let a second "Alexandr Wang" into the graph unnoticed.
 */
final class TextRules {

    /** Scripts that are written together in one name: Japanese and Korean mix Han with their own. */
    private static final List<Set<UnicodeScript>> SCRIPTS_WRITTEN_TOGETHER = List.of(
            EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
            EnumSet.of(UnicodeScript.HAN, UnicodeScript.HANGUL),
            EnumSet.of(UnicodeScript.HAN, UnicodeScript.BOPOMOFO));

    /** Larger than any sum a source reports; such a number is a typo or a unit slip. */
    public static final BigDecimal LARGEST_AMOUNT = new BigDecimal("10000000000000");

    private TextRules() {
    }

    /**
     * Control characters, stray surrogates and directional overrides have no place in any text: they
     * hide or reorder what a reader sees. Marks such as the right-to-left mark stay allowed in free text.
     *
     * @param value any string or key of a dataset
     * @return what is wrong, or {@code null}
     */
    public static String checkText(String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (cp == 0) {
                return "contains a NUL character at position " + (i + 1) + ": the file is probably UTF-16 or binary; "
                        + "save it as UTF-8 text";
            }
            if (isControl(cp) || Character.getType(cp) == Character.SURROGATE || isDirectionalOverride(cp)) {
                return "contains " + describe(cp) + " at position " + (i + 1) + ", which hides or reorders text: "
                        + "remove it";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /**
     * Names must show every character they hold and be written in one script.
     *
     * @param value a name, Arabic name, alias or outlet of an entry
     * @return what is wrong, or {@code null}
     */
    public static String checkName(String value) {
        String textProblem = checkText(value);
        if (textProblem != null) {
            return textProblem;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (isInvisible(cp)) {
                return "contains the invisible character " + describe(cp) + " at position " + (i + 1)
                        + ": retype the name with plain letters and spaces";
            }
            i += Character.charCount(cp);
        }
        Set<UnicodeScript> scripts = scripts(value);
        if (scripts.size() > 1 && SCRIPTS_WRITTEN_TOGETHER.stream().noneMatch(s -> s.containsAll(scripts))) {
            Set<String> names = new TreeSet<>();
            scripts.forEach(s -> names.add(s.name().toLowerCase(Locale.ROOT)));
            return "mixes " + String.join(" and ", names) + " letters (" + minorityLetter(value, scripts)
                    + "): a look-alike letter? Write each name in one script; put other spellings in nameAr or aliases";
        }
        return null;
    }

    /**
     * Sums that no source states: zero, fractions of a cent, or beyond {@link #LARGEST_AMOUNT}.
     *
     * @param value the number an amount states, as the dataset writes it
     * @return what is wrong, or {@code null}
     */
    public static String checkAmount(BigDecimal value) {
        if (value.signum() < 0) {
            return "the amount " + value.toPlainString() + " is negative: state the sum as a positive number";
        }
        if (value.signum() == 0) {
            return "the amount is 0: leave the amount out when the source gives none";
        }
        if (value.compareTo(LARGEST_AMOUNT) > 0) {
            return "the amount " + value.toPlainString() + " is larger than any reported sum (at most "
                    + LARGEST_AMOUNT.toPlainString() + "): check the number of zeros";
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return "the amount " + value.toPlainString() + " has fractions of a cent: write it in whole currency "
                    + "units, e.g. 14300000000 for 14.3 billion";
        }
        return null;
    }

    private static Set<UnicodeScript> scripts(String value) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        value.codePoints().forEach(cp -> {
            UnicodeScript s = UnicodeScript.of(cp);
            if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED && s != UnicodeScript.UNKNOWN) {
                scripts.add(s);
            }
        });
        return scripts;
    }

    /** The first letter of the script that occurs least, which is usually the look-alike. */
    private static String minorityLetter(String value, Set<UnicodeScript> scripts) {
        UnicodeScript rarest = null;
        long fewest = Long.MAX_VALUE;
        for (UnicodeScript s : scripts) {
            long n = value.codePoints().filter(cp -> UnicodeScript.of(cp) == s).count();
            if (n < fewest) {
                fewest = n;
                rarest = s;
            }
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (UnicodeScript.of(cp) == rarest) {
                return "'" + new String(Character.toChars(cp)) + "' " + describe(cp) + " at position " + (i + 1);
            }
            i += Character.charCount(cp);
        }
        return "";
    }

    private static boolean isControl(int cp) {
        return Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r';
    }

    private static boolean isDirectionalOverride(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /** Format characters (zero-width, bidi marks, BOM, soft hyphen), odd spaces and blank-looking letters. */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT
                || type == Character.SPACE_SEPARATOR && cp != ' '
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800
                || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    /**
     * Names a character in messages, since the characters these rules refuse are often invisible.
     *
     * @param cp a Unicode code point
     * @return its code and, when Unicode names it, its name, e.g. {@code U+200B ZERO WIDTH SPACE}
     */
    public static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X%s", cp, name == null ? "" : " " + name);
    }
}
