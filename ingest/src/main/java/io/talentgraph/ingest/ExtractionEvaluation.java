package io.talentgraph.ingest;

import io.talentgraph.dataset.Amount;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.Evidence;
import io.talentgraph.dataset.Fact;
import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.Organization;
import io.talentgraph.dataset.Person;
import io.talentgraph.dataset.Product;
import io.talentgraph.dataset.Source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores a draft against a reviewed dataset of the same article, per relation type. A draft fact matches a
 * reviewed one of the same type when the entities it connects are the same (by id, or by any shared name in
 * either script, so a draft's proposed ids need not equal the reviewer's) and its key values agree:
 * origin and hirer of a hire, outcome of an attempt, current or former of a role, amount of an investment,
 * count of a group. Each reviewed fact matches at most one draft fact. Rejected draft facts do not count.
 */
public final class ExtractionEvaluation {

    private ExtractionEvaluation() {
    }

    /**
     * Precision and recall of one relation type.
     *
     * @param type             the fact type
     * @param gold             facts of the type in the reviewed dataset
     * @param extracted        facts of the type in the draft
     * @param matched          draft facts that match a reviewed one
     * @param attributionAgree matched facts whose attribution (stated, reported by the same outlet, unnamed
     *                         reports, claimed by the same person) agrees
     */
    public record Score(FactType type, int gold, int extracted, int matched, int attributionAgree) {
        /** @return matched / extracted, or 1 when nothing was extracted */
        public double precision() {
            return extracted == 0 ? 1.0 : (double) matched / extracted;
        }

        /** @return matched / gold, or 1 when the reviewed dataset has none */
        public double recall() {
            return gold == 0 ? 1.0 : (double) matched / gold;
        }
    }

    /**
     * The whole comparison.
     *
     * @param scores                one per fact type present in either dataset
     * @param failedAttemptsAsHires reviewed failed attempts that the draft states as hires (must be 0)
     * @param formerAsCurrent       reviewed former roles the draft states as current (must be 0)
     * @param missed                reviewed facts the draft lacks, described
     * @param spurious              draft facts the reviewed dataset lacks, described
     */
    public record Evaluation(List<Score> scores, int failedAttemptsAsHires, int formerAsCurrent, List<String> missed,
                             List<String> spurious) {
        /**
         * Defensive copies.
         *
         * @param scores                one per fact type present in either dataset
         * @param failedAttemptsAsHires reviewed failed attempts that the draft states as hires (must be 0)
         * @param formerAsCurrent       reviewed former roles the draft states as current (must be 0)
         * @param missed                reviewed facts the draft lacks, described
         * @param spurious              draft facts the reviewed dataset lacks, described
         */
        public Evaluation {
            scores = List.copyOf(scores);
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }

        /**
         * @param type a fact type
         * @return its score (zeros when neither dataset has the type)
         */
        public Score score(FactType type) {
            return scores.stream().filter(s -> s.type() == type).findFirst().orElse(new Score(type, 0, 0, 0, 0));
        }
    }

