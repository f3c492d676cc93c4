package io.talentgraph.ingest;

import io.talentgraph.dataset.CrossScriptNames;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The entities of one article: those matched in the gazetteer and those found new in the text, with the
 * name index the tagger matches tokens against. Surnames of people and short names of organizations
 * ("Wang", "Helix") become matchable once the full name has appeared in the article.
 */
final class Entities {

    /** Words that make an organization's name generic after its first word: "Helix Research" is "Helix". */
    static final Set<String> ORG_SUFFIXES = Set.of("ai", "labs", "lab", "research", "systems", "robotics",
            "technologies", "technology", "ventures", "capital", "partners", "inc", "corp", "corporation", "group",
            "institute", "intelligence", "dynamics", "computing", "networks", "holdings", "studios", "analytics",
            "software", "foundation", "fund", "llc", "ltd", "co", "company", "industries", "bio");

    /** Arabic organization tails that follow the distinctive word: "نواة للذكاء الاصطناعي". */
    static final List<String> ARABIC_ORG_TAILS = List.of("للذكاء الاصطناعي", "للاستثمار", "للتقنية", "للتكنولوجيا",
            "للبرمجيات", "للأبحاث", "للابحاث", "للحوسبة", "للروبوتات", "لابز");

    /** One entity of the article. */
    static final class Entity {
        final KnownEntity.Kind kind;
        String id;
        String name;
        String nameAr;
        final Set<String> aliases = new LinkedHashSet<>();
        String orgKind;
        final boolean known;
        /** Names the text used that the known entity did not have: a reviewer may add them. */
        final Set<String> newSpellings = new LinkedHashSet<>();
        final Set<String> seenAs = new LinkedHashSet<>();
        /** How a name matched this entity when no spelling did (see {@link Entities#discovered}). */
        final List<String> why = new ArrayList<>();
        /** Consonant skeletons of its Latin names, then of its Arabic ones, computed when first needed. */
        private List<List<String>> latinSkeletons;
        private List<List<String>> arabicSkeletons;
        boolean mentionedInFull;
        /** Its name is a transliteration of its Arabic name, to be replaced by the first Latin spelling seen. */
        boolean romanized;

        Entity(KnownEntity.Kind kind, String id, String name, String nameAr, String orgKind, boolean known) {
            this.kind = kind;
            this.id = id;
            this.name = name;
            this.nameAr = nameAr;
            this.orgKind = orgKind;
            this.known = known;
        }

        String label() {
            return nameAr != null && !nameAr.equals(name) ? name + " (" + nameAr + ")" : name;
        }

        @Override
        public String toString() {
            return kind + ":" + id;
        }
    }

    /** A name as tokens, pointing at its entity. */
    record Name(List<String> tokens, Entity entity, String how) {
    }

    private final Map<String, List<Name>> byFirst = new HashMap<>();
    private final Map<String, Entity> byKey = new LinkedHashMap<>();
    private final Set<String> activatedShortNames = new java.util.HashSet<>();
    private final Map<String, Name> pendingShortNames = new HashMap<>();
    private final Map<String, List<String>> shortNamesOf = new HashMap<>();
    private final Gazetteer gazetteer;
    /** The article's text, lower-cased: to tell a unit's name from its parent's ("the Salesforce AI division"). */
    private final String text;

    Entities(Gazetteer gazetteer, String text) {
        this.gazetteer = gazetteer;
        this.text = text.toLowerCase(Locale.ROOT);
        for (KnownEntity k : gazetteer.entities()) {
            Entity e = new Entity(k.kind(), k.id(), k.name(), k.nameAr(), k.orgKind(), true);
            e.aliases.addAll(k.aliases());
            byKey.put(key(e.kind, e.id), e);
            index(e);
        }
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    private static String key(KnownEntity.Kind kind, String id) {
        return kind + ":" + id;
    }

    private void index(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.name);
        if (e.nameAr != null) {
            names.add(e.nameAr);
        }
        names.addAll(e.aliases);
        for (String n : names) {
            addName(n, e, "name");
        }
        for (String shortName : shortNames(e)) {
            List<String> tokens = tokens(shortName);
            if (!tokens.isEmpty()) {
                pendingShortNames.putIfAbsent(String.join(" ", tokens), new Name(tokens, e,
                        e.kind == KnownEntity.Kind.PERSON ? "surname" : "short name"));
                shortNamesOf.computeIfAbsent(key(e.kind, e.id), k -> new ArrayList<>()).add(String.join(" ", tokens));
            }
        }
    }

    void addName(String name, Entity e, String how) {
        List<String> tokens = tokens(name);
        if (tokens.isEmpty()) {
            return;
        }
        List<Name> list = byFirst.computeIfAbsent(tokens.get(0), k -> new ArrayList<>());
        if (list.stream().noneMatch(n -> n.tokens.equals(tokens) && n.entity == e)) {
            list.add(new Name(tokens, e, how));
            list.sort((a, b) -> b.tokens.size() - a.tokens.size());
        }
    }

