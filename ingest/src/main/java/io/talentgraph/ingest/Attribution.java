package io.talentgraph.ingest;

/**
 * Who says a proposed fact is so.
 *
 * @param kind     {@code stated}, {@code reported}, {@code unnamed-reports} or {@code claimed}
 * @param outlet   the reporting outlet, for {@code reported}
 * @param claimant the person, for {@code claimed}
 * @param cue      the words that say so, for the reviewer
 */
record Attribution(String kind, Entities.Entity outlet, Entities.Entity claimant, String cue) {

    static final Attribution STATED = new Attribution("stated", null, null, null);

    static Attribution reported(Entities.Entity outlet, String cue) {
        return new Attribution("reported", outlet, null, cue);
    }

    static Attribution unnamed(String cue) {
        return new Attribution("unnamed-reports", null, null, cue);
    }

    static Attribution claimed(Entities.Entity person, String cue) {
        return new Attribution("claimed", null, person, cue);
    }
}
