package io.talentgraph.ingest;

import io.talentgraph.ingest.TextView.Sentence;
import io.talentgraph.ingest.TextView.Span;
import io.talentgraph.ingest.VerifierCues.Kind;
import io.talentgraph.dataset.Evidence;
import io.talentgraph.dataset.FactType;
import io.talentgraph.model.PartialDate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the fact verifier over one draft (see {@code io.talentgraph.ingest.FactVerifier}, which
 * documents the rules). Each proposal is either kept, possibly corrected with a note that says why, or
 * rejected with a reason.
 */
final class Verification {

    private static final String NOTE = "verifier: ";
    private static final Set<Character> CLAUSE_PUNCTUATION = Set.of(',', '،', ';', '؛', ':', '(', ')', '—', '–', '"',
            '“', '”', '«', '»', '.', '!', '?', '؟', '\n');
    private static final Set<FactType> ROLES = Set.of(FactType.LEADS, FactType.WORKS_AT);
    private static final Pattern NOT_A_NAME_EN = Pattern.compile(
            "(?i).*\\b(head|chief|team|models?|division|unit|group|researchers?|engineers?|staff|company|lab|"
                    + "officer|director|president|founder|ceo|cto|the|of|and|who|which)\\b.*|.*'s\\b.*|.*\\d.*");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "bin", "ibn", "al",
            "el", "da", "di", "du", "le", "la", "dos", "das", "del", "ben", "abu", "st");
    private static final List<String> NOT_A_NAME_AR = List.of("رئيس", "رئيسة", "مدير", "مديرة", "فريق", "قسم", "نماذج",
            "شركة", "مختبر", "مختبرات", "باحث", "باحثة", "باحثين", "مهندس", "مهندسين", "الرئيس", "المدير", "كبير",
            "كبيرة", "مسؤول", "الذي", "التي", "نائب");
    private static final List<String> ORG_ANAPHORS = List.of("the company", "the firm", "the startup", "the lab",
            "the group", "the social media giant", "the tech giant", "the giant", "الشركة", "المختبر", "الشركه",
            "المجموعة", "العملاقة");
    private static final List<String> GENERIC_ORG_WORDS = List.of("inc", "inc.", "corp", "corporation", "labs", "lab",
            "ai", "technologies", "platforms", "llc", "ltd");
    private static final List<String> GENERIC_ORG_WORDS_AR = List.of("شركة", "مختبرات", "مختبر", "شركه");

    private final Draft draft;
    private final Gazetteer gazetteer;
    private final TextView view;
    private final Language language;
    private final Map<String, Draft.Entity> entities = new HashMap<>();
    /** Which organization each unit is part of, from the gazetteer and the draft's own part-of proposals. */
    private final Map<String, String> partOf = new HashMap<>();
    /**
     * The units the article says their whole bought (a sentence names both with an acquisition cue): their people who
     * join the buyer with the deal are hired away from them, although the unit is part of the hirer afterwards.
     */
    private final Map<String, String> acquiredBy = new HashMap<>();

    private Verification(Draft draft, Gazetteer gazetteer) {
        this.draft = draft;
        this.gazetteer = gazetteer;
        this.view = new TextView(draft.article().text());
        this.language = draft.article().language();
        draft.entities().forEach(e -> entities.put(e.id(), oneScriptSpellings(e)));
        partOf.putAll(gazetteer.partOf());
        List<Draft.Fact> partOfFacts = draft.facts().stream().filter(f -> f.type() == FactType.PART_OF).toList();
        List<Span> acquisitions = partOfFacts.isEmpty() ? List.of() : view.sentences.stream().map(Sentence::span)
                .filter(span -> cue(Kind.ACQUISITION, span) != null).toList();
        for (Draft.Fact f : partOfFacts) {
            partOf.putIfAbsent(f.text("part"), f.text("whole"));
            if (saysBought(f, acquisitions)) {
                acquiredBy.putIfAbsent(f.text("part"), f.text("whole"));
            }
        }
    }

    /**
     * Whether the article says the whole bought the part or merged it in: one of the sentences with an acquisition
     * cue names both ("Nvidia completed its acquisition of Run:ai"). The part-of's own quote often says only what
     * followed ("Oven becomes part of Anthropic").
     */
    private boolean saysBought(Draft.Fact partOfFact, List<Span> acquisitions) {
        Draft.Entity part = entities.get(partOfFact.text("part"));
        Draft.Entity whole = entities.get(partOfFact.text("whole"));
        return part != null && whole != null && acquisitions.stream()
                .anyMatch(span -> !mentions(part, span).isEmpty() && !mentions(whole, span).isEmpty());
    }

    /**
     * A dataset holds each spelling in one script, so a spelling that mixes them ("أكاديمية DAMO", as Arabic writes
     * a Latin brand) is dropped from the entity, with the reason; the article's words stay in the quotes.
     */
    private static Draft.Entity oneScriptSpellings(Draft.Entity e) {
        List<String> dropped = new ArrayList<>();
        String nameAr = e.nameAr() != null && mixesScripts(e.nameAr()) ? null : e.nameAr();
        if (nameAr == null && e.nameAr() != null) {
            dropped.add(e.nameAr());
        }
        List<String> aliases = e.aliases().stream().filter(a -> !mixesScripts(a)).toList();
        List<String> spellings = e.newSpellings().stream().filter(a -> !mixesScripts(a)).toList();
        e.aliases().stream().filter(Verification::mixesScripts).forEach(dropped::add);
        e.newSpellings().stream().filter(Verification::mixesScripts).filter(a -> !dropped.contains(a)).forEach(dropped::add);
        if (dropped.isEmpty()) {
            return e;
        }
        List<String> why = new ArrayList<>(e.why());
        why.add(NOTE + "dropped the spelling " + String.join(", ", dropped.stream().map(d -> "'" + d + "'").toList())
                + ": it mixes Arabic and Latin letters, which a dataset name cannot");
        return new Draft.Entity(e.kind(), e.id(), e.name(), nameAr, aliases, e.orgKind(), e.known(), spellings,
                e.seenAs(), why);
    }

    private static boolean mixesScripts(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                && name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /**
     * @param draft     what an extractor proposed
     * @param gazetteer what is known: names of known entities, and jobs a hire may end
     * @return the draft with each fact kept, corrected or moved to {@link Draft#rejected()}
     */
    public static Draft verify(Draft draft, Gazetteer gazetteer) {
        return new Verification(draft, gazetteer).run();
    }

    /** A proposal's fate. */
    private record Verdict(Draft.Fact fact, String rejection) {
        static Verdict keep(Draft.Fact f) {
            return new Verdict(f, null);
        }

        static Verdict reject(Draft.Fact f, String why) {
            return new Verdict(f, why);
        }
    }

    private Draft run() {
        List<Draft.Rejected> rejected = new ArrayList<>(draft.rejected());
        Map<String, Draft.Fact> kept = new LinkedHashMap<>();
        for (Draft.Fact proposed : draft.facts()) {
            Verdict v = check(proposed);
            if (v.rejection() != null) {
                rejected.add(new Draft.Rejected(proposed, v.rejection()));
                continue;
            }
            Draft.Fact f = v.fact();
            Draft.Fact same = kept.get(f.id());
            kept.put(f.id(), same == null ? f : merge(same, f));
        }
        sameMoves(kept, rejected);
        List<Draft.Fact> facts = endings(new ArrayList<>(kept.values()));
        return new Draft(draft.id(), draft.title(), draft.article(), draft.extractor(), draft.sources(),
                draft.entities().stream().map(e -> entities.get(e.id())).toList(), draft.claims(), facts, rejected);
    }

    /**
     * One move, proposed twice: a hire that names no origin, beside a hire of the same person by the same
     * organization (or its unit or parent) that does, says nothing the other does not, and counted alone it
     * would be a second move. It goes to the rejected proposals.
     */
    private void sameMoves(Map<String, Draft.Fact> kept, List<Draft.Rejected> rejected) {
        List<Draft.Fact> hires = kept.values().stream().filter(f -> f.type() == FactType.HIRE).toList();
        for (Draft.Fact vague : hires) {
            if (vague.text("from") != null) {
                continue;
            }
            hires.stream()
                    .filter(h -> h.text("from") != null && h.text("person").equals(vague.text("person"))
                            && (h.text("by").equals(vague.text("by")) || related(h.text("by"), vague.text("by"))))
                    .findFirst()
                    .ifPresent(full -> {
                        kept.remove(vague.id());
                        rejected.add(new Draft.Rejected(vague, "the same move as the hire by '"
                                + entities.get(full.text("by")).name() + "' from '" + entities.get(full.text("from")).name()
                                + "', which names where the person comes from"));
                    });
        }
    }

    private Draft.Fact merge(Draft.Fact a, Draft.Fact b) {
        List<Evidence> quotes = new ArrayList<>(a.evidence());
        b.evidence().stream().filter(e -> quotes.stream().noneMatch(q -> q.quote().equals(e.quote()))).forEach(quotes::add);
        List<String> notes = new ArrayList<>(a.notes());
        b.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
        Map<String, Object> fields = new LinkedHashMap<>(b.fields());
        fields.putAll(a.fields());
        if (a.type() == FactType.HIRE && b.text("from") != null && !b.text("from").equals(a.text("from"))
                && namesOriginWithFrom(b) && !namesOriginWithFrom(a)) {
            // "Meta poaches Salesforce AI chief Clara Shih" and "Meta has poached Clara Shih from Salesforce": the
            // origin the text names as the one left wins over a title's unit (gold-conventions H4)
            fields.put("from", b.text("from"));
            notes.add(NOTE + "from '" + entities.get(b.text("from")).name() + "', which the text names as the one left, "
                    + "rather than '" + entities.get(a.text("from")).name() + "' from a title");
        }
        return a.with(fields, quotes, notes);
    }

    /** Whether a quote of the hire says "from Z" / "من Z" of its origin Z. */
    private boolean namesOriginWithFrom(Draft.Fact hire) {
        Draft.Entity origin = hire.text("from") == null ? null : entities.get(hire.text("from"));
        if (origin == null) {
            return false;
        }
        for (Evidence e : hire.evidence()) {
            String quote = Norm.of(e.quote());
            for (String form : forms(origin)) {
                String f = Norm.of(form);
                if (quote.contains("from " + f) || quote.contains("من " + f)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- one proposal ----------------------------------------------------------------------------------

    private Verdict check(Draft.Fact f) {
        Map<String, Object> fields = new LinkedHashMap<>(f.fields());
        List<String> notes = new ArrayList<>(f.notes());

        String missing = references(f, fields, notes);
        if (missing != null) {
            return Verdict.reject(f, missing);
        }
        String shape = shape(f.type(), fields);
        if (shape != null) {
            return Verdict.reject(f, shape);
        }
        for (FactType.Field field : f.type().fields()) {
            if (field.ref() == FactType.Ref.PERSON && fields.get(field.name()) instanceof String id) {
                String odd = notAName(entities.get(id));
                if (odd != null) {
                    return Verdict.reject(f, odd);
                }
            }
        }

        String leader = ownLeader(f, fields);
        if (leader != null) {
            return Verdict.reject(f, leader);
        }

        List<Evidence> quotes = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            Span at = locate(e);
            if (at == null) {
                notes.add(NOTE + "dropped a quote that is not in the article: '" + shorten(e.quote()) + "'");
            } else {
                spans.add(at);
                quotes.add(new Evidence(view.text(at), e.en(), view.text.codePointCount(0, at.start()),
                        view.text.codePointCount(0, at.end())));
            }
        }
        if (quotes.isEmpty()) {
            return Verdict.reject(f, "none of its quotes is in the article"
                    + (f.evidence().isEmpty() ? "" : ": '" + shorten(f.evidence().get(0).quote()) + "'"));
        }
        String injected = injected(spans);
        if (injected != null) {
            return Verdict.reject(f, "its quote stands in text addressed to a model ('" + injected
                    + "'), not in a statement of fact");
        }

        List<Sentence> window = sentences(spans);
        for (FactType.Field field : f.type().fields()) {
            if (field.ref() == null || field.ref() == FactType.Ref.GROUP || field.ref() == FactType.Ref.CLAIM
                    || !(fields.get(field.name()) instanceof String id)
                    // a speaker is often named paragraphs before the words quoted; attribution is the extractor's reading
                    || f.type() == FactType.CLAIMED) {
                continue;
            }
            Draft.Entity e = entities.get(id);
            String found = mentioned(e, window, List.of("by", "organization", "investor").contains(field.name())
                    && f.type() != FactType.LEADS && f.type() != FactType.WORKS_AT);
            if (found == null) {
                if (f.type() == FactType.HIRE && field.name().equals("from")) {
                    // a move is a fact about where the person came from: an origin read somewhere else is a misreading
                    // of the move, not a detail to drop and keep the rest
                    return Verdict.reject(f, "the text near its quote does not name its origin '" + e.name()
                            + "': where the person came from was read from elsewhere");
                }
                if (!field.required()) {
                    fields.remove(field.name());
                    notes.add(NOTE + "dropped " + field.name() + " '" + e.name() + "': the text near the quote does not name it");
                    continue;
                }
                return Verdict.reject(f, "the text near its quote does not mention " + field.name() + " '" + e.name() + "'");
            }
            if (!found.isEmpty() && f.type() == FactType.HIRE && field.name().equals("from")) {
                String joined = joinedEarlier(entities.get(f.text("person")), e, window);
                if (joined != null) {
                    return Verdict.reject(f, "its origin '" + e.name() + "' is named only in a sentence before, which says the "
                            + "person joined it ('" + shorten(joined) + "'): where they went, not where they came from");
                }
            }
            if (!found.isEmpty()) {
                notes.add(NOTE + field.name() + " '" + e.name() + "' " + found);
            }
        }
        if (f.type() == FactType.INVESTMENT && !amountInText(fields.get("amount"), window)) {
            return Verdict.reject(f, "its amount " + fields.get("amount") + " is not written near its quote");
        }

        if (f.type() == FactType.HIRING_ATTEMPT && "failed".equals(fields.get("outcome"))) {
            String joined = joinedAfterRefusal(entities.get(f.text("person")), entities.get(f.text("organization")),
                    window);
            if (joined != null) {
                return Verdict.reject(f, "the same sentence says the person refused something and then joined this "
                        + "organization ('" + shorten(joined) + "'): the refusal was of another organization's offer");
            }
        }

        Draft.Fact checked = f.with(fields, quotes, notes);
        if (f.type() == FactType.HIRE) {
            return hire(checked, spans);
        }
        if (ROLES.contains(f.type()) && !Boolean.FALSE.equals(fields.get("current"))) {
            checked = former(checked, window);
        }
        return Verdict.keep(dates(checked, window));
    }

    /**
     * What the dataset format requires of every fact beyond its references, checked here so that a verified draft
     * always loads: a proposal that breaks it is rejected with the reason, never written for the loader to refuse.
     */
    private static String shape(FactType type, Map<String, Object> fields) {
        if (type == FactType.LEADS && isBlank(fields.get("title")) && isBlank(fields.get("role"))) {
            return "a leads fact needs a title or a role, and the proposal gives neither";
        }
        for (List<String> pair : List.of(List.of("person", "sibling"), List.of("person", "partner"),
                List.of("part", "whole"), List.of("investor", "target"), List.of("by", "from"))) {
            Object a = fields.get(pair.get(0));
            if (a != null && a.equals(fields.get(pair.get(1)))) {
                return "it connects '" + a + "' to itself (" + pair.get(0) + " and " + pair.get(1) + ")";
            }
        }
        return null;
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }

    /** Every required reference is present and names an entity of the right kind; a bad optional one is dropped. */
    private String references(Draft.Fact f, Map<String, Object> fields, List<String> notes) {
        for (FactType.Field field : f.type().fields()) {
            if (field.ref() == null || field.ref() == FactType.Ref.GROUP || field.ref() == FactType.Ref.CLAIM) {
                if (field.required() && !fields.containsKey(field.name())) {
                    return "it has no " + field.name();
                }
                continue;
            }
            Object v = fields.get(field.name());
            Draft.Entity e = v instanceof String id ? entities.get(id) : null;
            String problem = null;
            if (v == null) {
                problem = "it has no " + field.name();
            } else if (e == null) {
                problem = field.name() + " '" + v + "' is not among the draft's entities";
            } else if (!fits(field.ref(), e.kind())) {
                problem = field.name() + " '" + e.name() + "' is a " + e.kind().name().toLowerCase(Locale.ROOT)
                        + ", not a " + field.ref().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            }
            if (problem != null) {
                if (field.required()) {
                    return problem;
                }
                if (v != null) {
                    fields.remove(field.name());
                    notes.add(NOTE + "dropped " + problem);
                }
            }
        }
        for (String pair : List.of("person:by", "person:organization", "part:whole", "investor:target")) {
            String[] p = pair.split(":");
            if (fields.get(p[0]) != null && fields.get(p[0]).equals(fields.get(p[1]))) {
                return p[0] + " and " + p[1] + " are the same entity";
            }
        }
        if (f.type() == FactType.HIRE && fields.get("from") != null && fields.get("from").equals(fields.get("by"))) {
            fields.remove("from");
            notes.add(NOTE + "dropped from: it was the hirer itself");
        }
        return null;
    }

    /**
     * An organization does not hire, or try to hire, the person the graph already has leading it: in "Sam
     * Altman, OpenAI's chief executive, said Fidji Simo will join OpenAI" Altman is the one who announces.
     * Only what the graph held before this article counts, so "OpenAI hired X as its CEO" is not refused.
     */
    private String ownLeader(Draft.Fact f, Map<String, Object> fields) {
        String person = (String) fields.get("person");
        String org = (String) (f.type() == FactType.HIRE ? fields.get("by")
                : f.type() == FactType.HIRING_ATTEMPT ? fields.get("organization") : null);
        if (person == null || org == null) {
            return null;
        }
        for (OngoingRole r : gazetteer.ongoing()) {
            if (r.person().equals(person) && r.organization().equals(org) && r.relation().name().equals("LEADS")) {
                return entities.get(person).name() + " already leads " + entities.get(org).name()
                        + " (the graph says so): an organization does not hire its own leader";
            }
        }
        return null;
    }

    private static boolean fits(FactType.Ref ref, KnownEntity.Kind kind) {
        return switch (ref) {
            case PERSON -> kind == KnownEntity.Kind.PERSON;
            case ORGANIZATION -> kind == KnownEntity.Kind.ORGANIZATION;
            case PERSON_OR_ORGANIZATION -> kind == KnownEntity.Kind.PERSON || kind == KnownEntity.Kind.ORGANIZATION;
            default -> true;
        };
    }

    /** A person's name, as the article wrote it, that reads as a noun phrase ("head of X's models") is no person. */
    private static String notAName(Draft.Entity e) {
        List<String> forms = new ArrayList<>(e.seenAs());
        if (forms.isEmpty()) {
            forms.add(e.name());
        }
        for (String form : forms) {
            String s = form.strip();
            if (s.chars().anyMatch(c -> Norm.isArabic((char) c))) {
                String[] words = Norm.of(s).split("\\s+");
                boolean noun = words.length > 5 || NOT_A_NAME_AR.stream().map(Norm::of).anyMatch(w -> w.equals(words[0])
                        || words[0].length() > 1 && "وبل".indexOf(words[0].charAt(0)) >= 0 && w.equals(words[0].substring(1)));
                if (noun) {
                    return "'" + s + "' reads as a description, not a person's name";
                }
                continue;
            }
            String[] words = s.split("\\s+");
            boolean lower = Arrays.stream(words).anyMatch(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))
                    && !NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT)));
            if (lower || words.length > 5 || NOT_A_NAME_EN.matcher(s).matches()) {
                return "'" + s + "' reads as a description, not a person's name";
            }
        }
        return null;
    }

    // ---- quotes ----------------------------------------------------------------------------------------

    /** The quote's place in the text, found again whatever offsets came with it; only whitespace may differ. */
    private Span locate(Evidence e) {
        String quote = e.quote().strip();
        if (quote.isEmpty()) {
            return null;
        }
        int hint = e.start() == null ? 0 : view.text.offsetByCodePoints(0, Math.min(e.start(),
                view.text.codePointCount(0, view.text.length())));
        List<Span> found = new ArrayList<>();
        for (int at = view.text.indexOf(quote); at >= 0; at = view.text.indexOf(quote, at + 1)) {
            found.add(new Span(at, at + quote.length()));
        }
        if (found.isEmpty()) {
            StringBuilder regex = new StringBuilder();
            for (String word : quote.split("\\s+")) {
                regex.append(regex.length() == 0 ? "" : "\\s+").append(Pattern.quote(word));
            }
            Matcher m = Pattern.compile(regex.toString()).matcher(view.text);
            while (m.find()) {
                found.add(new Span(m.start(), m.end()));
            }
        }
        return found.stream().min((a, b) -> Math.abs(a.start() - hint) - Math.abs(b.start() - hint)).orElse(null);
    }

    private String injected(List<Span> spans) {
        for (Span s : spans) {
            Sentence sentence = view.sentenceAt(s.start());
            for (String cue : VerifierCues.injection()) {
                if (!view.find(cue, sentence.span()).isEmpty()) {
                    return cue;
                }
            }
        }
        return null;
    }

    private List<Sentence> sentences(List<Span> spans) {
        Set<Sentence> out = new LinkedHashSet<>();
        for (Span s : spans) {
            for (Sentence sentence : view.sentences) {
                if (sentence.span().overlaps(s) || sentence.span().contains(s)) {
                    out.add(sentence);
                }
            }
        }
        return new ArrayList<>(out);
    }

    // ---- mentions --------------------------------------------------------------------------------------

    /** The ways the article may write an entity: its names and the article's spellings, and short forms. */
    private List<String> forms(Draft.Entity e) {
        Set<String> out = new LinkedHashSet<>();
        out.add(e.name());
        if (e.nameAr() != null) {
            out.add(e.nameAr());
        }
        out.addAll(e.aliases());
        out.addAll(e.seenAs());
        out.addAll(e.newSpellings());
        gazetteer.entity(e.kind(), e.id()).ifPresent(k -> out.addAll(k.names()));
        List<String> full = new ArrayList<>(out);
        for (String name : full) {
            String[] words = name.strip().split("\\s+");
            if (words.length < 2) {
                continue;
            }
            if (e.kind() == KnownEntity.Kind.PERSON) {
                String last = words[words.length - 1];
                if (last.length() >= 3) {
                    out.add(last);
                }
            } else if (e.kind() == KnownEntity.Kind.ORGANIZATION) {
                List<String> w = new ArrayList<>(Arrays.asList(words));
                if (GENERIC_ORG_WORDS.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) {
                    w.remove(w.size() - 1);
                } else if (GENERIC_ORG_WORDS_AR.contains(w.get(0))) {
                    w.remove(0);
                }
                if (!w.isEmpty() && w.size() < words.length) {
                    out.add(String.join(" ", w));
                }
            }
        }
        out.removeIf(s -> s.isBlank());
        return new ArrayList<>(out);
    }

    private List<Span> mentions(Draft.Entity e, Span within) {
        List<Span> out = new ArrayList<>();
        for (String form : forms(e)) {
            for (Span s : view.find(form, within)) {
                if (out.stream().noneMatch(o -> o.overlaps(s))) {
                    out.add(s);
                }
            }
        }
        out.sort((a, b) -> a.start() - b.start());
        return out;
    }

    /**
     * @return {@code ""} when the window names the entity, a note when an earlier sentence does (coreference),
     *         {@code null} when neither
     */
    private String mentioned(Draft.Entity e, List<Sentence> window, boolean acting) {
        for (Sentence s : window) {
            if (!mentions(e, s.span()).isEmpty()) {
                return "";
            }
        }
        Sentence first = window.get(0);
        // news paragraphs are often one sentence long, so the sentences before count across paragraph breaks
        for (int i = first.index() - 1; i >= 0 && i >= first.index() - 2; i--) {
            Sentence earlier = view.sentences.get(i);
            if (!mentions(e, earlier.span()).isEmpty()) {
                return "named in a sentence before (coreference): '" + shorten(view.text(earlier.span())) + "'";
            }
        }
        if (acting && e.kind() == KnownEntity.Kind.ORGANIZATION) {
            for (Draft.Entity leader : leaders(e.id())) {
                for (Sentence s : window) {
                    if (!mentions(leader, s.span()).isEmpty()) {
                        return "read from its leader '" + leader.name() + "', who acts for it";
                    }
                }
            }
        }
        if (e.kind() == KnownEntity.Kind.ORGANIZATION) {
            for (Sentence s : window) {
                for (String anaphor : ORG_ANAPHORS) {
                    if (!view.find(anaphor, s.span()).isEmpty()
                            && !mentions(e, new Span(0, first.span().start())).isEmpty()) {
                        return "read from '" + anaphor + "', which refers back to it";
                    }
                }
            }
        }
        return null;
    }

    /** People the draft or the graph says lead the organization: a leader hires and invests for it. */
    private List<Draft.Entity> leaders(String org) {
        Set<String> ids = new LinkedHashSet<>();
        for (Draft.Fact f : draft.facts()) {
            if (f.type() == FactType.LEADS && org.equals(f.text("organization"))
                    && !Boolean.FALSE.equals(f.fields().get("current")) && statesBothEnds(f)) {
                ids.add(f.text("person"));
            }
        }
        for (OngoingRole r : gazetteer.ongoing()) {
            if (r.organization().equals(org) && r.relation().name().equals("LEADS")) {
                ids.add(r.person());
            }
        }
        return ids.stream().map(entities::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A proposed role whose own quote's sentence names both the person and the organization. */
    private boolean statesBothEnds(Draft.Fact role) {
        Draft.Entity person = entities.get(role.text("person"));
        Draft.Entity org = entities.get(role.text("organization"));
        if (person == null || org == null) {
            return false;
        }
        for (Evidence e : role.evidence()) {
            Span at = locate(e);
            if (at != null) {
                Span sentence = view.sentenceAt(at.start()).span();
                if (!mentions(person, sentence).isEmpty() && !mentions(org, sentence).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean amountInText(Object amount, List<Sentence> window) {
        if (!(amount instanceof io.talentgraph.dataset.Amount a)) {
            return false;
        }
        String digits = a.value().stripTrailingZeros().unscaledValue().abs().toString().replaceAll("0+$", "");
        for (Sentence s : window) {
            String text = Norm.of(view.text(s.span())).replaceAll("(?<=\\d)[.,](?=\\d)", "");
            for (Matcher m = Pattern.compile("\\d+").matcher(text); m.find(); ) {
                if (m.group().replaceAll("0+$", "").equals(digits.isEmpty() ? "0" : digits)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- hires: failure, attempt and negation in the fact's own clause --------------------------------

    private Verdict hire(Draft.Fact f, List<Span> spans) {
        return hire(f, spans, true);
    }

    /** @param mayTurn whether a hire whose origin the text has the person joining may be turned round (once) */
    private Verdict hire(Draft.Fact f, List<Span> spans, boolean mayTurn) {
        Draft.Entity person = entities.get(f.text("person"));
        Draft.Entity by = entities.get(f.text("by"));
        Span clause = null;
        Span core = null;
        Sentence sentence = null;
        for (Span quote : spans) {
            Sentence s = view.sentenceAt(quote.start());
            List<Span> ps = mentions(person, s.span());
            List<Span> bs = mentions(by, s.span());
            if (ps.isEmpty() && bs.isEmpty()) {
                continue;
            }
            List<Span> others = otherPeople(s, person);
            List<Span> breaks = breaks(s);
            core = nearest(ps, bs, others, breaks);
            sentence = s;
            clause = clause(core, s, others, breaks);
            break;
        }
        if (clause == null) {
            sentence = view.sentenceAt(spans.get(0).start());
            core = spans.get(0);
            clause = sentence.span();
        }
        Span before = new Span(clause.start(), core.end());
        String someoneElse = sentence == null ? null : anotherPersonsMove(person, by, sentence);
        if (someoneElse != null) {
            return Verdict.reject(f, "between " + person.name() + " and " + by.name() + " a new clause names "
                    + someoneElse + ": the move to " + by.name() + " is theirs");
        }
        String board = boardSeat(by, clause);
        if (board != null) {
            return Verdict.reject(f, "'" + board + "': a seat on the board of " + by.name() + " is no job and no move into it");
        }
        String denial = cue(Kind.DENIAL, clause);
        if (denial != null) {
            return Verdict.reject(f, "'" + denial + "' in its clause: the move is denied, not stated");
        }
        String failure = cue(Kind.FAILURE, clause);
        String attempt = cue(Kind.ATTEMPT, before);
        String success = cue(Kind.SUCCESS, clause);
        boolean refusedAnother = (failure != null || attempt != null)
                && joinedAfterRefusal(person, by, List.of(sentence)) != null;
        if (!refusedAnother && (failure != null || attempt != null && success == null)) {
            String why = failure != null ? "failure cue '" + failure + "'" : "attempt cue '" + attempt + "'";
            String outcome = failure != null || failureNear(sentence) != null ? "failed" : "unknown";
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("organization", f.text("by"));
            fields.put("person", f.text("person"));
            fields.put("outcome", outcome);
            List<String> notes = new ArrayList<>(f.notes());
            notes.add(NOTE + why + " in the clause '" + shorten(view.text(clause)) + "': a hiring attempt ("
                    + outcome + "), not a hire");
            Draft.Fact attemptFact = f.as(FactType.HIRING_ATTEMPT,
                    "hiring-attempt:" + f.text("by") + ":" + f.text("person"), fields, notes).at(f.date(), null, List.of());
            return Verdict.keep(dates(attemptFact, List.of(sentence)));
        }
        String speculation = cue(Kind.SPECULATION, before);
        if (speculation == null && sentence != null) {
            // "يُتوقع أن ينضم X … إلى الفريق بعد أن تنجز ميتا": the hirer may sit in a later clause, the cue just before
            // the person
            for (Span p : mentions(person, sentence.span())) {
                speculation = cue(Kind.SPECULATION, new Span(wordsBefore(p, 4), p.start()));
                if (speculation != null) {
                    break;
                }
            }
        }
        if (speculation != null && success == null) {
            return Verdict.reject(f, "'" + speculation + "' in the clause '" + shorten(view.text(clause))
                    + "': the move is expected, not stated as done or announced");
        }
        // "not" is common and often belongs to another verb ("names not disclosed before, such as X"): only a
        // negation between the two ends, or just before them, negates the move
        String negation = cue(Kind.NEGATION, new Span(Math.max(clause.start(), wordsBefore(core, 2)), core.end()));
        if (negation != null) {
            return Verdict.reject(f, "'" + negation + "' negates its clause '" + shorten(view.text(clause)) + "'");
        }
        // "Brockman, who had quit as OpenAI's president …, went back to OpenAI": a leaving before one mention does
        // not undo a join before another
        boolean joinsBy = mentions(by, sentence == null ? clause : sentence.span()).stream()
                .anyMatch(b -> cue(Kind.JOINS, new Span(wordsBefore(b, 3), b.start())) != null);
        for (Span b : joinsBy ? List.<Span>of() : mentions(by, clause)) {
            String left = cue(Kind.LEAVE, new Span(Math.max(clause.start(), wordsBefore(b, 2)), b.start()));
            // "left for OpenAI", "leaving for Anysphere", "غادر إلى": the organization after it is where the person went
            if (left != null && cue(Kind.TOWARDS, new Span(Math.max(clause.start(), wordsBefore(b, 1)), b.start())) == null
                    && !joinedInARelativeClause(b, sentence)) {
                return Verdict.reject(f, "'" + left + " " + view.text(b) + "': the person left " + by.name()
                        + ", not joined it");
            }
        }
        String from = f.text("from");
        String joinsOrigin = from == null || sentence == null ? null : joinsTheOrigin(entities.get(from), sentence);
        if (joinsOrigin != null) {
            String why = "'" + joinsOrigin + "': the text has the person joining " + entities.get(from).name()
                    + ", the proposed origin";
            if (!mayTurn || mentions(by, sentence.span()).isEmpty()) {
                return Verdict.reject(f, why + "; hirer and origin are the wrong way round");
            }
            Map<String, Object> fields = new LinkedHashMap<>(f.fields());
            fields.put("by", from);
            fields.put("from", f.text("by"));
            List<String> notes = new ArrayList<>(f.notes());
            notes.add(NOTE + why + ": turned round, from " + by.name() + " to " + entities.get(from).name());
            // the id follows the ends it connects, so that the turned fact merges with a proposal of the same move
            Draft.Fact turned = f.as(FactType.HIRE, "hire:" + f.text("person") + ":" + from, fields, notes);
            return hire(turned, spans, false);
        }
        if (from != null && (from.equals(f.text("by")) || related(from, f.text("by")))
                && !f.text("by").equals(acquiredBy.get(from))) {
            return Verdict.reject(f, "its origin '" + entities.get(from).name() + "' is the hirer '" + by.name()
                    + "' or part of it: nobody is hired away from the organization that hires them");
        }
        if (from != null && f.text("group") == null && onlyAFormerEmployer(entities.get(from), sentences(spans))) {
            Map<String, Object> fields = new LinkedHashMap<>(f.fields());
            fields.remove("from");
            List<String> notes = new ArrayList<>(f.notes());
            notes.add(NOTE + "dropped from '" + entities.get(from).name() + "': the text calls it a former employer "
                    + "('a former … banker'), not the one the person left for this move");
            f = f.with(fields, f.evidence(), notes);
            from = null;
        }
        String history = onlyAJob(by, spans, clause);
        if (history != null) {
            return Verdict.reject(f, "'" + history + " " + by.name() + "' with no verb of joining: a job the person held, "
                    + "not a move into " + by.name());
        }
        String roleChange = from == null ? cue(Kind.ROLECHANGE, clause) : null;
        if (roleChange != null) {
            return Verdict.reject(f, "'" + roleChange + "' in the clause '" + shorten(view.text(clause))
                    + "' with no origin stated: a return or an appointment is a change of role, not a hire");
        }
        return Verdict.keep(dates(f, sentences(spans)));
    }

    /**
     * The smallest span holding one mention of each end (or the one end the sentence names), preferring one
     * that crosses no clause break and no other person's name: "X refused Meta, while Y joined Meta" pairs Y
     * with the second Meta.
     */
    private static Span nearest(List<Span> a, List<Span> b, List<Span> others, List<Span> breaks) {
        if (a.isEmpty()) {
            return b.get(0);
        }
        if (b.isEmpty()) {
            return a.get(0);
        }
        Span best = null;
        long bestCost = Long.MAX_VALUE;
        for (Span x : a) {
            for (Span y : b) {
                Span s = new Span(Math.min(x.start(), y.start()), Math.max(x.end(), y.end()));
                boolean crosses = others.stream().anyMatch(s::contains) || breaks.stream().anyMatch(s::contains);
                long cost = (crosses ? 1_000_000L : 0L) + s.end() - s.start();
                if (cost < bestCost) {
                    best = s;
                    bestCost = cost;
                }
            }
        }
        return best;
    }

    /**
     * "وسيغيدي ثاني مؤسس يغادر xAI، إذ كان كايل كوسيك … قد غادرها إلى OpenAI": when every mention of the hirer
     * comes after the person, and between them a clause break ("while", "إذ"; not a list's "and") opens a clause about
     * another person, the move to the hirer is that person's. Returns their name, or {@code null}.
     */
    private String anotherPersonsMove(Draft.Entity person, Draft.Entity by, Sentence s) {
        List<Span> ps = mentions(person, s.span());
        List<Span> bs = mentions(by, s.span());
        if (ps.isEmpty() || bs.isEmpty() || bs.get(0).start() < ps.get(ps.size() - 1).end()) {
            return null;
        }
        Span lastPerson = ps.get(ps.size() - 1);
        Span firstHirer = bs.get(0);
        // a list's "and" joins people who share the move; another break opens a clause of its own
        List<Span> opening = breaks(s).stream().filter(k -> k.start() >= lastPerson.end() && k.end() <= firstHirer.start()
                && !view.text(k).equalsIgnoreCase("and")).toList();
        if (opening.isEmpty()) {
            return null;
        }
        for (Draft.Entity e : draft.entities()) {
            if (e.kind() != KnownEntity.Kind.PERSON || e.id().equals(person.id())) {
                continue;
            }
            for (Span o : mentions(e, s.span())) {
                if (o.start() < lastPerson.end() || o.end() > firstHirer.start()) {
                    continue;
                }
                if (opening.stream().anyMatch(k -> k.end() <= o.start())) {
                    return e.name();
                }
            }
        }
        return null;
    }

    /**
     * "has joined the board of directors of Stability AI", "joined OpenAI's board", "انضم إلى مجلس إدارة OpenAI": the
     * board just before the hirer, with no verb of joining between them, or the hirer's own board just after it. Not
     * "X, who sits on Meta's board, joined OpenAI", where "joined" comes between. Returns the words, or {@code null}.
     */
    private String boardSeat(Draft.Entity by, Span clause) {
        for (Span b : mentions(by, clause)) {
            Span lead = new Span(Math.max(clause.start(), wordsBefore(b, 4)), b.start());
            for (String c : VerifierCues.of(Kind.BOARDSEAT, language)) {
                for (Span at : view.find(c, lead)) {
                    Span between = new Span(at.end(), b.start());
                    if (cue(Kind.JOINS, between) == null && cue(Kind.HIREDBY, between) == null) {
                        return view.text(new Span(at.start(), b.end()));
                    }
                }
            }
            String after = view.text.substring(b.end(), Math.min(view.text.length(), b.end() + 40)).toLowerCase(Locale.ROOT);
            if (after.matches("^['’]s (board|boards)\\b.*")) {
                return view.text(b) + after.substring(0, after.indexOf("board") + 5);
            }
        }
        return null;
    }

    /**
     * "وسينضم إلى ميتا فريق Manus، ومعه الرئيس التنفيذي للشركة شياو هونغ" read as a move from Meta: the origin comes
     * right after a verb of joining in the fact's sentence, and the sentence has no verb of leaving. Returns the
     * words, or {@code null}.
     */
    private String joinsTheOrigin(Draft.Entity origin, Sentence s) {
        // "have rejoined Anthropic barely two weeks after leaving for Anysphere": a sentence with a verb of leaving
        // tells two moves, and which is which is not for this rule to guess
        if (cue(Kind.LEAVE, s.span()) != null) {
            return null;
        }
        List<Span> otherOrgs = new ArrayList<>();
        for (Draft.Entity e : draft.entities()) {
            if (e.kind() == KnownEntity.Kind.ORGANIZATION && !e.id().equals(origin.id())) {
                otherOrgs.addAll(mentions(e, s.span()));
            }
        }
        for (Span o : mentions(origin, s.span())) {
            // "Google" inside "is joining Google DeepMind" is another organization's name
            if (otherOrgs.stream().anyMatch(x -> x.contains(o) && !x.equals(o))) {
                continue;
            }
            for (String c : VerifierCues.of(Kind.JOINS, language)) {
                for (Span at : view.find(c, new Span(Math.max(s.span().start(), wordsBefore(o, 3)), o.start()))) {
                    // "joined Meta", "انضم إلى ميتا"; not "انتقلت من دامو" or "انضم مؤسسا Run:ai"
                    String between = Norm.of(view.text(new Span(at.end(), o.start()))).strip();
                    if (between.isEmpty() || Set.of("to", "the", Norm.of("إلى")).contains(between)) {
                        return view.text(new Span(at.start(), o.end()));
                    }
                }
            }
        }
        return null;
    }

    private List<Span> otherPeople(Sentence sentence, Draft.Entity person) {
        List<Span> others = new ArrayList<>();
        for (Draft.Entity e : draft.entities()) {
            if (e.kind() == KnownEntity.Kind.PERSON && !e.id().equals(person.id())) {
                others.addAll(mentions(e, sentence.span()));
            }
        }
        return others;
    }

    private List<Span> breaks(Sentence sentence) {
        List<Span> breaks = new ArrayList<>();
        for (String cue : VerifierCues.of(Kind.BREAK, language)) {
            breaks.addAll(view.find(cue, sentence.span()));
        }
        return breaks;
    }

    /**
     * The fact's clause: its core, widened by a few words on each side, never across clause punctuation, a
     * clause break ("but", "بينما") or the name of another person, who would be the subject of another clause.
     */
    private Span clause(Span core, Sentence sentence, List<Span> others, List<Span> breaks) {
        return widen(core, sentence, 5, 6, w -> stops(w, others, breaks));
    }

    private static boolean stops(Span word, List<Span> others, List<Span> breaks) {
        return others.stream().anyMatch(o -> o.overlaps(word)) || breaks.stream().anyMatch(b -> b.overlaps(word));
    }

    private boolean punctuationBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_PUNCTUATION.contains(view.text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private int wordsBefore(Span s, int n) {
        Sentence sentence = view.sentenceAt(s.start());
        List<Span> words = view.words(new Span(sentence.span().start(), s.start()));
        return words.size() <= n ? sentence.span().start() : words.get(words.size() - n).start();
    }

    private String cue(Kind kind, Span within) {
        for (String c : VerifierCues.of(kind, language)) {
            if (!view.find(c, within).isEmpty()) {
                return c;
            }
        }
        return null;
    }

    /**
     * "Former Nextdoor chief executive Sarah Friar was hired by OpenAI", "a former Morgan Stanley banker": every
     * mention of the origin near the quote comes with "former", so the text says the person had left it, not that
     * this move took them from it. (A member of a counted group takes the group's origin and is not asked.)
     */
    private boolean onlyAFormerEmployer(Draft.Entity origin, List<Sentence> window) {
        List<Span> all = new ArrayList<>();
        for (Sentence s : window) {
            for (Span m : mentions(origin, s.span())) {
                all.add(m);
                Span before = new Span(Math.max(s.span().start(), wordsBefore(m, 3)), m.start());
                // "the former chief technology officer of Boston Dynamics": "former" before a title, then "of"
                Span window7 = new Span(Math.max(s.span().start(), wordsBefore(m, 7)), m.start());
                Span former = lastCue(Kind.FORMERTITLE, window7);
                Span title = former == null ? null : new Span(former.start(), m.start());
                boolean formerTitleOf = title != null
                        && view.text(title).matches("(?s).*\\b(of|at)\\s*$")
                        && !punctuationBetween(title.start(), m.start())
                        && cue(Kind.JOINS, title) == null && cue(Kind.HIREDBY, title) == null
                        && cue(Kind.LEAVE, title) == null && view.find("from", title).isEmpty();
                if (cue(Kind.FORMERTITLE, before) == null && !formerTitleOf) {
                    return false;
                }
            }
        }
        return !all.isEmpty();
    }

    /** "left Meta, which he had joined in April", "مغادرته ميتا، التي انضم إليها": the join is the move proposed. */
    private boolean joinedInARelativeClause(Span org, Sentence sentence) {
        List<Span> words = view.words(new Span(org.end(), sentence.span().end()));
        for (int i = 0; i < Math.min(2, words.size()); i++) {
            if (cue(Kind.RELATIVE, words.get(i)) != null) {
                Span rest = new Span(words.get(i).end(), words.get(Math.min(words.size() - 1, i + 4)).end());
                return cue(Kind.JOINS, rest) != null || cue(Kind.HIREDBY, rest) != null;
            }
        }
        return false;
    }

    /**
     * "Zizheng Pan turned down Nvidia's offer and joined DeepSeek", "رفض عرض إنفيديا … وانضم إلى DeepSeek": a failure
     * cue, then a conjunction and the person joining the organization, in one sentence. The refusal was of another
     * organization's offer, and this one got the person (gold-conventions A1). "declined to join Meta" has no
     * conjunction and is a refusal of Meta. Returns the words from the failure to the organization, or {@code null}.
     */
    private String joinedAfterRefusal(Draft.Entity person, Draft.Entity org, List<Sentence> window) {
        for (Sentence s : window) {
            List<Span> words = view.words(s.span());
            List<Span> people = mentions(person, s.span());
            for (Span o : mentions(org, s.span())) {
                for (String joins : VerifierCues.of(Kind.JOINS, language)) {
                    for (Span c : view.find(joins, s.span())) {
                        if (c.end() > o.start() || wordsBetween(words, c.end(), o.start()) > 2
                                || people.stream().noneMatch(p -> p.end() <= c.start())) {
                            continue;
                        }
                        Span failure = lastCue(Kind.FAILURE, new Span(s.span().start(), c.start()));
                        if (failure != null && conjunctionBetween(failure.end(), c)) {
                            return view.text(new Span(failure.start(), o.end()));
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The cue of this kind that stands last in the span, or {@code null}. */
    private Span lastCue(Kind kind, Span within) {
        Span last = null;
        for (String c : VerifierCues.of(kind, language)) {
            for (Span f : view.find(c, within)) {
                last = last == null || f.start() > last.start() ? f : last;
            }
        }
        return last;
    }

    /** "… and joined", "… then joined", "وانضم", "ثم انضم": the join starts a clause of its own. */
    private boolean conjunctionBetween(int from, Span join) {
        String between = view.text(new Span(from, join.start()));
        if (between.matches("(?s).*\\b(and|then|instead)\\b.*") || between.contains("ثم")) {
            return true;
        }
        int at = join.start();
        char glued = at > 0 ? view.text.charAt(at - 1) : ' ';
        char before = at > 1 ? view.text.charAt(at - 2) : ' ';
        return (glued == 'و' || glued == 'ف') && !Character.isLetterOrDigit(before);
    }

    /**
     * "بدأت مسيرتها في أكاديمية دامو", "spent six years at Google": the hirer follows words that tell a job, and no
     * joining verb leads to it, so the clause names an employer, not a move (gold-conventions H2). Returns the job
     * words, or {@code null}.
     */
    private String onlyAJob(Draft.Entity by, List<Span> quotes, Span clause) {
        if (cue(Kind.HIREDBY, clause) != null) {
            return null;
        }
        String job = null;
        for (Span quote : quotes) {
            for (Span b : mentions(by, quote)) {
                Span lead = new Span(Math.max(quote.start(), wordsBefore(b, 5)), b.start());
                if (cue(Kind.JOINS, lead) != null) {
                    return null;
                }
                String c = cue(Kind.JOBHISTORY, lead);
                job = job == null ? c : job;
            }
        }
        return job;
    }

    /**
     * "غادر بانسال OpenAI للانضمام إلى ميتا. وكان بانسال قد انضم إلى OpenAI عام 2022": an origin found only by
     * looking back (coreference) in a sentence that has the same person joining it is the later destination, not
     * the earlier move's origin. (Someone else joining it says nothing of this move.) Returns the joining words, or
     * {@code null}.
     */
    private String joinedEarlier(Draft.Entity person, Draft.Entity origin, List<Sentence> window) {
        Sentence first = window.get(0);
        for (int i = first.index() - 1; i >= 0 && i >= first.index() - 2; i--) {
            Sentence earlier = view.sentences.get(i);
            if (mentions(person, earlier.span()).isEmpty()) {
                continue;
            }
            for (Span m : mentions(origin, earlier.span())) {
                Span lead = new Span(Math.max(earlier.span().start(), wordsBefore(m, 3)), m.start());
                String joins = cue(Kind.JOINS, lead);
                if (joins != null) {
                    return view.text(new Span(lead.start(), m.end()));
                }
            }
        }
        return null;
    }

    /** "Talks collapsed" often comes in the sentence after the attempt. */
    private String failureNear(Sentence s) {
        String here = cue(Kind.FAILURE, s.span());
        if (here != null || s.index() + 1 >= view.sentences.size()) {
            return here;
        }
        Sentence next = view.sentences.get(s.index() + 1);
        return next.paragraph() == s.paragraph() ? cue(Kind.FAILURE, next.span()) : null;
    }

    // ---- roles: "former" next to the title or the organization ----------------------------------------

    private Draft.Fact former(Draft.Fact f, List<Sentence> window) {
        Draft.Entity org = entities.get(f.text("organization"));
        Draft.Entity person = entities.get(f.text("person"));
        for (Sentence s : window) {
            String move = movesElsewhere(person, org, s);
            if (move != null) {
                Map<String, Object> fields = new LinkedHashMap<>(f.fields());
                fields.put("current", false);
                List<String> notes = new ArrayList<>(f.notes());
                notes.add(NOTE + "a former role: the same sentence moves " + person.name() + " elsewhere ('" + move + "')");
                return f.with(fields, f.evidence(), notes);
            }
        }
        for (Sentence s : window) {
            for (Span m : mentions(org, s.span())) {
                Span near = around(m, s, 5, 4);
                String cue = cue(Kind.FORMER, near);
                if (cue == null) {
                    cue = cue(Kind.LEAVE, around(m, s, 2, 0));
                }
                if (cue != null) {
                    Map<String, Object> fields = new LinkedHashMap<>(f.fields());
                    fields.put("current", false);
                    List<String> notes = new ArrayList<>(f.notes());
                    notes.add(NOTE + "'" + cue + "' next to '" + view.text(m) + "' in '" + shorten(view.text(near))
                            + "': a former role");
                    return f.with(fields, f.evidence(), notes);
                }
            }
        }
        return f;
    }

    /**
     * Whether the sentence says the person moves to another organization: "M hired [a few words] X" or
     * "X, … joined M" / "انضم إلى M X". A title given in such a sentence ("Windsurf chief executive Varun
     * Mohan") is the one being left. Returns the words that say so, or {@code null}.
     */
    private String movesElsewhere(Draft.Entity person, Draft.Entity org, Sentence s) {
        List<Span> words = view.words(s.span());
        List<Span> orgs = mentions(org, s.span());
        for (Span p : mentions(person, s.span())) {
            for (String cue : VerifierCues.of(Kind.HIREDBY, language)) {
                for (Span c : view.find(cue, s.span())) {
                    // "M hired … X": the organization of the role must not be M, the one hiring
                    boolean hirerIsOrg = orgs.stream().anyMatch(o -> o.end() <= c.start()
                            && wordsBetween(words, o.end(), c.start()) <= 3);
                    if (!hirerIsOrg && c.end() <= p.start() && wordsBetween(words, c.end(), p.start()) <= 5
                            && !punctuationBetween(c.end(), p.start())) {
                        return view.text(new Span(c.start(), p.end()));
                    }
                }
            }
            for (String cue : VerifierCues.of(Kind.JOINS, language)) {
                for (Span c : view.find(cue, s.span())) {
                    // "X joined M": the organization of the role must not be M, the one joined
                    boolean joinsOrg = orgs.stream().anyMatch(o -> o.start() >= c.end()
                            && wordsBetween(words, c.end(), o.start()) <= 2);
                    // "X declined to join M" moves nobody
                    boolean subject = p.end() <= c.start() && wordsBetween(words, p.end(), c.start()) <= 12
                            && cue(Kind.FAILURE, new Span(p.end(), c.start())) == null
                            && cue(Kind.NEGATION, new Span(p.end(), c.start())) == null
                            && cue(Kind.ATTEMPT, new Span(p.end(), c.start())) == null;
                    boolean after = c.end() <= p.start() && wordsBetween(words, c.end(), p.start()) <= 5;
                    // "X is expected to join M", "يُتوقع أن ينضم X": nobody has moved yet
                    boolean expected = cue(Kind.SPECULATION, new Span(wordsBefore(c, 3), c.start())) != null;
                    if (!joinsOrg && !expected && (subject || after)) {
                        return view.text(new Span(Math.min(c.start(), p.start()), Math.max(c.end(), p.end())));
                    }
                    // "وسينضم إلى ميتا فريق Manus …، ومعه الرئيس التنفيذي للشركة X": X joins with them
                    String with = c.end() <= p.start() && !joinsOrg && !expected
                            ? cue(Kind.COMPANION, new Span(Math.max(c.end(), wordsBefore(p, 6)), p.start())) : null;
                    if (with != null) {
                        return view.text(new Span(c.start(), c.end())) + " … " + with + " … " + view.text(p);
                    }
                }
            }
            for (String cue : VerifierCues.of(Kind.LEAVE, language)) {
                for (Span c : view.find(cue, s.span())) {
                    // "X, OpenAI's CTO, said she is leaving the company": X leaves what the role is at; but in
                    // "CEO X said that Y and Z are leaving too" the ones leaving are the people X speaks of
                    boolean subject = p.end() <= c.start() && wordsBetween(words, p.end(), c.start()) <= 12
                            && otherPeople(s, person).stream().noneMatch(o -> o.start() >= p.end() && o.end() <= c.start()
                                    && cue(Kind.REPORTS, new Span(p.end(), o.start())) != null)
                            && cue(Kind.NEGATION, new Span(p.end(), c.start())) == null
                            && cue(Kind.DENIAL, new Span(s.span().start(), c.start())) == null;
                    if (subject && leavesThisOrganization(c, orgs, words, s)) {
                        return view.text(new Span(p.start(), c.end()));
                    }
                }
            }
        }
        return null;
    }

    /** What follows "leaving": the role's organization, "the company", or nothing before the clause ends. */
    private boolean leavesThisOrganization(Span cue, List<Span> orgs, List<Span> words, Sentence s) {
        if (orgs.stream().anyMatch(o -> o.start() >= cue.end() && wordsBetween(words, cue.end(), o.start()) <= 2)) {
            return true;
        }
        for (String anaphor : ORG_ANAPHORS) {
            if (view.find(anaphor, s.span()).stream().anyMatch(a -> a.start() >= cue.end()
                    && wordsBetween(words, cue.end(), a.start()) <= 2)) {
                return true;
            }
        }
        Span rest = widen(new Span(cue.end(), cue.end()), s, 0, 2, w -> false);
        return rest.end() == cue.end() || punctuationBetween(cue.end(), Math.min(s.span().end(), rest.end() + 1))
                || wordsBetween(words, cue.end(), s.span().end()) <= 2;
    }

    private boolean related(String a, String b) {
        return b.equals(partOf.get(a)) || a.equals(partOf.get(b));
    }

    private static int wordsBetween(List<Span> words, int from, int to) {
        return (int) words.stream().filter(w -> w.start() >= from && w.end() <= to).count();
    }

    /** A mention widened by some words on each side, within its clause punctuation. */
    private Span around(Span m, Sentence s, int before, int after) {
        return widen(m, s, before, after, w -> false);
    }

    /** A span widened by up to so many words on each side, never across clause punctuation or a stop word. */
    private Span widen(Span core, Sentence sentence, int before, int after, java.util.function.Predicate<Span> stop) {
        List<Span> words = view.words(sentence.span());
        int start = core.start();
        int taken = 0;
        for (int i = words.size() - 1; i >= 0 && taken < before; i--) {
            Span w = words.get(i);
            if (w.end() > core.start()) {
                continue;
            }
            if (punctuationBetween(w.end(), start) || stop.test(w)) {
                break;
            }
            start = w.start();
            taken++;
        }
        int end = core.end();
        taken = 0;
        for (Span w : words) {
            if (w.start() < core.end()) {
                continue;
            }
            if (taken >= after || punctuationBetween(end, w.start()) || stop.test(w)) {
                break;
            }
            end = w.end();
            taken++;
        }
        return new Span(start, end);
    }

    // ---- dates -----------------------------------------------------------------------------------------

    /**
     * A relative time ("last month") is resolved against the publication date, whatever date came with it;
     * a calendar date the text near the quote does not support is dropped, not trusted.
     */
    private Draft.Fact dates(Draft.Fact f, List<Sentence> window) {
        PartialDate published = draft.article().published();
        PartialDate date = f.date();
        PartialDate until = f.until();
        List<String> notes = new ArrayList<>(f.notes());
        PartialDate resolved = f.when() == null ? null : relative(f.when(), published);
        if (resolved != null) {
            if (date != null && !resolved.equals(date) && until == null) {
                notes.add(NOTE + "'" + f.when() + "' resolved against the publication date " + published.value()
                        + ": " + resolved.value() + ", not " + date.value());
            }
            if (until != null && date == null) {
                until = resolved;
            } else {
                date = resolved;
            }
        } else {
            if (date != null && !supported(date, window, published)) {
                notes.add(NOTE + "dropped the date " + date.value() + ": the text near the quote does not give it");
                date = null;
            }
            if (until != null && !supported(until, window, published)) {
                notes.add(NOTE + "dropped the end date " + until.value() + ": the text near the quote does not give it");
                until = null;
            }
        }
        if (java.util.Objects.equals(date, f.date()) && java.util.Objects.equals(until, f.until())
                && notes.size() == f.notes().size()) {
            return f;
        }
        return f.with(f.fields(), f.evidence(), notes).at(date, until, f.ends());
    }

    private boolean supported(PartialDate date, List<Sentence> window, PartialDate published) {
        String year = date.value().substring(0, 4);
        Lexicon lexicon = Lexicon.of(language);
        for (Sentence s : window) {
            String text = Norm.of(view.text(s.span()));
            if (text.contains(year)) {
                return true;
            }
            if (date.precision() != PartialDate.Precision.YEAR) {
                int month = Integer.parseInt(date.value().substring(5, 7));
                List<String> tokens = Arrays.asList(text.split("[^\\p{L}\\p{N}]+"));
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).isEmpty()) {
                        continue;
                    }
                    Phrases.Match<Integer> m = lexicon.months.at(tokens, i);
                    if (m != null && m.value() == month && (published == null
                            || published.value().startsWith(year) || text.contains(year))) {
                        return true;
                    }
                }
            }
        }
        return published != null && (published.value().startsWith(date.value()) || date.value().startsWith(
                published.value()));
    }

    private PartialDate relative(String when, PartialDate published) {
        if (published == null) {
            return null;
        }
        Lexicon lexicon = Lexicon.of(language);
        List<String> tokens = Arrays.asList(Norm.of(when).split("[^\\p{L}\\p{N}]+"));
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isEmpty()) {
                continue;
            }
            Phrases.Match<Lexicon.Relative> m = lexicon.relative.at(tokens, i);
            if (m == null) {
                continue;
            }
            return Lexicon.resolve(m.value(), published);
        }
        return null;
    }

    // ---- across facts: a move ends what it leaves -----------------------------------------------------

    private List<Draft.Fact> endings(List<Draft.Fact> facts) {
        Map<String, String> partOf = new HashMap<>(gazetteer.partOf());
        for (Draft.Fact f : facts) {
            if (f.type() == FactType.PART_OF) {
                partOf.putIfAbsent(f.text("part"), f.text("whole"));
            }
        }
        List<Draft.Fact> out = new ArrayList<>();
        for (Draft.Fact f : facts) {
            if (ROLES.contains(f.type()) && !Boolean.FALSE.equals(f.fields().get("current"))) {
                String person = f.text("person");
                String org = f.text("organization");
                Draft.Fact move = facts.stream().filter(h -> h.type() == FactType.HIRE && person.equals(h.text("person"))
                        && (org.equals(h.text("from")) || h.text("from") != null && h.text("from").equals(partOf.get(org))))
                        .findFirst().orElse(null);
                if (move != null) {
                    Map<String, Object> fields = new LinkedHashMap<>(f.fields());
                    fields.put("current", false);
                    List<String> notes = new ArrayList<>(f.notes());
                    notes.add(NOTE + "a former role: the same text says " + entities.get(person).name() + " was hired away from "
                            + entities.get(move.text("from")).name());
                    f = f.with(fields, f.evidence(), notes);
                }
                String promotion = f.type() == FactType.WORKS_AT && move == null ? promotedFrom(f, facts) : null;
                if (promotion != null) {
                    Map<String, Object> fields = new LinkedHashMap<>(f.fields());
                    fields.put("current", false);
                    List<String> notes = new ArrayList<>(f.notes());
                    notes.add(NOTE + "a former role: " + promotion);
                    f = f.with(fields, f.evidence(), notes);
                }
            }
            if (f.type() == FactType.HIRE && f.text("from") != null) {
                Set<String> ends = new LinkedHashSet<>(f.ends());
                String left = f.text("from");
                for (OngoingRole r : gazetteer.ongoing()) {
                    if (r.person().equals(f.text("person")) && !r.factId().equals(f.id())
                            && (r.organization().equals(left) || left.equals(partOf.get(r.organization())))) {
                        ends.add(r.factId());
                    }
                }
                // the same article may tell of the earlier move too ("Meta had hired her from OpenAI in August")
                Draft.Fact current = f;
                for (Draft.Fact earlier : facts) {
                    if (earlier.type() == FactType.HIRE && earlier != current && earlier.date() != null && current.date() != null
                            && earlier.text("person").equals(current.text("person"))
                            && (left.equals(earlier.text("by")) || left.equals(partOf.get(earlier.text("by"))))
                            && earlier.date().earliest().isBefore(current.date().earliest())) {
                        ends.add(earlier.id());
                    }
                }
                if (ends.size() != f.ends().size()) {
                    f = f.at(f.date(), f.until(), List.copyOf(ends));
                }
            }
            out.add(f);
        }
        return out;
    }

    /**
     * "Snowflake names AI chief Sridhar Ramaswamy CEO" beside "Ramaswamy, the company's senior vice president of
     * AI": a job at the organization the person is named to lead, in a sentence that says so, is the post the
     * promotion ends. Returns the words that say so, or {@code null}.
     */
    private String promotedFrom(Draft.Fact job, List<Draft.Fact> facts) {
        for (Draft.Fact lead : facts) {
            if (lead.type() != FactType.LEADS || Boolean.FALSE.equals(lead.fields().get("current"))
                    || !job.text("person").equals(lead.text("person"))
                    || !job.text("organization").equals(lead.text("organization"))) {
                continue;
            }
            for (Evidence e : lead.evidence()) {
                Span at = locate(e);
                String cue = at == null ? null : cue(Kind.SUCCESSION, view.sentenceAt(at.start()).span());
                if (cue != null) {
                    return "'" + cue + "' makes " + entities.get(lead.text("person")).name() + " " + lead.text("title")
                            + " of " + entities.get(lead.text("organization")).name() + ", which ends the post held there";
                }
            }
        }
        return null;
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ').strip();
        return one.length() <= 120 ? one : one.substring(0, 117) + "...";
    }
}
