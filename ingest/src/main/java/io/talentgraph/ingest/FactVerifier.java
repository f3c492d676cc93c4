package io.talentgraph.ingest;


/**
 * Checks every fact an {@link Extractor} proposes against the article's text before a draft is written,
 * so that what makes a fact true to its text is decided in one place, whatever proposed it. For each fact:
 * <ul>
 *   <li><b>Quotes</b> are found again in the text (offsets recomputed, never trusted; only whitespace may
 *       differ). A quote that is not there is dropped; a fact left without a quote is rejected. A quote in a
 *       sentence addressed to a model ("ignore the instructions…") supports nothing.</li>
 *   <li><b>Both ends</b> (person and hirer, person and organization, investor and target…) are named in the
 *       quote's sentence, or in one of the two sentences before it in the same paragraph (coreference), or
 *       referred to as "the company" / "الشركة" after being named. An optional end ({@code from}) that is not
 *       named is dropped; a required one rejects the fact. A person whose name reads as a noun phrase
 *       ("head of X's models") rejects it.</li>
 *   <li><b>Hires</b>: a failure, refusal or denial cue in the hire's own clause ("turned down", "talks
 *       collapsed", "لم تتمكن", "رفض", "باءت بالفشل") makes it a failed {@code hiring-attempt}, never a hire;
 *       an attempt cue without success ("tried", "حاولت") makes it an attempt; a negation drops it; "left X"
 *       rejects a hire by X. The clause is the words between the two ends, widened a few words but never
 *       across clause punctuation, "but" / "بينما", or another person's name.</li>
 *   <li><b>Roles</b>: "former", "ex-", "السابق", "left" next to the organization make a role former; a role at
 *       the organization a hire took the person away from is former too.</li>
 *   <li><b>Dates</b>: a relative time is resolved against the publication date; a calendar date the nearby
 *       text does not support is dropped. A hire {@code ends} the jobs and roles the graph holds for the
 *       person at the organization left.</li>
 * </ul>
 * Rejected proposals stay in the draft ({@link Draft#rejected()}) with the reason, written as
 * {@code review: rejected}. The word lists live in {@code verifier-cues.txt}.
 */
public final class FactVerifier {

    private static final FactVerifier INSTANCE = new FactVerifier();

    private FactVerifier() {
    }

    /** @return the verifier (stateless and thread-safe) */
    public static FactVerifier create() {
        return INSTANCE;
    }

    /**
     * @param draft     what an extractor proposed
     * @param gazetteer what is known: the names of known entities and the jobs a hire may end
     * @return the draft with each fact kept, corrected (with a note saying why) or rejected (with the reason)
     */
    public Draft verify(Draft draft, Gazetteer gazetteer) {
        return Verification.verify(draft, gazetteer);
    }
}
