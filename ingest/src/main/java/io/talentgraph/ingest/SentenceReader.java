package io.talentgraph.ingest;

import io.talentgraph.dataset.FactType;
import io.talentgraph.model.RelType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one tagged sentence at a time and proposes the facts it states. Two kinds of rule: patterns (regular
 * expressions over the {@link Coded} sentence) for roles, leadership, investments, part-of and products; and
 * frames for hiring, which start at a trigger word and look around it for who hired, whom, from where, how
 * many, and whether it was only an attempt, failed, or was denied. Cues of attribution ("according to",
 * "وفقا لـ") and speech ("said", "ألمح") decide who says each fact.
 */
final class SentenceReader {

    private final Language language;
    private final Lexicon lx;
    private final Entities entities;
    private final Discourse discourse;
    private final List<Proposal> proposals;
    private final List<Rule> roleRules = new ArrayList<>();
    private final List<Rule> factRules = new ArrayList<>();

    /** A pattern rule: an id, a regex over the coded sentence, and what a match proposes. */
    private record Rule(String id, Pattern pattern, double confidence, BiConsumer<Context, Matcher> action) {
    }

    /** Everything a rule action needs about the sentence being read. */
    private final class Context {
        final Coded coded;
        final int sentence;
        final Attribution attribution;
        final List<Affiliation> affiliations;
        final Set<Entities.Entity> hired = new LinkedHashSet<>();
        Rule rule;

        Context(Coded coded, int sentence, Attribution attribution, List<Affiliation> affiliations) {
            this.coded = coded;
            this.sentence = sentence;
            this.attribution = attribution;
            this.affiliations = affiliations;
        }

        Proposal propose(FactType type, Matcher m) {
            Proposal p = new Proposal(type, rule.id, rule.confidence, sentence);
            int[] span = coded.span(m);
            p.evidence(span[0], span[1]);
            p.attribution = attribution;
            proposals.add(p);
            return p;
        }
    }

    /**
     * Where a person works or worked, as an apposition says it ("X, CEO of Y").
     *
     * @param person the person
     * @param org    the organization
     * @param title  the title, or {@code null}
     * @param former whether the text marks it as former
     * @param span   article offsets of the words
     * @param rule   the rule that read it
     * @param confidence how sure the rule is
     */
    private record Affiliation(Entities.Entity person, Entities.Entity org, Lexicon.Title title, boolean former,
                               int[] span, String rule, double confidence) {
    }

    SentenceReader(Language language, Entities entities, Discourse discourse, List<Proposal> proposals) {
        this.language = language;
        this.lx = Lexicon.of(language);
        this.entities = entities;
        this.discourse = discourse;
        this.proposals = proposals;
        if (language == Language.AR) {
            arabicRules();
        } else {
            englishRules();
        }
    }

    // ---- the rules --------------------------------------------------------------------------------

    private static final Map<String, String> MACROS = Map.ofEntries(
            Map.entry("{p}", "⟪P⟫"), Map.entry("{o}", "⟪O⟫"), Map.entry("{tl}", "⟪T⟫"), Map.entry("{tn}", "⟪t⟫"),
            Map.entry("{tt}", "(?:⟪T⟫|⟪t⟫)"), Map.entry("{a}", "⟪A⟫"), Map.entry("{n}", "⟪N⟫"), Map.entry("{d}", "⟪D⟫"),
            Map.entry("{s}", "⟪S⟫"), Map.entry("{x}", "⟪X⟫"), Map.entry("{w}", "[^ ⟪]+"), Map.entry("{any}", "[^ ]+"),
            Map.entry("{former-ar}", "(?:السابق|السابقه|الاسبق|سابقا)"),
            Map.entry("{of-ar}", "(?:ل|لشركه|لمختبر|لمختبرات|في|في شركه|في مختبر|لدي|ب|بشركه|من)"),
            Map.entry("{former-en}", "(?:former|ex|onetime|previous|then)"));

    private Rule rule(String id, double confidence, String template, BiConsumer<Context, Matcher> action) {
        String regex = Norm.of(template);
        for (Map.Entry<String, String> e : MACROS.entrySet()) {
            regex = regex.replace(e.getKey(), e.getValue());
        }
        return new Rule(id, Pattern.compile(regex), confidence, action);
    }

