package io.talentgraph.ingest;

import io.talentgraph.model.PartialDate;

import java.math.BigDecimal;

/**
 * One unit of a tagged sentence: a plain token, or a span recognized as an entity, a title, an amount, a
 * count or a time. Rules see entities as placeholders and read the rest word by word.
 *
 * @param kind    what it is
 * @param start   offset of its first char in the article
 * @param end     offset after its last char
 * @param text    the text as written
 * @param norm    normalized text (for tokens)
 * @param entity  the entity, for entity kinds
 * @param how     how the entity was recognized ({@code name}, {@code surname}, {@code coreference}...)
 * @param title   the title, for {@link Kind#TITLE}
 * @param amount  the amount, for {@link Kind#AMOUNT}
 * @param count   the number, for {@link Kind#COUNT}
 * @param date    the resolved date, for {@link Kind#TIME} (may be {@code null} without a publication date)
 */
record Item(Kind kind, int start, int end, String text, String norm, Entities.Entity entity, String how,
            Lexicon.Title title, AmountValue amount, long count, PartialDate date) {

    /** What an item is; {@link #code()} is how rules see it. */
    enum Kind {
        WORD, PUNCT, PERSON, ORG, PRODUCT, OUTLET, TITLE, AMOUNT, COUNT, TIME
    }

    /**
     * A sum of money.
     *
     * @param value     the number
     * @param currency  ISO code
     * @param qualifier {@code exact}, {@code up-to}, {@code more-than} or {@code about}
     */
    record AmountValue(BigDecimal value, String currency, String qualifier) {
    }

    static Item token(TextAnalyzer.Token t) {
        return new Item(t.isWord() ? Kind.WORD : Kind.PUNCT, t.start(), t.end(), t.text(), t.norm(), null, null, null,
                null, 0, null);
    }

    static Item entity(Kind kind, int start, int end, String text, Entities.Entity entity, String how) {
        return new Item(kind, start, end, text, Norm.of(text), entity, how, null, null, 0, null);
    }

    /** @return the rule-facing form: a placeholder for recognized spans, the normalized word otherwise */
    String code() {
        return switch (kind) {
            case WORD, PUNCT -> norm;
            case PERSON -> "⟪P⟫";
            case ORG -> "⟪O⟫";
            case PRODUCT -> "⟪X⟫";
            case OUTLET -> "⟪S⟫";
            case TITLE -> title.lead() ? "⟪T⟫" : "⟪t⟫";
            case AMOUNT -> "⟪A⟫";
            case COUNT -> "⟪N⟫";
            case TIME -> "⟪D⟫";
        };
    }
}