    /**
     * @param draft a draft (as read back by {@link io.talentgraph.dataset.DatasetReader})
     * @param gold  the reviewed dataset of the same article
     * @return scores per type, the two must-be-zero counts, and what was missed or spurious
     */
    public static Evaluation compare(Dataset draft, Dataset gold) {
        Names d = new Names(draft);
        Names g = new Names(gold);
        List<Score> scores = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        List<Fact> draftFacts = draft.facts().stream().filter(f -> !"rejected".equals(f.review())).toList();
        for (FactType type : FactType.values()) {
            List<Fact> gf = gold.facts(type);
            List<Fact> df = draftFacts.stream().filter(f -> f.type() == type).toList();
            if (gf.isEmpty() && df.isEmpty()) {
                continue;
            }
            Set<Fact> used = new HashSet<>();
            int matched = 0;
            int agree = 0;
            for (Fact gfact : gf) {
                Fact hit = df.stream().filter(x -> !used.contains(x) && same(x, d, gfact, g)).findFirst().orElse(null);
                if (hit == null) {
                    missed.add(describe(gfact, g));
                    continue;
                }
                used.add(hit);
                matched++;
                if (sameAttribution(hit, draft, d, gfact, gold, g)) {
                    agree++;
                }
            }
            df.stream().filter(x -> !used.contains(x)).forEach(x -> spurious.add(describe(x, d)));
            scores.add(new Score(type, gf.size(), df.size(), matched, agree));
        }
        int attemptsAsHires = 0;
        for (Fact attempt : gold.facts(FactType.HIRING_ATTEMPT)) {
            // a person who turned an organization down and joined it later has both facts in the gold: the later
            // hire is no error
            boolean hiredLater = gold.facts(FactType.HIRE).stream().anyMatch(h -> h.text("person").equals(attempt.text("person"))
                    && h.text("by").equals(attempt.text("organization")));
            if ("failed".equals(attempt.text("outcome")) && !hiredLater && draftFacts.stream().anyMatch(h -> h.type() == FactType.HIRE
                    && sameEntity(h.text("person"), d, attempt.text("person"), g)
                    && sameEntity(h.text("by"), d, attempt.text("organization"), g))) {
                attemptsAsHires++;
            }
        }
        int formerAsCurrent = 0;
        for (Fact role : gold.facts().stream().filter(f -> (f.type() == FactType.LEADS || f.type() == FactType.WORKS_AT)
                && Boolean.FALSE.equals(f.fields().get("current"))).toList()) {
            // a former CFO who now leads as CEO: the gold's current role of the same kind is what a current draft role states
            boolean alsoCurrent = gold.facts(role.type()).stream().anyMatch(c -> !Boolean.FALSE.equals(c.fields().get("current"))
                    && c.text("person").equals(role.text("person")) && c.text("organization").equals(role.text("organization")));
            if (!alsoCurrent && draftFacts.stream().anyMatch(x -> x.type() == role.type() && Boolean.TRUE.equals(x.fields().get("current"))
                    && sameEntity(x.text("person"), d, role.text("person"), g)
                    && sameEntity(x.text("organization"), d, role.text("organization"), g))) {
                formerAsCurrent++;
            }
        }
        return new Evaluation(scores, attemptsAsHires, formerAsCurrent, missed, spurious);
    }

    /** The fields, per type, that must agree besides the entities. */
    private static final Map<FactType, List<String>> KEYS = Map.ofEntries(
            Map.entry(FactType.HIRE, List.of("person", "by", "from")),
            Map.entry(FactType.HIRING_ATTEMPT, List.of("organization", "person", "outcome")),
            Map.entry(FactType.LEADS, List.of("person", "organization", "current")),
            Map.entry(FactType.WORKS_AT, List.of("person", "organization", "current")),
            Map.entry(FactType.INVESTMENT, List.of("investor", "target", "amount")),
            Map.entry(FactType.PART_OF, List.of("part", "whole")),
            Map.entry(FactType.GROUP_HIRE, List.of("by", "from", "count")),
            Map.entry(FactType.CLAIMED, List.of("person", "stance")),
            Map.entry(FactType.SIBLING, List.of("person", "sibling")),
            Map.entry(FactType.PARTNERS, List.of("person", "partner")),
            Map.entry(FactType.DEVELOPS, List.of("organization", "product")));

    private static boolean same(Fact a, Names an, Fact b, Names bn) {
        boolean symmetric = a.type() == FactType.SIBLING || a.type() == FactType.PARTNERS;
        if (symmetric) {
            String other = a.type() == FactType.SIBLING ? "sibling" : "partner";
            boolean straight = sameEntity(a.text("person"), an, b.text("person"), bn)
                    && sameEntity(a.text(other), an, b.text(other), bn);
            boolean crossed = sameEntity(a.text("person"), an, b.text(other), bn)
                    && sameEntity(a.text(other), an, b.text("person"), bn);
            return straight || crossed;
        }
        for (String key : KEYS.get(a.type())) {
            Object x = a.fields().get(key);
            Object y = b.fields().get(key);
            boolean reference = a.type().fields().stream().anyMatch(f -> f.name().equals(key)
                    && f.kind() == FactType.Kind.REFERENCE);
            if (reference ? !sameEntity((String) x, an, (String) y, bn) : !sameValue(x, y)) {
                return false;
            }
        }
        return a.type() != FactType.CLAIMED || overlap(a.evidence(), b.evidence());
    }