    /**
     * People go by their last name, organizations by their first word when the rest is generic, unless the text
     * calls the organization a unit ("the newly formed Salesforce AI division"): then the first word is the parent's
     * name, and "from Salesforce" is the parent, not the unit.
     */
    private List<String> shortNames(Entity e) {
        List<String> out = new ArrayList<>();
        if (e.kind == KnownEntity.Kind.PERSON) {
            for (String n : new String[] {e.name, e.nameAr}) {
                if (n == null) {
                    continue;
                }
                String[] parts = n.strip().split("\\s+");
                if (parts.length >= 2 && parts[parts.length - 1].length() >= 3) {
                    out.add(parts[parts.length - 1]);
                }
            }
        } else if (e.kind == KnownEntity.Kind.ORGANIZATION) {
            String[] parts = e.name.strip().split("\\s+");
            if (parts.length >= 2 && parts[0].length() >= 3) {
                boolean genericRest = true;
                for (int i = 1; i < parts.length; i++) {
                    genericRest &= ORG_SUFFIXES.contains(parts[i].toLowerCase(Locale.ROOT));
                }
                if (genericRest && !namedAsUnit(e.name)) {
                    out.add(parts[0]);
                }
            }
            if (e.nameAr != null) {
                String ar = Norm.of(e.nameAr);
                for (String tail : ARABIC_ORG_TAILS) {
                    String t = Norm.of(tail);
                    if (ar.endsWith(" " + t) && ar.length() > t.length() + 3) {
                        out.add(e.nameAr.strip().substring(0, e.nameAr.strip().split("\\s+")[0].length()));
                    }
                }
            }
        }
        return out;
    }

    private static final Pattern UNIT_AFTER_NAME = Pattern.compile("\\s+(division|unit|arm|business unit|department)\\b");

