package io.talentgraph.ingest;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalization that tokens, names and rule words all go through, so that they compare: Unicode
 * NFC, Lucene's Arabic normalization (alef forms to bare alef, teh marbuta to heh, alef maksura to yeh,
 * no diacritics or tatweel), Arabic-Indic digits and punctuation to their ASCII counterparts, lower case.
 */
final class Norm {

    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    private Norm() {
    }

    /**
     * @param text any text
     * @return its normalized form
     */
    public static String of(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        char[] chars = new char[nfc.length()];
        int n = 0;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                c = (char) ('0' + (c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                c = (char) ('0' + (c - '\u06F0'));
            } else {
                switch (c) {
                    case '\u060C' -> c = ',';
                    case '\u061B' -> c = ';';
                    case '\u061F' -> c = '?';
                    case '\u066B' -> c = '.';
                    case '\u066C' -> c = ',';
                    case '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E' -> c = '"';
                    case '\u2018', '\u2019', '\u201B' -> c = '\'';
                    case '\u200C', '\u200D', '\u200E', '\u200F', '\u061C' -> c = 0;
                    default -> {
                    }
                }
            }
            if (c != 0) {
                chars[n++] = c;
            }
        }
        n = ARABIC.normalize(chars, n);
        return new String(chars, 0, n).toLowerCase(Locale.ROOT);
    }

    /**
     * @param c a character
     * @return whether it is an Arabic letter
     */
    public static boolean isArabic(char c) {
        return Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC;
    }

    /**
     * @param c a character
     * @return whether it is a Latin letter
     */
    public static boolean isLatin(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
