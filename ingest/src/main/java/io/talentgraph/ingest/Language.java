package io.talentgraph.ingest;

import io.talentgraph.TalentGraphException;

import java.util.Locale;

/** The languages the extractor reads. */
public enum Language {
    /** Arabic. */
    AR("ar"),
    /** English. */
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** @return the ISO 639-1 code, as datasets write it */
    public String code() {
        return code;
    }

    /**
     * @param code {@code ar} or {@code en}, any case
     * @return the language
     * @throws TalentGraphException for any other code
     */
    public static Language of(String code) {
        for (Language l : values()) {
            if (l.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new TalentGraphException("Unsupported language '" + code + "': use ar or en.");
    }

    /**
     * Arabic when Arabic letters make up at least a fifth of the letters (Arabic news quotes many Latin
     * names), English otherwise.
     *
     * @param text the article
     * @return its language
     */
    public static Language detect(String text) {
        long arabic = 0;
        long letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                    arabic++;
                }
            }
        }
        return letters > 0 && arabic * 5 >= letters ? AR : EN;
    }
}