    private void arabicRules() {
        roleRules.add(rule("ar.role.name-title-org", 0.9,
                "(?<p>{p})(?: \\( {p} \\))?(?: ,)? (?<t>{tt})(?: (?<former>{former-ar}))? {of-ar} (?<o>{o})", this::affiliation));
        roleRules.add(rule("ar.role.title-org-name", 0.9,
                "(?<t>{tt})(?: (?<former>{former-ar}))? {of-ar} (?<o>{o})(?: (?:{w}|{x})){0,3} , (?<p>{p})", this::affiliation));
        roleRules.add(rule("ar.role.title-org-name", 0.85, "(?<t>{tl}) (?<o>{o}) (?<p>{p})", this::affiliation));
        roleRules.add(rule("ar.role.title-here-name", 0.75,
                "(?<t>{tt}) (?:فيها|فيه|لديها|لديه|بها|به) , (?<p>{p})", (c, m) -> {
                    Entities.Entity org = firstBefore(c.coded, c.coded.groupIndex(m, "t"), Item.Kind.ORG);
                    if (org != null) {
                        c.affiliations.add(new Affiliation(c.coded.group(m, "p").entity(), org, c.coded.group(m, "t").title(),
                                false, c.coded.span(m), c.rule.id, c.rule.confidence));
                    }
                }));
        roleRules.add(rule("ar.role.from-org", 0.7, "(?<p>{p})(?: \\( {p} \\))? (?:من|في|لدي) (?<o>{o})", this::affiliation));
        roleRules.add(rule("ar.role.worked-as", 0.8,
                "(?:عمل|عملت|شغل|شغلت) (?:سابقا )?(?:منصب )?(?<t>{tt}) (?:في|لدي|ب) (?:شركه )?(?<o>{o})", (c, m) -> {
                    Entities.Entity person = firstBefore(c.coded, c.coded.groupIndex(m, "t"), Item.Kind.PERSON);
                    if (person != null) {
                        c.affiliations.add(new Affiliation(person, c.coded.group(m, "o").entity(),
                                c.coded.group(m, "t").title(), true, c.coded.span(m), c.rule.id, c.rule.confidence));
                    }
                }));
        factRules.add(rule("ar.leads.was-leading", 0.8,
                "(?:كانت|كان) (?<p>{p}) (?:تقود|يقود|تدير|يدير|ترأس|يرأس) (?:{w} )?(?<o>{o})", (c, m) ->
                        c.propose(FactType.LEADS, m).set("person", c.coded.group(m, "p").entity())
                                .set("organization", c.coded.group(m, "o").entity()).set("current", false)
                                .set("role", "led " + c.coded.group(m, "o").text())));
        factRules.add(rule("ar.leads.leading", 0.75,
                "(?<!كان |كانت )(?<p>{p}) (?:سيقود|ستقود|يقود|تقود|يدير|تدير|يرأس|ترأس) (?:{w} )?(?<o>{o})", (c, m) ->
                        c.propose(FactType.LEADS, m).set("person", c.coded.group(m, "p").entity())
                                .set("organization", c.coded.group(m, "o").entity()).set("current", true)
                                .set("role", "leads " + c.coded.group(m, "o").text())));
        factRules.add(rule("ar.leads.takes-over", 0.85,
                "(?:س?يتولي|س?تتولي|تولي|تولت) (?<p>{p})(?: {any})*? قياده (?<o>{o})(?:(?: {any})*? بصفته (?<t>{tt}))?",
                (c, m) -> {
                    Item title = c.coded.group(m, "t");
                    Proposal p = c.propose(FactType.LEADS, m).set("person", c.coded.group(m, "p").entity())
                            .set("organization", c.coded.group(m, "o").entity()).set("current", true);
                    if (title != null) {
                        p.set("title", title.title().en()).set("titleAr", title.text());
                    } else {
                        p.set("role", "leads " + c.coded.group(m, "o").text());
                    }
                }));
        factRules.add(rule("ar.partners.with", 0.7,
                "^(?:و)?(?:س?يعمل|س?تعمل) بالشراكه مع (?<p>{p})(?<oversees> , (?:{any} )*?(?:الذي|التي) (?:س?يشرف|س?تشرف) علي (?<role>[^,]+))?",
                this::partnership));
        factRules.add(rule("ar.part-of.new-group", 0.8,
                "(?:مجموعه|وحده|مختبر|مختبرات|قسم|فريق) (?:جديده |جديد )?(?:تحمل اسم|يحمل اسم|باسم|تسمي|اسمها|تدعي) (?<part>{o})",
                this::newGroup));
        factRules.add(rule("ar.part-of.belongs-to", 0.8, "(?<part>{o}) (?:التابع|التابعه) (?:ل )?(?<whole>{o})", (c, m) ->
                c.propose(FactType.PART_OF, m).set("part", c.coded.group(m, "part").entity())
                        .set("whole", c.coded.group(m, "whole").entity())));
        factRules.add(rule("ar.investment.invested", 0.9,
                "(?<inv>{o}) (?:قد )?(?:استثمر|استثمرت|ضخ|ضخت) (?<a>{a}) (?:في|ب) (?:شركه )?(?<t>{o})", this::investment));
        factRules.add(rule("ar.investment.invested", 0.9,
                "(?:استثمر|استثمرت|ضخ|ضخت) (?<inv>{o}) (?<a>{a}) (?:في|ب) (?:شركه )?(?<t>{o})", this::investment));
        factRules.add(rule("ar.investment.raised", 0.8,
                "(?<t>{o}) (?:قد )?(?:جمع|جمعت) (?<a>{a}) (?:{any} )*?(?:قادتها|قادها|بقياده|من) (?<inv>{o})", this::investment));
        factRules.add(rule("ar.investment.raised", 0.8,
                "(?:جمع|جمعت) (?<t>{o}) (?<a>{a}) (?:{any} )*?(?:قادتها|قادها|بقياده|من) (?<inv>{o})", this::investment));
        factRules.add(rule("ar.investment.mentioned", 0.5,
                "(?:استثمارها|استثماره) (?:{w} )*?(?:في|ب) (?:{w} ){0,2}(?<t>{o})", (c, m) -> {
                    if (discourse.focusOrganization != null) {
                        Proposal p = c.propose(FactType.INVESTMENT, m).set("investor", discourse.focusOrganization)
                                .set("target", c.coded.group(m, "t").entity());
                        p.supportOnly = true;
                    }
                }));
        factRules.add(rule("ar.develops.developer", 0.8,
                "(?<o>{o}) (?:المطوره|مطوره|المطور|مطور) (?:ل|لنموذج |نموذج )?(?<x>{x})", this::develops));
        factRules.add(rule("ar.develops.launch", 0.7,
                "(?:اطلاق|طرح) (?:شركه )?(?<o>{o}) (?:ل|لنماذج|لنموذج|نموذج)(?: {w}){0,3} (?<x>{x})", this::develops));
        factRules.add(rule("ar.develops.app", 0.6,
                "(?:تختبر|يختبر|اطلقت|اطلق|طورت|طور) (?<o>{o}) (?:{any} ){0,12}?(?:تطبيق|نموذج|منصه) (?<x>{x})", this::develops));
        factRules.add(rule("ar.sibling.brother", 0.8,
                "(?<rel>شقيقه|شقيقها|اخيه|اخيها|شقيقته|شقيقتها|اخته|اختها) (?<p>{p})", this::sibling));
    }

    private void englishRules() {
        roleRules.add(rule("en.role.name-title-org", 0.9,
                "(?<p>{p}) , (?:the |a |an |its |their )?(?:(?<former>{former-en}) )?(?<t>{tt}) (?:of|at|for) (?<o>{o})",
                this::affiliation));
        roleRules.add(rule("en.role.org-title-name", 0.85,
                "(?<o>{o}) (?:'s )?(?:(?<former>{former-en}) )?(?<t>{tt})(?: ,)? (?<p>{p})", this::affiliation));
        roleRules.add(rule("en.role.name-org-title", 0.85,
                "(?<p>{p}) , (?:the |a )?(?<o>{o}) 's (?:(?<former>{former-en}) )?(?<t>{tt})", this::affiliation));
        roleRules.add(rule("en.role.led-by", 0.9,
                "(?<o>{o}) (?:is|was|has been) (?:led|run|headed) by (?:(?<t>{tt}) )?(?<p>{p})", (c, m) -> {
                    Item t = c.coded.group(m, "t");
                    c.affiliations.add(new Affiliation(c.coded.group(m, "p").entity(), c.coded.group(m, "o").entity(),
                            t == null ? new Lexicon.Title("CEO", true) : t.title(), false, c.coded.span(m), c.rule.id,
                            c.rule.confidence));
                }));
        roleRules.add(rule("en.role.from-org", 0.7, "(?<p>{p}) (?:of|at|from) (?<o>{o})", this::affiliation));
        factRules.add(rule("en.leads.stepped-down", 0.8,
                "(?<p>{p})(?: ,)? who (?:stepped down|resigned|left) as (?<t>{tt})(?: (?:of|at) (?<o>{o}))?", (c, m) -> {
                    Entities.Entity org = c.coded.group(m, "o") != null ? c.coded.group(m, "o").entity()
                            : firstBefore(c.coded, c.coded.groupIndex(m, "p"), Item.Kind.ORG);
                    if (org != null) {
                        Proposal p = c.propose(FactType.LEADS, m).set("person", c.coded.group(m, "p").entity())
                                .set("organization", org).set("title", c.coded.group(m, "t").title().en())
                                .set("current", false);
                        p.time = nearestTime(c.coded, c.coded.groupIndex(m, "t"));
                    }
                }));
        factRules.add(rule("en.leads.will-lead", 0.75,
                "(?<p>{p})(?: ,(?: [^ ,]+)+ ,)? (?:will lead|leads|will head|heads|runs|will run|is leading|will oversee|oversees) (?<o>{o})",
                (c, m) -> c.propose(FactType.LEADS, m).set("person", c.coded.group(m, "p").entity())
                        .set("organization", c.coded.group(m, "o").entity()).set("current", true)
                        .set("role", c.coded.text(m, "p").isEmpty() ? null : "leads " + c.coded.group(m, "o").text())));
        factRules.add(rule("en.part-of.unit-of", 0.8,
                "(?<part>{o}) , (?:a|an|the|its) (?:new )?(?:group|lab|unit|division|team|subsidiary|arm) (?:inside|within|of|at|under|in) (?<whole>{o})",
                (c, m) -> c.propose(FactType.PART_OF, m).set("part", c.coded.group(m, "part").entity())
                        .set("whole", c.coded.group(m, "whole").entity())));
        factRules.add(rule("en.part-of.possessive", 0.75,
                "(?<whole>{o}) 's (?:new )?(?:lab|unit|division|group|arm|team)(?: ,)? (?<part>{o})",
                (c, m) -> c.propose(FactType.PART_OF, m).set("part", c.coded.group(m, "part").entity())
                        .set("whole", c.coded.group(m, "whole").entity())));
        factRules.add(rule("en.part-of.new-group", 0.8,
                "(?:a |an )?new (?:group|lab|unit|division|team) (?:called|named) (?<part>{o}) (?:inside|within|at|in) (?<whole>{o})",
                (c, m) -> c.propose(FactType.PART_OF, m).set("part", c.coded.group(m, "part").entity())
                        .set("whole", c.coded.group(m, "whole").entity())));
        factRules.add(rule("en.investment.invested", 0.9,
                "(?<inv>{o}) (?:(?:has|had|also|will) )*(?:invested|invests|invest|put|poured) (?<a>{a}) (?:in|into) (?<t>{o})",
                this::investment));
        factRules.add(rule("en.investment.led-round", 0.8,
                "(?<inv>{o}) (?:has |had )?(?:led|co-led) (?:a |an )?(?<a>{a}) (?:funding )?(?:round|investment) (?:in|into) (?<t>{o})",
                this::investment));
        factRules.add(rule("en.investment.raised", 0.8,
                "(?<t>{o}) (?:has |had )?(?:raised|raises) (?<a>{a}) (?:{any} )*?(?:led by|from) (?<inv>{o})", this::investment));
        factRules.add(rule("en.investment.possessive", 0.8,
                "(?<inv>{o}) 's (?<a>{a}) (?:investment|stake) in (?<t>{o})", this::investment));
        factRules.add(rule("en.develops.maker", 0.8,
                "(?<o>{o}) , (?:the )?(?:maker|developer|creator) of (?<x>{x})", this::develops));
        factRules.add(rule("en.sibling.brother", 0.8,
                "(?:his|her) (?<rel>brother|sister)(?: ,)? (?<p>{p})", this::sibling));
    }