    private boolean namedAsUnit(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
            if (UNIT_AFTER_NAME.matcher(text).region(at + lower.length(), text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Once a full name has been seen, its short forms match for the rest of the article. */
    void mentioned(Entity e) {
        e.mentionedInFull = true;
        for (String shortName : shortNamesOf.getOrDefault(key(e.kind, e.id), List.of())) {
            Name name = pendingShortNames.get(shortName);
            if (name != null && name.entity == e && activatedShortNames.add(shortName)) {
                List<Name> list = byFirst.computeIfAbsent(name.tokens.get(0), k -> new ArrayList<>());
                list.add(name);
                list.sort((a, b) -> b.tokens.size() - a.tokens.size());
            }
        }
    }

    List<Name> startingWith(String token) {
        return byFirst.getOrDefault(token, List.of());
    }

    /**
     * Registers an entity found in the text that the gazetteer does not know, or returns the one already
     * registered under one of these names and the same kind.
     *
     * @param latin  its name in Latin letters, or {@code null}
     * @param arabic its name in Arabic letters, or {@code null}
     */
    Entity discovered(KnownEntity.Kind kind, String latin, String arabic, String orgKind) {
        String en = clean(latin);
        String ar = clean(arabic);
        for (Entity e : byKey.values()) {
            if (e.kind == kind && (same(e.name, en) || same(e.name, ar) || same(e.nameAr, ar) || same(e.nameAr, en)
                    || e.aliases.stream().anyMatch(a -> same(a, en) || same(a, ar)))) {
                return e;
            }
        }
        if ((en == null) != (ar == null)) {
            Entity same = soundsLikeAKnownOne(kind, en != null ? en : ar);
            if (same != null) {
                return same;
            }
        }
        String romanized = en == null && ar != null && CrossScriptNames.isArabic(ar) ? CrossScriptNames.romanize(ar) : "";
        Entity e = new Entity(kind, null, en != null ? en : romanized.isEmpty() ? ar : romanized, ar, orgKind, false);
        if (!romanized.isEmpty()) {
            e.romanized = true;
            e.why.add("'" + ar + "' has no Latin spelling in the article; '" + romanized + "' is a transliteration, "
                    + "not an English name: replace it (and the id) with the English name if you know it");
        }
        e.id = Ids.newId(kind, en != null ? en : romanized.isEmpty() ? null : romanized, ar, this::taken);
        byKey.put(key(kind, e.id), e);
        index(e);
        return e;
    }

    /**
     * A known entity whose name in the other script a name sounds like (CrossScriptNames), when one stands out: the
     * best at or above the threshold and clearly ahead of the next, so that namesakes are not guessed between. An
     * Arabic-only name is compared with known Latin names, a Latin-only name with known Arabic ones. The new
     * spelling is proposed for the reviewer, with the score as the reason.
     */
    private Entity soundsLikeAKnownOne(KnownEntity.Kind kind, String spelling) {
        boolean arabic = CrossScriptNames.isArabic(spelling);
        if (!arabic && !CrossScriptNames.isLatin(spelling)) {
            return null;
        }
        List<String> skeleton = CrossScriptNames.skeleton(spelling);
        Entity best = null;
        String bestName = null;
        double bestScore = 0;
        double second = 0;
        for (Entity e : byKey.values()) {
            if (e.kind != kind || !e.known) {
                continue;
            }
            List<String> names = arabic ? latinNames(e) : arabicNames(e);
            List<List<String>> skeletons = skeletons(e, !arabic);
            for (int i = 0; i < names.size(); i++) {
                double score = CrossScriptNames.similarity(skeleton, skeletons.get(i));
                if (score > bestScore) {
                    if (best != e) {
                        second = bestScore;
                    }
                    best = e;
                    bestName = names.get(i);
                    bestScore = score;
                } else if (best != e && score > second) {
                    second = score;
                }
            }
        }
        if (best == null || bestScore < CrossScriptNames.LIKELY_SAME || bestScore - second < 0.05) {
            return null;
        }
        alias(best, spelling, arabic);
        best.why.add(String.format(Locale.ROOT, "'%s' was taken as '%s': the two sound alike across scripts "
                + "(similarity %.2f; the next known name %.2f)", spelling, bestName, bestScore, second));
        return best;
    }

    private static List<String> arabicNames(Entity e) {
        List<String> names = new ArrayList<>();
        if (e.nameAr != null && CrossScriptNames.isArabic(e.nameAr)) {
            names.add(e.nameAr);
        }
        e.aliases.stream().filter(CrossScriptNames::isArabic).forEach(names::add);
        return names;
    }

    private static List<String> latinNames(Entity e) {
        List<String> names = new ArrayList<>();
        if (e.name != null && CrossScriptNames.isLatin(e.name)) {
            names.add(e.name);
        }
        e.aliases.stream().filter(CrossScriptNames::isLatin).forEach(names::add);
        return names;
    }

    /** Skeletons of a known entity's names in one script, cached: each is compared with every new name. */
    private static List<List<String>> skeletons(Entity e, boolean arabic) {
        if (arabic && e.arabicSkeletons == null) {
            e.arabicSkeletons = arabicNames(e).stream().map(CrossScriptNames::skeleton).toList();
        } else if (!arabic && e.latinSkeletons == null) {
            e.latinSkeletons = latinNames(e).stream().map(CrossScriptNames::skeleton).toList();
        }
        return arabic ? e.arabicSkeletons : e.latinSkeletons;
    }

    private static String clean(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && Norm.of(a).equals(Norm.of(b));
    }

    /**
     * A spelling in the other script that the text gives for an entity, as in "ميرا أوكونكوو (Mira Okonkwo)":
     * a known entity gains it as a proposal for the reviewer, and it matches from here on.
     */
    void alias(Entity e, String spelling, boolean arabic) {
        String clean = clean(spelling);
        if (same(e.name, clean) || same(e.nameAr, clean) || e.aliases.stream().anyMatch(a -> same(a, clean))) {
            return;
        }
        if (arabic && e.nameAr == null) {
            e.nameAr = clean;
        } else if (!arabic && e.romanized && !e.known) {
            // the article spells the name in Latin letters after all: it replaces the transliteration, id included
            e.romanized = false;
            e.why.removeIf(w -> w.contains("is a transliteration"));
            String oldKey = key(e.kind, e.id);
            byKey.remove(oldKey);
            List<String> shortNames = shortNamesOf.remove(oldKey);
            e.name = clean;
            e.id = Ids.newId(e.kind, clean, e.nameAr, this::taken);
            byKey.put(key(e.kind, e.id), e);
            if (shortNames != null) {
                shortNamesOf.put(key(e.kind, e.id), shortNames);
            }
        } else {
            e.aliases.add(clean);
        }
        if (e.known) {
            e.newSpellings.add(clean);
        }
        e.latinSkeletons = null;   // a new spelling is a new name to compare with
        e.arabicSkeletons = null;
        addName(clean, e, "name");
        String[] parts = clean.split("\\s+");
        if (e.kind == KnownEntity.Kind.PERSON && parts.length >= 2 && parts[parts.length - 1].length() >= 3) {
            List<String> tokens = tokens(parts[parts.length - 1]);
            String k = String.join(" ", tokens);
            if (!pendingShortNames.containsKey(k)) {
                pendingShortNames.put(k, new Name(tokens, e, "surname"));
                shortNamesOf.computeIfAbsent(key(e.kind, e.id), x -> new ArrayList<>()).add(k);
            }
        }
        if (e.mentionedInFull) {
            mentioned(e);
        }
    }

    private boolean taken(String id) {
        return byKey.keySet().stream().anyMatch(k -> k.endsWith(":" + id));
    }

    Entity get(KnownEntity.Kind kind, String id) {
        return byKey.get(key(kind, id));
    }

    List<Entity> all() {
        return List.copyOf(byKey.values());
    }

    /** A name split the way article text is, so that the two compare token by token. */
    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (TextAnalyzer.Sentence s : NAME_ANALYZER.analyze(name, Language.EN)) {
            for (TextAnalyzer.Token t : s.tokens()) {
                out.add(t.norm());
            }
        }
        return out;
    }

    private static final TextAnalyzer NAME_ANALYZER = TextAnalyzer.withoutModels();
}
