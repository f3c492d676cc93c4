package io.talentgraph.ingest;

import io.talentgraph.dataset.Amount;
import io.talentgraph.dataset.Evidence;
import io.talentgraph.dataset.FactType;
import io.talentgraph.model.PartialDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an article sentence by sentence and assembles the draft: proposals of the same fact merge (their
 * quotes add up, the surest reading wins), group hires get ids, reports become sources, and a move away
 * from an organization ends the jobs the gazetteer holds there.
 */
final class ArticleReader {

    private final TextAnalyzer analyzer;
    private final String extractor;

    /**
     * @param analyzer  splits sentences and tokens
     * @param extractor the extractor's name, for rule names in the draft
     */
    public ArticleReader(TextAnalyzer analyzer, String extractor) {
        this.analyzer = analyzer;
        this.extractor = extractor;
    }

    /**
     * @param article   the article
     * @param gazetteer what is known
     * @return the draft
     */
    public Draft read(Article article, Gazetteer gazetteer) {
        Entities entities = new Entities(gazetteer, article.text());
        Discourse discourse = new Discourse();
        List<Proposal> proposals = new ArrayList<>();
        Tagger tagger = new Tagger(article.language(), entities, discourse, article.published());
        SentenceReader reader = new SentenceReader(article.language(), entities, discourse, proposals);
        List<TextAnalyzer.Sentence> sentences = analyzer.analyze(article.text(), article.language());
        List<List<Item>> tagged = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            tagged.add(null);
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (tagged.get(i) == null) {
                tagged.set(i, tagger.tag(sentences.get(i)));
            }
            List<Item> next = null;
            if (i + 1 < sentences.size()) {
                // the next sentence is tagged now so a hiring attempt can see "The effort failed." after it
                tagged.set(i + 1, tagger.tag(sentences.get(i + 1)));
                next = tagged.get(i + 1);
            }
            reader.read(i, tagged.get(i), next);
        }
        nameParts(tagged, proposals, sentences.size());
        return assemble(article, gazetteer, proposals);
    }

    /**
     * "Google DeepMind" is part of "Google" when both appear: a name that extends another organization's
     * full name. Weak evidence (the name alone), so a low confidence.
     */
    private static void nameParts(List<List<Item>> tagged, List<Proposal> proposals, int sentences) {
        Map<Entities.Entity, Item> first = new LinkedHashMap<>();
        for (List<Item> items : tagged) {
            for (Item item : items) {
                if (item.kind() == Item.Kind.ORG && !"coreference".equals(item.how())) {
                    first.putIfAbsent(item.entity(), item);
                }
            }
        }
        for (Entities.Entity part : first.keySet()) {
            List<String> partTokens = Entities.tokens(part.name);
            for (Entities.Entity whole : first.keySet()) {
                List<String> wholeTokens = Entities.tokens(whole.name);
                if (whole != part && wholeTokens.size() < partTokens.size()
                        && partTokens.subList(0, wholeTokens.size()).equals(wholeTokens)) {
                    Item mention = first.get(part);
                    Proposal p = new Proposal(FactType.PART_OF, "name.part-of.name-extends", 0.5, sentences)
                            .set("part", part).set("whole", whole).evidence(mention.start(), mention.end());
                    p.note("only the name says so: '" + part.name + "' extends '" + whole.name + "'");
                    proposals.add(p);
                }
            }
        }
    }

    // ---- assembling the draft ---------------------------------------------------------------------

    private Draft assemble(Article article, Gazetteer gazetteer, List<Proposal> proposals) {
        String articleSlug = Ids.slug(article.name());
        String datasetId = "draft-" + (articleSlug.isEmpty() ? Ids.hash(article.text()) : articleSlug);
        String articleSource = "article-" + (articleSlug.isEmpty() ? Ids.hash(article.text()) : articleSlug);
        Map<Entities.Entity, Draft.Source> reports = new LinkedHashMap<>();
        List<Draft.Source> sources = new ArrayList<>();
        sources.add(new Draft.Source(articleSource, "article", article.outlet(), null, null));

        Map<Proposal, String> groupIds = new IdentityHashMap<>();
        for (Proposal p : proposals) {
            if (p.type == FactType.GROUP_HIRE) {
                groupIds.put(p, groupId(p, groupIds.values()));
            }
        }
        Map<String, List<Proposal>> byKey = new LinkedHashMap<>();
        for (Proposal p : proposals) {
            String key = p.type == FactType.GROUP_HIRE ? groupIds.get(p) : key(p);
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        List<Draft.Claim> claims = new ArrayList<>();
        Map<String, Integer> claimCounts = new HashMap<>();
        Set<Entities.Entity> referenced = new LinkedHashSet<>();
        List<Draft.Fact> facts = new ArrayList<>();
        for (Map.Entry<String, List<Proposal>> e : byKey.entrySet()) {
            List<Proposal> group = e.getValue();
            if (group.stream().allMatch(p -> p.supportOnly)) {
                continue;
            }
            Proposal best = group.stream().filter(p -> !p.supportOnly)
                    .max(Comparator.comparingDouble((Proposal p) -> p.confidence)
                            .thenComparing(p -> Boolean.FALSE.equals(p.fields.get("current"))))
                    .orElseThrow();
            Map<String, Object> fields = new LinkedHashMap<>();
            for (FactType.Field f : best.type.fields()) {
                Object value = best.fields.get(f.name());
                for (Proposal p : group) {
                    if (value == null && !p.supportOnly && f.kind() != FactType.Kind.FLAG) {
                        value = p.fields.get(f.name());
                    }
                }
                if (value instanceof Entities.Entity ref) {
                    referenced.add(ref);
                    value = ref.id;
                } else if (value instanceof Proposal g) {
                    value = groupIds.get(g);
                }
                if (value != null) {
                    fields.put(f.name(), value);
                }
            }
            if (best.type == FactType.GROUP_HIRE && best.within != null && groupIds.containsKey(best.within)) {
                fields.put("within", groupIds.get(best.within));
            }
            if (best.type == FactType.CLAIMED) {
                Entities.Entity person = best.entity("person");
                int n = claimCounts.merge(person.id, 1, Integer::sum);
                String claimId = "claim-" + person.id + "-" + n;
                int[] span = (int[]) best.fields.get("claimSpan");
                String summary = article.text().substring(span[0], span[1]).strip();
                Amount amount = best.claim.amount() == null ? null : new Amount(best.claim.amount().value(),
                        best.claim.amount().currency(), "exact".equals(best.claim.amount().qualifier()) ? null
                        : best.claim.amount().qualifier());
                claims.add(new Draft.Claim(claimId, best.claim.kind(), summary.length() > 3900
                        ? summary.substring(0, 3900) : summary, amount,
                        best.claim.about().stream().filter(x -> x.known || referencedByFacts(x, proposals)).map(x -> {
                            referenced.add(x);
                            return x.id;
                        }).toList()));
                fields.put("claim", claimId);
            }
            // who says so
            List<String> factSources = new ArrayList<>(List.of(articleSource));
            String reportedBy = null;
            String claimedBy = null;
            // a headline restates the body: the most specific attribution any reading found wins
            Attribution attribution = group.stream().filter(p -> !p.supportOnly).map(p -> p.attribution)
                    .min(Comparator.comparingInt(a -> List.of("reported", "claimed", "unnamed-reports", "stated")
                            .indexOf(a.kind()))).orElse(best.attribution);
            if ("reported".equals(attribution.kind())) {
                Draft.Source report = reports.computeIfAbsent(attribution.outlet(), o -> reportSource(o, articleSource,
                        reports.values()));
                reportedBy = report.id();
                factSources.add(report.id());
            } else if ("claimed".equals(attribution.kind())) {
                referenced.add(attribution.claimant());
                claimedBy = attribution.claimant().id;
            }
            List<Evidence> evidence = evidence(article.text(), group);
            Item time = group.stream().map(p -> p.time).filter(t -> t != null).findFirst().orElse(null);
            boolean endsSomething = Boolean.FALSE.equals(fields.get("current")) && (best.type == FactType.LEADS
                    || best.type == FactType.WORKS_AT);
            PartialDate date = time == null || endsSomething ? null : time.date();
            PartialDate until = time != null && endsSomething ? time.date() : null;
            List<String> notes = new ArrayList<>();
            group.forEach(p -> p.notes.stream().filter(n -> !notes.contains(n)).forEach(notes::add));
            if (attribution.cue() != null && !"stated".equals(attribution.kind())) {
                notes.add("attribution from '" + attribution.cue() + "'");
            }
            String id = e.getKey();
            List<String> ends = ends(best, fields, gazetteer, proposals, id);
            double confidence = Math.round(group.stream().filter(p -> !p.supportOnly)
                    .mapToDouble(p -> p.confidence).max().orElse(0.5) * 100) / 100.0;
            facts.add(new Draft.Fact(id, best.type == FactType.GROUP_HIRE, best.type, fields, factSources,
                    attribution.kind(), reportedBy, claimedBy, evidence, time == null ? null : time.text(), date, until,
                    ends, confidence, extractor.replaceAll("/\\d+$", "") + "/" + best.rule, notes));
        }
        facts.sort(Comparator.comparingInt(f -> f.evidence().isEmpty() ? 0 : f.evidence().get(0).start()));
        sources.addAll(reports.values());

        List<Draft.Entity> entities = new ArrayList<>();
        for (KnownEntity.Kind kind : List.of(KnownEntity.Kind.PERSON, KnownEntity.Kind.ORGANIZATION,
                KnownEntity.Kind.PRODUCT)) {
            for (Entities.Entity x : referenced) {
                if (x.kind == kind) {
                    entities.add(new Draft.Entity(kind, x.id, x.name, x.nameAr, new ArrayList<>(x.aliases),
                            kind == KnownEntity.Kind.ORGANIZATION ? (x.orgKind == null ? "company" : x.orgKind) : null,
                            x.known, new ArrayList<>(x.newSpellings), new ArrayList<>(x.seenAs), new ArrayList<>(x.why)));
                }
            }
        }
        String title = article.text().strip().lines().findFirst().orElse(article.name()).strip();
        return new Draft(datasetId, title.length() > 300 ? title.substring(0, 300) : title, article, extractor, sources,
                entities, claims, facts);
    }

    /** A new organization only named inside a quotation is no reason to propose it. */
    private static boolean referencedByFacts(Entities.Entity e, List<Proposal> proposals) {
        return proposals.stream().anyMatch(p -> p.type != FactType.CLAIMED && !p.supportOnly
                && p.fields.values().stream().anyMatch(v -> v == e));
    }

    /** The id the loader derives for a fact: its type and the ids it connects (see DatasetParser). */
    private static String key(Proposal p) {
        if (p.type == FactType.CLAIMED) {
            Entities.Entity person = p.entity("person");
            return person == null ? null : "claimed:" + person.id + ":" + p.sentence + ":" + p.evidence.get(0)[0];
        }
        StringBuilder sb = new StringBuilder(p.type.key());
        for (FactType.Field f : p.type.identifyingFields()) {
            Object v = p.fields.get(f.name());
            if (!(v instanceof Entities.Entity e)) {
                return null;
            }
            sb.append(':').append(e.id);
        }
        return sb.toString();
    }

    private static String groupId(Proposal g, java.util.Collection<String> taken) {
        Entities.Entity by = g.entity("by");
        Entities.Entity from = g.entity("from");
        String base = by.id + "-hires-" + g.fields.get("count") + "-" + Ids.slug(String.valueOf(g.fields.get("role")))
                + (from != null ? "-from-" + from.id : "");
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static Draft.Source reportSource(Entities.Entity outlet, String articleSource,
                                             java.util.Collection<Draft.Source> existing) {
        String base = Ids.slug(outlet.name);
        if (base.isEmpty()) {
            base = "outlet-" + Ids.hash(Norm.of(outlet.name));
        }
        String id = base + "-report";
        for (int n = 2; id.equals(articleSource) || taken(existing, id); n++) {
            id = base + "-report-" + n;
        }
        return new Draft.Source(id, "report", outlet.name, outlet.nameAr, articleSource);
    }

    private static boolean taken(java.util.Collection<Draft.Source> existing, String id) {
        return existing.stream().anyMatch(s -> s.id().equals(id));
    }

    /** Quotes from the article, trimmed of surrounding spaces and punctuation, with code-point offsets. */
    private static List<Evidence> evidence(String text, List<Proposal> group) {
        List<int[]> spans = new ArrayList<>();
        for (Proposal p : group) {
            for (int[] s : p.evidence) {
                int start = s[0];
                int end = s[1];
                while (start < end && !Character.isLetterOrDigit(text.codePointAt(start)) && text.charAt(start) != '"'
                        && text.charAt(start) != '“' && text.charAt(start) != '$' && text.charAt(start) != '(') {
                    start++;
                }
                while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",،.;:".indexOf(text.charAt(end - 1)) >= 0)) {
                    end--;
                }
                if (end > start && spans.stream().noneMatch(x -> x[0] <= s[0] && x[1] >= s[1])) {
                    int fs = start;
                    int fe = end;
                    spans.removeIf(x -> x[0] >= fs && x[1] <= fe);
                    spans.add(new int[] {start, end});
                }
            }
        }
        spans.sort(Comparator.comparingInt(x -> x[0]));
        List<Evidence> out = new ArrayList<>();
        for (int[] s : spans) {
            out.add(new Evidence(text.substring(s[0], s[1]), null, text.codePointCount(0, s[0]),
                    text.codePointCount(0, s[1])));
        }
        return out;
    }

    /**
     * A move away from an organization (or a role marked former) ends what the gazetteer holds as current
     * there: the job a hire began, a role at the organization or at a lab inside it.
     */
    private static List<String> ends(Proposal best, Map<String, Object> fields, Gazetteer gazetteer,
                                     List<Proposal> proposals, String ownId) {
        String person = (String) fields.get("person");
        String left;
        if (best.type == FactType.HIRE) {
            left = (String) fields.get("from");
        } else if ((best.type == FactType.WORKS_AT || best.type == FactType.LEADS)
                && Boolean.FALSE.equals(fields.get("current"))) {
            left = (String) fields.get("organization");
        } else {
            return List.of();
        }
        if (person == null || left == null) {
            return List.of();
        }
        Map<String, String> partOf = new HashMap<>(gazetteer.partOf());
        for (Proposal p : proposals) {
            if (p.type == FactType.PART_OF && p.entity("part") != null && p.entity("whole") != null) {
                partOf.putIfAbsent(p.entity("part").id, p.entity("whole").id);
            }
        }
        Set<String> ends = new LinkedHashSet<>();
        for (OngoingRole r : gazetteer.ongoing()) {
            if (r.person().equals(person) && !r.factId().equals(ownId)
                    && (r.organization().equals(left) || left.equals(partOf.get(r.organization())))) {
                ends.add(r.factId());
            }
        }
        return List.copyOf(ends);
    }
}