    // ---- rule actions -----------------------------------------------------------------------------

    private void affiliation(Context c, Matcher m) {
        Item title = c.coded.group(m, "t");
        c.affiliations.add(new Affiliation(c.coded.group(m, "p").entity(), c.coded.group(m, "o").entity(),
                title == null ? null : title.title(), Coded.start(m, "former") >= 0, c.coded.span(m), c.rule.id,
                c.rule.confidence));
    }

    private void partnership(Context c, Matcher m) {
        Entities.Entity subject = discourse.previousSubject;
        Entities.Entity partner = c.coded.group(m, "p").entity();
        if (subject == null || subject == partner) {
            return;
        }
        Proposal partners = c.propose(FactType.PARTNERS, m).set("person", subject).set("partner", partner);
        int[] first = c.coded.span(c.coded.itemAt(m.start()), c.coded.groupIndex(m, "p"));
        partners.evidence.clear();
        partners.evidence(first[0], first[1]);
        partners.note("who works in partnership: the subject of the previous sentence, " + subject.label());
        if (Coded.start(m, "oversees") >= 0) {
            Entities.Entity led = currentlyLeads(subject);
            if (led != null) {
                Proposal p = c.propose(FactType.LEADS, m).set("person", partner).set("organization", led)
                        .set("role", "oversees " + c.coded.text(m, "role")).set("current", true);
                p.note("leads what " + subject.label() + " leads, whom they partner with: " + led.label());
            }
        }
    }

    private void newGroup(Context c, Matcher m) {
        Entities.Entity part = c.coded.group(m, "part").entity();
        Entities.Entity whole = null;
        List<Item> items = c.coded.items;
        for (int k = 0; k + 1 < items.size() && whole == null; k++) {
            if (Set.of("ضمن", "داخل", "في").contains(items.get(k).norm()) && items.get(k + 1).kind() == Item.Kind.ORG
                    && items.get(k + 1).entity() != part) {
                whole = items.get(k + 1).entity();
            }
        }
        if (whole == null) {
            whole = firstBefore(c.coded, c.coded.groupIndex(m, "part"), Item.Kind.ORG);
        }
        if (whole != null && whole != part) {
            Proposal p = c.propose(FactType.PART_OF, m).set("part", part).set("whole", whole);
            p.evidence.clear();
            p.evidence(c.coded.items.get(0).start(), c.coded.group(m, "part").end());
        }
    }

    private void investment(Context c, Matcher m) {
        Item amount = c.coded.group(m, "a");
        Proposal p = c.propose(FactType.INVESTMENT, m).set("investor", c.coded.group(m, "inv").entity())
                .set("target", c.coded.group(m, "t").entity())
                .set("amount", new io.talentgraph.dataset.Amount(amount.amount().value(), amount.amount().currency(),
                        "exact".equals(amount.amount().qualifier()) ? null : amount.amount().qualifier()));
        p.time = nearestTime(c.coded, c.coded.groupIndex(m, "a"));
        if (c.rule.id.contains("raised")) {
            p.note("the amount is the round's total, which " + c.coded.group(m, "inv").entity().label() + " led");
        }
        discourse.focusOrganization = c.coded.group(m, "inv").entity();
    }

    private void develops(Context c, Matcher m) {
        Proposal p = c.propose(FactType.DEVELOPS, m).set("organization", c.coded.group(m, "o").entity())
                .set("product", c.coded.group(m, "x").entity());
        p.time = nearestTime(c.coded, c.coded.groupIndex(m, "x"));
        p.attribution = Attribution.STATED;
    }

    private void sibling(Context c, Matcher m) {
        Entities.Entity subject = firstBefore(c.coded, c.coded.groupIndex(m, "rel"), Item.Kind.PERSON);
        if (subject == null) {
            subject = discourse.lastSpeaker;
        }
        Entities.Entity other = c.coded.group(m, "p").entity();
        if (subject != null && subject != other) {
            String rel = c.coded.group(m, "rel").norm();
            c.propose(FactType.SIBLING, m).set("person", subject).set("sibling", other)
                    .set("relation", rel.contains("sister") || rel.contains("ته") || rel.contains("تها") || rel.startsWith("اخت")
                            ? "sister" : "brother").attribution = Attribution.STATED;
        }
    }

    // ---- reading a sentence -----------------------------------------------------------------------

    void read(int index, List<Item> items, List<Item> nextSentence) {
        Coded coded = new Coded(items);
        Attribution attribution = attribution(coded);
        Context c = new Context(coded, index, attribution, new ArrayList<>());
        for (Rule r : roleRules) {
            c.rule = r;
            Matcher m = r.pattern.matcher(coded.code);
            while (m.find()) {
                r.action.accept(c, m);
            }
        }
        List<Said> speech = speech(c);
        for (Rule r : factRules) {
            c.rule = r;
            Matcher m = r.pattern.matcher(coded.code);
            while (m.find()) {
                r.action.accept(c, m);
            }
        }
        hiringFrames(c, nextSentence);
        roles(c);
        claimedInside(c, speech);
        Entities.Entity subject = firstOf(coded, Item.Kind.PERSON);
        if (subject != null) {
            discourse.previousSubject = subject;
        }
        discourse.previousAttribution = attribution;
    }

    /** What someone said: where in the article, and who. */
    private record Said(int start, int end, Entities.Entity speaker) {
    }