    private static boolean sameValue(Object x, Object y) {
        if (x instanceof Amount a && y instanceof Amount b) {
            return a.value().compareTo(b.value()) == 0 && a.currency().equals(b.currency());
        }
        return Objects.equals(x, y);
    }

    /** Claims are matched by what was said: some quote of one overlaps some quote of the other. */
    private static boolean overlap(List<Evidence> a, List<Evidence> b) {
        for (Evidence x : a) {
            for (Evidence y : b) {
                String nx = Norm.of(x.quote());
                String ny = Norm.of(y.quote());
                if (nx.contains(ny) || ny.contains(nx) || sharedWords(nx, ny) >= 4) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int sharedWords(String a, String b) {
        Set<String> words = new HashSet<>(List.of(a.split("\\s+")));
        int shared = 0;
        for (String w : new HashSet<>(List.of(b.split("\\s+")))) {
            if (w.length() > 2 && words.contains(w)) {
                shared++;
            }
        }
        return shared;
    }

    private static boolean sameEntity(String a, Names an, String b, Names bn) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (a.equals(b)) {
            return true;
        }
        Set<String> x = an.of(a);
        for (String name : bn.of(b)) {
            if (x.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameAttribution(Fact a, Dataset ad, Names an, Fact b, Dataset bd, Names bn) {
        if (!a.attribution().equals(b.attribution())) {
            return false;
        }
        return switch (a.attribution()) {
            case "reported" -> !java.util.Collections.disjoint(outlet(ad, a.reportedBy()), outlet(bd, b.reportedBy()));
            case "claimed" -> sameEntity(a.claimedBy(), an, b.claimedBy(), bn);
            default -> true;
        };
    }

    private static Set<String> outlet(Dataset d, String sourceId) {
        Set<String> names = new HashSet<>();
        for (Source s : d.sources()) {
            if (s.id().equals(sourceId)) {
                for (String n : new String[] {s.outlet(), s.outletAr()}) {
                    if (n != null) {
                        names.add(Norm.of(n).replaceFirst("^the ", ""));
                    }
                }
            }
        }
        return names;
    }

    private static String describe(Fact f, Names n) {
        return f.type().key() + " " + KEYS.get(f.type()).stream().map(k -> {
            Object v = f.fields().get(k);
            if (v instanceof Amount a) {
                return k + "=" + a.value().toPlainString() + " " + a.currency();
            }
            return k + "=" + (v instanceof String s ? n.label(s) : v);
        }).collect(Collectors.joining(", "));
    }

    /** Every name of every entity of a dataset, normalized, by id. */
    private static final class Names {
        private final Map<String, Set<String>> byId = new java.util.HashMap<>();
        private final Map<String, String> labels = new java.util.HashMap<>();

        Names(Dataset d) {
            for (Person p : d.people()) {
                add(p.id(), p.name(), p.nameAr(), p.aliases());
            }
            for (Organization o : d.organizations()) {
                add(o.id(), o.name(), o.nameAr(), o.aliases());
            }
            for (Product p : d.products()) {
                add(p.id(), p.name(), p.nameAr(), p.aliases());
            }
        }

        private void add(String id, String name, String nameAr, List<String> aliases) {
            Function<String, String> norm = s -> Norm.of(s).replaceAll("[\\s\\p{P}]+", " ").strip();
            Set<String> names = new HashSet<>();
            names.add(norm.apply(name));
            if (nameAr != null) {
                names.add(norm.apply(nameAr));
            }
            aliases.forEach(a -> names.add(norm.apply(a)));
            byId.put(id, names);
            labels.put(id, name);
        }

        Set<String> of(String id) {
            return byId.getOrDefault(id, Set.of());
        }

        String label(String id) {
            return labels.getOrDefault(id, id);
        }
    }
}
