package io.talentgraph.ingest;

import io.talentgraph.model.PartialDate;

import java.util.Objects;

/**
 * A plain-text news article to read.
 *
 * @param name      a short name for it, usually the file name without extension; drafts derive their ids from it
 * @param text      the full text, exactly as quotes and offsets will refer to it
 * @param language  its language
 * @param outlet    who published it, or {@code null}
 * @param published when it was published, or {@code null}; relative times ("last month") resolve against it
 */
public record Article(String name, String text, Language language, String outlet, PartialDate published) {

    /**
     * Requires name, text and language.
     *
     * @param name      a short name for it, usually the file name without extension; drafts derive their ids from it
     * @param text      the full text, exactly as quotes and offsets will refer to it
     * @param language  its language
     * @param outlet    who published it, or {@code null}
     * @param published when it was published, or {@code null}; relative times ("last month") resolve against it
     */
    public Article {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }

    /**
     * An article whose language is detected from its text.
     *
     * @param name a short name
     * @param text the text
     * @return the article, with no outlet or publication date
     */
    public static Article of(String name, String text) {
        return new Article(name, text, Language.detect(text), null, null);
    }

    /**
     * @param outlet the publisher, or {@code null}
     * @return a copy with it
     */
    public Article withOutlet(String outlet) {
        return new Article(name, text, language, outlet, published);
    }

    /**
     * @param date the publication date, or {@code null}; relative times resolve against it
     * @return a copy with it
     */
    public Article withPublished(PartialDate date) {
        return new Article(name, text, language, outlet, date);
    }
}
