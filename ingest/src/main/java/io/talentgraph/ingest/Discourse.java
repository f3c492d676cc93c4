package io.talentgraph.ingest;

/**
 * What the article has been about so far, for resolving "the company", "this group", "the report" and
 * sentences without a subject: updated sentence by sentence as the extractor reads.
 */
final class Discourse {
    /** The organization that last acted (hired, invested, tried to hire): what "the company" means next. */
    Entities.Entity focusOrganization;
    /** The last lab or group mentioned: what "this group" means. */
    Entities.Entity lastLab;
    /** The last outlet named: what "the report" means. */
    Entities.Entity lastOutlet;
    /** The first person named in the previous sentence: the subject of a sentence that names none. */
    Entities.Entity previousSubject;
    /** The person who spoke last: who "he added" is. */
    Entities.Entity lastSpeaker;
    /** Attribution of the previous sentence, for a sentence that continues it. */
    Attribution previousAttribution;
}