    /** Facts whose words sit inside what someone said are that person's claim, not the article's. */
    private void claimedInside(Context c, List<Said> speech) {
        for (Proposal p : proposals) {
            if (p.sentence != c.sentence || p.type == FactType.CLAIMED || p.evidence.isEmpty()) {
                continue;
            }
            int at = p.anchor >= 0 ? p.anchor : p.evidence.get(0)[0];
            for (Said s : speech) {
                if (at >= s.start && at < s.end) {
                    p.attribution = Attribution.claimed(s.speaker, "said by " + s.speaker.label());
                }
            }
        }
    }

    /** Roles read from appositions: leadership always, jobs unless the person is being hired away. */
    private void roles(Context c) {
        for (Affiliation a : c.affiliations) {
            if (a.person == null || a.org == null) {
                continue;
            }
            Proposal p;
            if (a.title != null && a.title.lead()) {
                p = new Proposal(FactType.LEADS, a.rule, a.confidence, c.sentence).set("person", a.person)
                        .set("organization", a.org).set("title", a.title.en()).set("current", !a.former);
            } else if (!c.hired.contains(a.person) && (a.title == null || !a.title.en().equals("founder"))
                    && (a.title != null || attemptTargets.contains(a.person))) {
                p = new Proposal(FactType.WORKS_AT, a.rule, a.confidence * (a.title == null ? 0.8 : 1), c.sentence)
                        .set("person", a.person).set("organization", a.org)
                        .set("title", a.title == null ? null : a.title.en()).set("current", !a.former);
            } else {
                continue;
            }
            if (a.title != null && language == Language.AR) {
                p.set("titleAr", textOf(c.coded, a.span, a.title));
            }
            p.evidence(a.span[0], a.span[1]);
            proposals.add(p);
        }
        attemptTargets.clear();
    }

    private final Set<Entities.Entity> attemptTargets = new LinkedHashSet<>();

    private static String textOf(Coded coded, int[] span, Lexicon.Title title) {
        for (Item item : coded.items) {
            if (item.kind() == Item.Kind.TITLE && item.title() == title && item.start() >= span[0] && item.end() <= span[1]) {
                return item.text();
            }
        }
        return null;
    }

    // ---- attribution and speech -------------------------------------------------------------------

    private Attribution attribution(Coded coded) {
        List<Item> items = coded.items;
        List<String> norms = items.stream().map(Item::norm).toList();
        for (int k = 0; k < items.size(); k++) {
            Phrases.Match<Boolean> cue = items.get(k).kind() == Item.Kind.WORD ? lx.reportCue.at(norms, k) : null;
            if (cue != null) {
                for (int j = k + cue.length(); j < Math.min(items.size(), k + cue.length() + 3); j++) {
                    if (items.get(j).kind() == Item.Kind.OUTLET) {
                        return Attribution.reported(items.get(j).entity(), text(items, k, j));
                    }
                    if (items.get(j).kind() == Item.Kind.PERSON || items.get(j).kind() == Item.Kind.ORG) {
                        break;
                    }
                }
            }
            if (items.get(k).kind() == Item.Kind.OUTLET && k + 1 < items.size()
                    && Set.of("reported", "reports", "reporting").contains(norms.get(k + 1))) {
                return Attribution.reported(items.get(k).entity(), text(items, k, k + 1));
            }
        }
        for (int k = 0; k < items.size(); k++) {
            Phrases.Match<Boolean> cue = items.get(k).kind() == Item.Kind.WORD ? lx.unnamedReports.at(norms, k) : null;
            if (cue != null) {
                return Attribution.unnamed(text(items, k, k + cue.length() - 1));
            }
        }
        return Attribution.STATED;
    }

    private static String text(List<Item> items, int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last && k < items.size(); k++) {
            sb.append(k > first ? " " : "").append(items.get(k).text());
        }
        return sb.toString();
    }

    /**
     * Finds who said what: a speech verb, its speaker (a person next to it, or whoever spoke last) and
     * what follows. Proposes a claim for it and returns the spans of what was said, with the speaker.
     */
    /** Participles continue the sentence's speaker: "نفت الشركة ... مؤكدة أن", "Marsh said, adding that". */
    private static final Set<String> PARTICIPLES = Set.of(Norm.of("مضيفا"), Norm.of("مضيفة"), Norm.of("مؤكدا"),
            Norm.of("مؤكدة"), Norm.of("قائلا"), Norm.of("قائلة"), "adding", "saying", "noting");
    private static final Entities.Entity ORG_SPEAKS = new Entities.Entity(KnownEntity.Kind.ORGANIZATION, "", "", null,
            null, false);

    private List<Said> speech(Context c) {
        Entities.Entity sentenceSpeaker = null;
        List<Said> spans = new ArrayList<>();
        List<Item> items = c.coded.items;
        List<String> norms = items.stream().map(Item::norm).toList();
        for (int k = 0; k < items.size(); k++) {
            Phrases.Match<String> cue = items.get(k).kind() == Item.Kind.WORD ? lx.speech.at(norms, k) : null;
            if (cue == null) {
                continue;
            }
            int after = k + cue.length();
            Entities.Entity speaker = null;
            int contentFrom = after;
            boolean orgSpeaks = false;
            // who: the person just after the verb, or after a title right after it ("قالت الرئيسة التنفيذية
            // لشركة X، سارة لينديل"), or else the subject before the verb
            boolean titled = after < items.size() && items.get(after).kind() == Item.Kind.TITLE;
            for (int j = after; j < Math.min(items.size(), after + (titled ? 9 : 1)); j++) {
                Item it = items.get(j);
                if (it.kind() == Item.Kind.PERSON) {
                    speaker = it.entity();
                    contentFrom = j + 1;
                    break;
                }
                if (it.kind() == Item.Kind.ORG && j == after) {
                    orgSpeaks = true;
                    break;
                }
                if (Set.of("ان", "إن", ":", "\"", "that").contains(it.norm())) {
                    break;
                }
            }
            if (speaker == null && PARTICIPLES.contains(norms.get(k))) {
                if (sentenceSpeaker == ORG_SPEAKS) {
                    continue;
                }
                speaker = sentenceSpeaker;
            }
            boolean pronoun = k > 0 && Set.of("لكنه", "لكنها", "انه", "انها", "he", "she").contains(norms.get(k - 1))
                    || norms.get(k).startsWith("و") || k > 0 && norms.get(k - 1).equals("كما") || k == 0;
            if (speaker == null && !orgSpeaks && k > 0) {
                // the subject before the verb: an organization right before it speaks for itself ("Tern said");
                // otherwise the first person of the sentence, not the nearest ("X, ... with his brother Y, added")
                Item before = items.get(k - 1);
                if (before.kind() == Item.Kind.ORG) {
                    orgSpeaks = true;
                } else if (!pronoun || before.kind() == Item.Kind.PERSON) {
                    for (int j = 0; j < k && speaker == null; j++) {
                        if (items.get(j).kind() == Item.Kind.PERSON) {
                            speaker = items.get(j).entity();
                        }
                    }
                }
            }
            if (speaker == null && !orgSpeaks && pronoun) {
                speaker = discourse.lastSpeaker != null ? discourse.lastSpeaker : firstOf(c.coded, Item.Kind.PERSON);
            }
            if (orgSpeaks) {
                sentenceSpeaker = ORG_SPEAKS;
            }
            if (speaker == null) {
                continue;
            }
            sentenceSpeaker = speaker;
            // what: after the complementizer or colon, to the end of the sentence
            int from = contentFrom;
            while (from < items.size() && Set.of(",", "ان", "إن", "الي", ":", "that").contains(items.get(from).norm())) {
                from++;
            }
            if (from >= items.size()) {
                from = Math.max(0, k - 1);
            }
            int to = Math.min(items.size(), clauseEnd(items, norms, from + 1)) - 1;
            while (to > from && items.get(to).kind() == Item.Kind.PUNCT && !items.get(to).norm().equals("\"")) {
                to--;
            }
            String stance = cue.value();
            int[] content = {items.get(from).start(), items.get(to).end()};
            if (language == Language.EN) {
                int[] quote = quoted(items, k);
                if (quote != null) {
                    content = quote;
                }
            }
            discourse.lastSpeaker = speaker;
            spans.add(new Said(content[0], content[1], speaker));
            Proposal p = new Proposal(FactType.CLAIMED, language == Language.AR ? "ar.claimed.speech" : "en.claimed.speech",
                    0.6, c.sentence);
            p.set("person", speaker).set("stance", stance);
            p.attribution = Attribution.claimed(speaker, items.get(k).text());
            int[] whole = {Math.min(items.get(k).start(), content[0]), Math.max(items.get(k).end(), content[1])};
            p.evidence(whole[0], whole[1]);
            List<Entities.Entity> about = new ArrayList<>();
            Item.AmountValue amount = null;
            boolean offer = false;
            for (Item it : items) {
                if (it.start() >= content[0] && it.end() <= content[1]) {
                    if (it.kind() == Item.Kind.ORG && !about.contains(it.entity())) {
                        about.add(it.entity());
                    }
                    if (it.kind() == Item.Kind.AMOUNT && amount == null) {
                        amount = it.amount();
                    }
                    offer |= Set.of("عروض", "عرض", "عرضت", "offer", "offers", "offered").contains(it.norm());
                }
            }
            p.claim = new Proposal.ClaimProposal(offer ? "offer" : "assessment", null, amount, about);
            p.fields.put("claimSpan", content);
            proposals.add(p);
            k = Math.max(k, to - 1);
        }
        return spans;
    }

    private static int[] quoted(List<Item> items, int cue) {
        int open = -1;
        for (int j = 0; j < items.size(); j++) {
            if (items.get(j).norm().equals("\"")) {
                if (open < 0) {
                    open = j;
                } else {
                    if (Math.abs(cue - j) <= 3 || Math.abs(cue - open) <= 3) {
                        return new int[] {items.get(open).start(), items.get(j).end()};
                    }
                    open = -1;
                }
            }
        }
        return null;
    }

    // ---- hiring frames ----------------------------------------------------------------------------

    private void hiringFrames(Context c, List<Item> nextSentence) {
        List<Item> items = c.coded.items;
        List<String> norms = items.stream().map(Item::norm).toList();
        Proposal lastGroup = null;
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).kind() != Item.Kind.WORD) {
                continue;
            }
            Phrases.Match<Lexicon.Trigger> trigger = lx.triggers.at(norms, k);
            if (trigger == null || trigger.value() == Lexicon.Trigger.INVESTS || trigger.value() == Lexicon.Trigger.RAISES) {
                continue;
            }
            int end = k + trigger.length();
            int right = Math.min(clauseEnd(items, norms, end), nextTrigger(items, norms, end));
            int left = clauseStart(items, norms, k);
            boolean attempt = trigger.value() == Lexicon.Trigger.APPROACHES || cueBefore(lx.attempt, norms, items, left, k, 6);
            boolean negated = cueBefore(lx.negation, norms, items, Math.max(left, lastPunctuation(items, k) + 1), k, 3);
            boolean denied = cueBefore(lx.denial, norms, items, 0, k, 20);
            boolean attemptCue = trigger.value() == Lexicon.Trigger.APPROACHES || cueBefore(lx.attempt, norms, items, left, k, 6);
            // a hire's own clause decides whether it failed; an attempt's outcome may come at the sentence's end
            String outcome = outcome(items, norms, end, attemptCue ? items.size() : right, nextSentence);
            if (!attempt && "failed".equals(outcome)) {
                attempt = true; // a failure cue after a hiring verb: never a hire
            }
            if (attempt && "succeeded".equals(outcome)) {
                attempt = false;
            }
            if (language == Language.EN && trigger.value() == Lexicon.Trigger.LEAVES && end < items.size()
                    && norms.get(end).equals("as")) {
                continue; // "stepped down as CEO" is a former role, read by its own rule
            }
            switch (trigger.value()) {
                case HIRES, APPROACHES -> lastGroup = hires(c, items, norms, k, end, right, left, attempt, negated,
                        outcome, lastGroup);
                case JOINS -> joins(c, items, norms, k, end, right, attempt, negated, outcome);
                case LEAVES -> leaves(c, items, norms, k, end, right, negated || denied);
                default -> {
                }
            }
        }
    }

    private Proposal hires(Context c, List<Item> items, List<String> norms, int k, int end, int right, int left,
                           boolean attempt, boolean negated, String outcome, Proposal lastGroup) {
        String rulePrefix = (language == Language.AR ? "ar" : "en") + (attempt ? ".attempt." : ".hire.");
        // who hired
        Entities.Entity agent = null;
        int agentAt = -1;
        String how = null;
        String trig = norms.get(k);
        // "تعيينها": the verbal noun carries its agent as a pronoun
        boolean suffixed = language == Language.AR
                && (trig.endsWith("ها") && lx.triggers.contains(trig.substring(0, trig.length() - 2))
                || trig.endsWith("ه") && trig.length() > 5 && lx.triggers.contains(trig.substring(0, trig.length() - 1)));
        boolean verbalNoun = VERBAL_NOUNS.contains(trig) || suffixed;
        if (language == Language.AR && !suffixed) {
            for (int j = end; j < Math.min(right, end + 3); j++) {
                Item it = items.get(j);
                if (it.kind() == Item.Kind.ORG || it.kind() == Item.Kind.PERSON && j == end && !attempt && !verbalNoun
                        && followedByObject(items, j, right)) {
                    agent = it.entity();
                    agentAt = j;
                    break;
                }
                if (it.kind() != Item.Kind.WORD || !Set.of("ايضا", "مؤخرا", "قد", "شركه").contains(it.norm())) {
                    break;
                }
            }
        }
        if (agent == null && suffixed) {
            agent = discourse.focusOrganization;
            how = "the pronoun in '" + items.get(k).text() + "' read as " + (agent == null ? "?" : agent.label());
        }
        if (agent == null) {
            // the subject before the verb: an organization if there is one ("وظفت ميتا X، كما حاولت استقطاب Y"),
            // else a person who is not already someone's hire or target in this sentence
            for (Item.Kind kind : List.of(Item.Kind.ORG, Item.Kind.PERSON)) {
                for (int j = k - 1; j >= left && agent == null; j--) {
                    Item it = items.get(j);
                    if (it.kind() == kind && !(j > 0 && Set.of("from", "من", "of").contains(norms.get(j - 1)))
                            && !c.hired.contains(it.entity()) && !attemptTargets.contains(it.entity())) {
                        agent = it.entity();
                        agentAt = j;
                    }
                }
            }
        }
        if (agent == null && language == Language.EN) {
            for (int j = end; j + 1 < right; j++) {
                if (norms.get(j).equals("by") && items.get(j + 1).kind() == Item.Kind.ORG) {
                    agent = items.get(j + 1).entity();
                    agentAt = j + 1;
                    break;
                }
            }
        }
        if (agent != null && agent.kind == KnownEntity.Kind.PERSON) {
            Entities.Entity led = currentlyLeads(agent);
            how = agent.label() + " hires for the organization they lead, " + (led == null ? "unknown" : led.label());
            agent = led;
        }
        if (agent == null) {
            return lastGroup;
        }
        discourse.focusOrganization = agent;
        // how many, in what role, from where
        Proposal group = null;
        int membersFrom = right;
        int objectsFrom = agentAt >= end ? agentAt + 1 : end;
        for (int j = objectsFrom; j < Math.min(right, objectsFrom + 5); j++) {
            if (items.get(j).kind() == Item.Kind.COUNT && !attempt && !negated) {
                String role = null;
                int noun = -1;
                for (int n = j + 1; n < Math.min(right, j + 3); n++) {
                    Phrases.Match<String> people = lx.peopleNouns.at(norms, n);
                    if (people != null) {
                        role = people.value();
                        noun = n;
                        break;
                    }
                }
                if (role == null) {
                    break;
                }
                group = new Proposal(FactType.GROUP_HIRE, rulePrefix + "group", 0.85, c.sentence)
                        .set("by", agent).set("count", items.get(j).count()).set("role", role);
                group.attribution = c.attribution;
                int last = noun;
                for (int n = noun + 1; n < right; n++) {
                    if (Set.of("من", "from").contains(norms.get(n))) {
                        int o = n + 1;
                        while (o < Math.min(right, n + 4) && items.get(o).kind() == Item.Kind.WORD
                                && !lx.members.contains(norms.get(o))) {
                            o++;
                        }
                        if (o < right && items.get(o).kind() == Item.Kind.ORG) {
                            group.set("from", items.get(o).entity());
                            last = o;
                        } else if (n + 1 < right && items.get(n + 1).kind() == Item.Kind.WORD) {
                            int d = n + 1;
                            while (d < right && items.get(d).kind() == Item.Kind.WORD && !lx.members.contains(norms.get(d))
                                    && d - n <= 3) {
                                d++;
                            }
                            group.set("fromDescription", text(items, n + 1, d - 1));
                            last = d - 1;
                        }
                        break;
                    }
                    if (items.get(n).kind() != Item.Kind.WORD || lx.members.contains(norms.get(n))) {
                        break;
                    }
                    if (Set.of("اخرين", "آخرين", "other", "more", "additional", "اخري").contains(norms.get(n))) {
                        group.within = lastGroup;
                    }
                }
                if (group.within == null && lastGroupLike(group) != null) {
                    group.within = lastGroupLike(group);
                }
                group.time = nearestTime(c.coded, j);
                group.anchor = items.get(k).start();
                group.evidence(items.get(left).start(), items.get(last).end());
                proposals.add(group);
                membersFrom = last + 1;
                break;
            }
        }
        // whom
        boolean members = false;
        for (int j = objectsFrom; j < right; j++) {
            Item it = items.get(j);
            if (it.kind() == Item.Kind.WORD && lx.members.at(norms, j) != null) {
                members = true;
            }
            if (it.kind() != Item.Kind.PERSON || it.entity() == agent || j < objectsFrom
                    || j > 0 && items.get(j - 1).norm().equals("(")) {
                continue;
            }
            Entities.Entity person = it.entity();
            if (isSpeakerOrReporter(items, j)) {
                continue;
            }
            Affiliation aff = affiliationOf(c, person);
            Entities.Entity from = aff != null ? aff.org : null;
            String fromHow = aff != null ? "the apposition '" + aff.rule + "'" : null;
            if (from == null && group != null && (members || j >= membersFrom)) {
                from = group.entity("from");
                fromHow = from == null ? null : "the group they were hired with";
            }
            if (from == null) {
                for (int n = j + 1; n < Math.min(right, j + 3); n++) {
                    if (!Set.of("من", "from").contains(norms.get(n))) {
                        continue;
                    }
                    // "من شركة نواة": the word for company may stand between the preposition and the name
                    int o = n + 1 < right && items.get(n + 1).kind() == Item.Kind.WORD
                            && Set.of("شركه", "شركة").contains(norms.get(n + 1)) ? n + 2 : n + 1;
                    if (o < right && items.get(o).kind() == Item.Kind.ORG) {
                        from = items.get(o).entity();
                        break;
                    }
                }
            }
            if (from == null) {
                from = knownFormerEmployer(person, agent, c.sentence);
                fromHow = from == null ? null : "where the article or the graph last placed " + person.label();
            }
            if (from == agent) {
                from = null;
            }
            int[] span = {items.get(Math.min(k, agentAt < 0 ? k : agentAt)).start(), Math.max(it.end(),
                    aff != null ? aff.span[1] : it.end())};
            if (members && group != null) {
                span[0] = items.get(memberCue(items, norms, objectsFrom, j)).start();
            }
            if (attempt) {
                Proposal p = new Proposal(FactType.HIRING_ATTEMPT, rulePrefix + (language == Language.AR ? "tried-to-recruit"
                        : "tried-to-hire"), 0.85, c.sentence).set("organization", agent).set("person", person)
                        .set("outcome", outcome);
                p.attribution = c.attribution;
                p.evidence(span[0], span[1]);
                int[] cue = outcomeSpan(items, norms, end);
                if (cue != null) {
                    p.evidence(cue[0], cue[1]);
                }
                if (how != null) {
                    p.note(how);
                }
                attemptTargets.add(person);
                proposals.add(p);
            } else if (!negated) {
                Proposal p = new Proposal(FactType.HIRE, rulePrefix + (group != null && (members || j >= membersFrom)
                        ? "group-member" : "hired"), from == null ? 0.75 : 0.9, c.sentence)
                        .set("person", person).set("by", agent).set("from", from);
                if (aff != null && aff.title != null) {
                    p.set("formerTitle", aff.title.en());
                    if (language == Language.AR) {
                        p.set("formerTitleAr", textOf(c.coded, aff.span, aff.title));
                    }
                }
                if (group != null && (members || j >= membersFrom)) {
                    p.fields.put("group", group);
                }
                p.attribution = c.attribution;
                p.time = nearestTime(c.coded, j);
                p.evidence(span[0], span[1]);
                if (how != null) {
                    p.note(how);
                }
                if (fromHow != null && aff == null) {
                    p.note("from: " + fromHow);
                }
                c.hired.add(person);
                proposals.add(p);
            }
        }
        return group != null ? group : lastGroup;
    }

    /** Nouns of hiring ("توظيف", "استقطاب"): what follows them is whom, not who. */
    private static final Set<String> VERBAL_NOUNS = Set.of(Norm.of("توظيف"), Norm.of("استقطاب"), Norm.of("لاستقطاب"),
            Norm.of("تعيين"), Norm.of("انضمام"), Norm.of("انتقال"), Norm.of("التحاق"));

    private Proposal lastGroupLike(Proposal group) {
        Proposal found = null;
        for (Proposal p : proposals) {
            if (p.type == FactType.GROUP_HIRE && p != group && p.entity("by") == group.entity("by")
                    && p.entity("from") != null && p.entity("from") == group.entity("from")
                    && ((Long) p.fields.get("count")) > (Long) group.fields.get("count")) {
                found = p;
            }
        }
        return found != null && group.entity("from") != null && found.sentence < group.sentence ? found : null;
    }

    private int memberCue(List<Item> items, List<String> norms, int from, int person) {
        for (int j = person; j >= from; j--) {
            if (items.get(j).kind() == Item.Kind.WORD && lx.members.at(norms, j) != null) {
                return Math.min(j + 1, person);
            }
            if (j < person && (items.get(j).kind() == Item.Kind.PERSON || items.get(j).norm().equals(","))) {
                return Math.min(j + 1, person);
            }
        }
        return person;
    }

    private boolean followedByObject(List<Item> items, int j, int right) {
        for (int n = j + 1; n < right; n++) {
            if (items.get(n).kind() == Item.Kind.PERSON || items.get(n).kind() == Item.Kind.COUNT) {
                return true;
            }
        }
        return false;
    }

    private boolean isSpeakerOrReporter(List<Item> items, int j) {
        List<String> norms = items.stream().map(Item::norm).toList();
        return j + 1 < items.size() && items.get(j + 1).kind() == Item.Kind.WORD && lx.speech.at(norms, j + 1) != null
                && !norms.get(j + 1).equals("added");
    }

    private void joins(Context c, List<Item> items, List<String> norms, int k, int end, int right, boolean attempt,
                       boolean negated, String outcome) {
        Entities.Entity person = null;
        int personAt = -1;
        for (int j = end; j < Math.min(right, end + 2); j++) {
            if (items.get(j).kind() == Item.Kind.PERSON) {
                person = items.get(j).entity();
                personAt = j;
            }
        }
        if (person == null && k > 0) {
            // the subject: the clause's first person, past any apposition ("X, the former CEO of Y, joined Z")
            for (int j = clauseStart(items, norms, k); j < k && person == null; j++) {
                if (items.get(j).kind() == Item.Kind.PERSON) {
                    person = items.get(j).entity();
                    personAt = j;
                }
            }
        }
        String note = null;
        if (person == null && language == Language.AR && (norms.get(k).endsWith("ها") || norms.get(k).endsWith("ه"))) {
            person = firstOf(c.coded, Item.Kind.PERSON);
            if (person == null) {
                person = discourse.previousSubject;
            }
            note = person == null ? null : "the pronoun in '" + items.get(k).text() + "' read as " + person.label();
        }
        if (person == null && language == Language.EN && k > 0 && Set.of("he", "she").contains(norms.get(k - 1))) {
            person = discourse.previousSubject;
            note = person == null ? null : "'" + items.get(k - 1).text() + "' read as " + person.label();
        }
        Entities.Entity by = null;
        int byAt = -1;
        int scan = Math.max(end, personAt + 1);
        for (int j = scan; j < right && by == null; j++) {
            // where to: after "إلى" / "to", or right after the verb ("joined Meta")
            boolean toward = j > 0 && Set.of("الي", "to", "ل").contains(norms.get(j - 1)) || j == end;
            if (items.get(j).kind() == Item.Kind.ORG && toward) {
                by = items.get(j).entity();
                byAt = j;
            }
        }
        for (int j = scan; j < right && by == null; j++) {
            if (items.get(j).kind() == Item.Kind.ORG && !(j > 0 && Set.of("من", "from", "of", "لشركه").contains(norms.get(j - 1)))) {
                by = items.get(j).entity();
                byAt = j;
            }
        }
        if (person == null || by == null || negated && !attempt) {
            return;
        }
        Affiliation aff = affiliationOf(c, person);
        Entities.Entity from = leftFor(items, norms, personAt, k);
        if (from == null || from == by) {
            from = aff != null && aff.org != by ? aff.org : knownFormerEmployer(person, by, c.sentence);
        }
        if (attempt) {
            Proposal p = new Proposal(FactType.HIRING_ATTEMPT, (language == Language.AR ? "ar" : "en") + ".attempt.to-join",
                    0.7, c.sentence).set("organization", by).set("person", person).set("outcome", outcome);
            p.attribution = c.attribution;
            p.evidence(items.get(personAt < 0 ? k : Math.min(k, personAt)).start(), items.get(byAt).end());
            attemptTargets.add(person);
            proposals.add(p);
            return;
        }
        Proposal p = new Proposal(FactType.HIRE, (language == Language.AR ? "ar" : "en") + ".hire.joined", 0.85, c.sentence)
                .set("person", person).set("by", by).set("from", from == by ? null : from);
        p.attribution = c.attribution;
        p.time = nearestTime(c.coded, byAt);
        p.evidence(items.get(personAt < 0 ? k : Math.min(k, personAt)).start(), items.get(byAt).end());
        if (note != null) {
            p.note(note);
        }
        if (items.get(byAt).how() != null && items.get(byAt).how().equals("coreference")) {
            p.note("'" + items.get(byAt).text() + "' read as " + by.label());
        }
        c.hired.add(person);
        proposals.add(p);
    }

    /** "X left Apple to join Meta", "غادر X OpenAI للانضمام إلى": the organization left, between the person and the join. */
    private Entities.Entity leftFor(List<Item> items, List<String> norms, int personAt, int join) {
        // Arabic puts the verb first: "غادر X OpenAI للانضمام إلى"
        int from = personAt < 0 ? Math.max(0, join - 8) : Math.max(0, Math.min(personAt, join) - 2);
        int to = personAt > join ? personAt : join;
        for (int j = from; j < to; j++) {
            Phrases.Match<Lexicon.Trigger> t = lx.triggers.at(norms, j);
            if (t != null && t.value() == Lexicon.Trigger.LEAVES) {
                for (int o = j + t.length(); o < Math.min(to + 1, j + t.length() + 3) && o < items.size(); o++) {
                    if (items.get(o).kind() == Item.Kind.ORG) {
                        return items.get(o).entity();
                    }
                }
            }
        }
        return null;
    }

    private void leaves(Context c, List<Item> items, List<String> norms, int k, int end, int right, boolean denied) {
        Entities.Entity person = null;
        int personAt = -1;
        for (int j = k - 1; j >= Math.max(0, k - 4) && person == null; j--) {
            if (items.get(j).kind() == Item.Kind.PERSON) {
                person = items.get(j).entity();
                personAt = j;
            }
        }
        for (int j = end; j < Math.min(right, end + 2) && person == null; j++) {
            if (items.get(j).kind() == Item.Kind.PERSON) {
                person = items.get(j).entity();
                personAt = j;
            }
        }
        Entities.Entity org = null;
        int orgAt = -1;
        for (int j = end; j < right; j++) {
            if (items.get(j).kind() == Item.Kind.ORG) {
                org = items.get(j).entity();
                orgAt = j;
                break;
            }
        }
        if (person == null || org == null) {
            return;
        }
        Entities.Entity to = null;
        int toAt = -1;
        // "left xAI for OpenAI", "غادر xAI إلى OpenAI"; not "يغادر xAI، إذ كان كايل كوسيك … قد غادرها إلى OpenAI",
        // where another person's clause, with a verb of its own, says where they went
        for (int j = orgAt + 1; j + 1 < Math.min(right, orgAt + 7) && to == null; j++) {
            if (items.get(j).kind() == Item.Kind.PERSON || lx.triggers.at(norms, j) != null) {
                break;
            }
            if (Set.of("for", "to", "الي", "لصالح").contains(norms.get(j)) && items.get(j + 1).kind() == Item.Kind.ORG) {
                to = items.get(j + 1).entity();
                toAt = j + 1;
            }
        }
        String prefix = language == Language.AR ? "ar" : "en";
        if (denied) {
            Proposal p = new Proposal(FactType.WORKS_AT, prefix + ".works-at.denied-leaving", 0.7, c.sentence)
                    .set("person", person).set("organization", org).set("current", true);
            p.attribution = c.attribution;
            p.evidence(items.get(0).start(), items.get(orgAt).end());
            p.note("the sentence denies that " + person.label() + " left");
            proposals.add(p);
        } else if (to != null) {
            Proposal p = new Proposal(FactType.HIRE, prefix + ".hire.left-for", 0.8, c.sentence)
                    .set("person", person).set("by", to).set("from", org);
            p.attribution = c.attribution;
            p.evidence(items.get(Math.min(personAt, k)).start(), items.get(toAt).end());
            c.hired.add(person);
            proposals.add(p);
        } else {
            Proposal p = new Proposal(FactType.WORKS_AT, prefix + ".works-at.left", 0.7, c.sentence)
                    .set("person", person).set("organization", org).set("current", false);
            p.attribution = c.attribution;
            p.time = nearestTime(c.coded, k);
            p.evidence(items.get(Math.min(personAt, k)).start(), items.get(orgAt).end());
            proposals.add(p);
        }
    }

    /** failed, succeeded, pending or unknown: from cues after the trigger, or at the start of the next sentence. */
    private String outcome(List<Item> items, List<String> norms, int from, int to, List<Item> next) {
        for (int j = from; j < to; j++) {
            if (items.get(j).kind() != Item.Kind.WORD) {
                continue;
            }
            if (lx.failure.at(norms, j) != null) {
                return "failed";
            }
            if (lx.pending.at(norms, j) != null) {
                return "pending";
            }
        }
        for (int j = 0; j < from && j < items.size(); j++) {
            if (items.get(j).kind() == Item.Kind.WORD && lx.success.at(norms, j) != null) {
                return "succeeded";
            }
        }
        if (next != null && to >= items.size()) {
            List<String> n = next.stream().map(Item::norm).toList();
            for (int j = 0; j < Math.min(6, next.size()); j++) {
                if (next.get(j).kind() == Item.Kind.PERSON || next.get(j).kind() == Item.Kind.ORG) {
                    break;
                }
                if (lx.failure.at(n, j) != null) {
                    return "failed";
                }
            }
        }
        return "unknown";
    }

    private int[] outcomeSpan(List<Item> items, List<String> norms, int from) {
        for (int j = from; j < items.size(); j++) {
            Phrases.Match<Boolean> f = items.get(j).kind() == Item.Kind.WORD ? lx.failure.at(norms, j) : null;
            if (f != null) {
                int start = j;
                while (start > from && items.get(start - 1).kind() != Item.Kind.PUNCT && j - start < 4
                        && items.get(start - 1).kind() != Item.Kind.PERSON) {
                    start--;
                }
                return new int[] {items.get(start).start(), items.get(j + f.length() - 1).end()};
            }
        }
        return null;
    }

    private static int lastPunctuation(List<Item> items, int before) {
        for (int j = before - 1; j >= 0; j--) {
            if (items.get(j).kind() == Item.Kind.PUNCT) {
                return j;
            }
        }
        return -1;
    }

    private int nextTrigger(List<Item> items, List<String> norms, int from) {
        for (int j = from; j < items.size(); j++) {
            Phrases.Match<Lexicon.Trigger> t = items.get(j).kind() == Item.Kind.WORD ? lx.triggers.at(norms, j) : null;
            if (t != null && t.value() != Lexicon.Trigger.INVESTS && t.value() != Lexicon.Trigger.RAISES) {
                return j;
            }
        }
        return items.size();
    }

    private int clauseEnd(List<Item> items, List<String> norms, int from) {
        for (int j = from; j < items.size(); j++) {
            if (items.get(j).kind() == Item.Kind.WORD && lx.clauseBreak.at(norms, j) != null || norms.get(j).equals(";")) {
                return j;
            }
        }
        return items.size();
    }

    private int clauseStart(List<Item> items, List<String> norms, int from) {
        for (int j = from - 1; j >= 0; j--) {
            if (items.get(j).kind() == Item.Kind.WORD && lx.clauseBreak.at(norms, j) != null || norms.get(j).equals(";")) {
                return j + 1;
            }
        }
        return 0;
    }

    private boolean cueBefore(Phrases<Boolean> cues, List<String> norms, List<Item> items, int from, int to, int window) {
        for (int j = Math.max(from, to - window); j < to; j++) {
            if (items.get(j).kind() == Item.Kind.WORD && cues.at(norms, j) != null) {
                return true;
            }
        }
        return false;
    }

    // ---- what the article and the graph already say -----------------------------------------------

    private Affiliation affiliationOf(Context c, Entities.Entity person) {
        for (Affiliation a : c.affiliations) {
            if (a.person == person && a.org != null) {
                return a;
            }
        }
        return null;
    }

    /** The organization a person leads: as this article said so far, else as the graph holds now. */
    private Entities.Entity currentlyLeads(Entities.Entity person) {
        for (int i = proposals.size() - 1; i >= 0; i--) {
            Proposal p = proposals.get(i);
            if (p.type == FactType.LEADS && p.entity("person") == person && Boolean.TRUE.equals(p.fields.get("current"))) {
                return p.entity("organization");
            }
        }
        for (OngoingRole r : entities.gazetteer().ongoing()) {
            if (r.relation() == RelType.LEADS && r.person().equals(person.id)) {
                Entities.Entity org = entities.get(KnownEntity.Kind.ORGANIZATION, r.organization());
                if (org != null) {
                    return org;
                }
            }
        }
        return null;
    }

    /** Where the person was before: a former role this article gave, or their current job in the graph. */
    private Entities.Entity knownFormerEmployer(Entities.Entity person, Entities.Entity hirer, int sentence) {
        for (int i = proposals.size() - 1; i >= 0; i--) {
            Proposal p = proposals.get(i);
            // only what earlier sentences said: a role in the same sentence may be the one the move began
            if ((p.type == FactType.LEADS || p.type == FactType.WORKS_AT) && p.entity("person") == person
                    && p.entity("organization") != hirer && p.sentence < sentence
                    && !hirer.id.equals(entities.gazetteer().partOf().get(p.entity("organization").id))) {
                return p.entity("organization");
            }
        }
        for (OngoingRole r : entities.gazetteer().ongoing()) {
            if (r.person().equals(person.id) && !r.organization().equals(hirer.id)
                    && !hirer.id.equals(entities.gazetteer().partOf().get(r.organization()))) {
                Entities.Entity org = entities.get(KnownEntity.Kind.ORGANIZATION, r.organization());
                if (org != null) {
                    return org;
                }
            }
        }
        return null;
    }

    private static Entities.Entity firstBefore(Coded coded, int index, Item.Kind kind) {
        for (int k = index - 1; k >= 0; k--) {
            if (coded.items.get(k).kind() == kind) {
                return coded.items.get(k).entity();
            }
        }
        return null;
    }

    private static Entities.Entity firstOf(Coded coded, Item.Kind kind) {
        for (Item item : coded.items) {
            if (item.kind() == kind) {
                return item.entity();
            }
        }
        return null;
    }

    /** The time phrase closest to an item in its sentence. */
    private static Item nearestTime(Coded coded, int index) {
        Item best = null;
        int distance = Integer.MAX_VALUE;
        for (int k = 0; k < coded.items.size(); k++) {
            if (coded.items.get(k).kind() == Item.Kind.TIME && Math.abs(k - index) < distance) {
                best = coded.items.get(k);
                distance = Math.abs(k - index);
            }
        }
        return best;
    }

}
