package io.talentgraph.ingest;

import io.talentgraph.model.PartialDate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a sentence's tokens into {@link Item}s: names from the gazetteer (with Arabic clitics and, once
 * a full name has appeared, surnames and short names), names new to the gazetteer found by their context,
 * titles, amounts, counts, times, and "the company" / "this group" / "the report" resolved to what the
 * article was just talking about.
 */
final class Tagger {

    private static final List<String> ARABIC_PREFIXES = List.of("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك");
    private static final Set<String> AR_COMPANY_NOUNS = normalized("شركة", "لشركة", "بشركة", "وشركة", "شركتي");
    private static final Set<String> AR_NAMED_ORG_NOUNS = normalized("مختبرات", "لمختبرات", "بمختبرات", "مختبر",
            "لمختبر", "بمختبر", "صندوق", "لصندوق", "معهد", "لمعهد", "جامعة", "لجامعة");
    private static final Set<String> AR_OUTLET_NOUNS = normalized("صحيفة", "لصحيفة", "موقع", "لموقع", "وكالة",
            "لوكالة", "مجلة", "لمجلة", "شبكة", "لشبكة", "بصحيفة", "بموقع");
    private static final Set<String> AR_PRODUCT_NOUNS = normalized("نموذج", "لنموذج", "نماذج", "لنماذج", "تطبيق",
            "لتطبيق", "منصة", "روبوت");
    private static final Set<String> AR_PREPOSITIONS = normalized("من", "الى", "إلى", "في", "لدى", "مع", "عن", "و");
    private static final Set<String> EN_ORG_CONTEXT = Set.of("startup", "company", "firm", "rival", "investor", "lab",
            "fund", "maker", "developer", "start-up");
    /** "will lead X" is a verb, "perception lead X" a title. */
    private static final Set<String> MODALS = Set.of("will", "would", "to", "can", "could", "may", "might", "should",
            "must", "shall", "did", "does", "not", "also", "then", "now");
    private static final Set<String> EN_PREPOSITIONS = Set.of("from", "at", "to", "by", "in", "with", "for", "of", "into");

    private final Language language;
    private final Lexicon lexicon;
    private final Entities entities;
    private final Discourse discourse;
    private final PartialDate published;

    Tagger(Language language, Entities entities, Discourse discourse, PartialDate published) {
        this.language = language;
        this.lexicon = Lexicon.of(language);
        this.entities = entities;
        this.discourse = discourse;
        this.published = published;
    }

    List<Item> tag(TextAnalyzer.Sentence sentence) {
        List<TextAnalyzer.Token> tokens = sentence.tokens();
        List<String> norms = tokens.stream().map(TextAnalyzer.Token::norm).toList();
        Item[] at = new Item[tokens.size()];
        int[] span = new int[tokens.size()];
        if (language == Language.AR) {
            crossScriptNames(tokens, at, span);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (at[i] == null && span[i] == 0) {
                matchName(tokens, norms, i, at, span);
            }
        }
        if (language == Language.AR) {
            discoverArabic(tokens, norms, at, span);
        } else {
            discoverEnglish(tokens, norms, at, span);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (free(at, span, i)) {
                phrasesAt(tokens, norms, i, at, span);
            }
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (at[i] != null) {
                items.add(at[i]);
            } else if (span[i] == 0) {
                items.add(Item.token(tokens.get(i)));
            }
        }
        resolveCoreference(items);
        return items;
    }

    // ---- names ------------------------------------------------------------------------------------

    private static boolean free(Item[] at, int[] span, int i) {
        return at[i] == null && span[i] == 0;
    }

    /** Claims tokens from..to-1 for one item; span marks the tokens an item swallowed. */
    private static void place(Item[] at, int[] span, int from, int to, Item item) {
        at[from] = item;
        for (int k = from + 1; k < to; k++) {
            span[k] = 1;
        }
    }

    private boolean matchName(List<TextAnalyzer.Token> tokens, List<String> norms, int i, Item[] at, int[] span) {
        String token = norms.get(i);
        List<String[]> tries = new ArrayList<>();
        tries.add(new String[] {"", token});
        if (language == Language.AR && tokens.get(i).arabic()) {
            for (String p : ARABIC_PREFIXES) {
                if (token.length() > p.length() + 1 && token.startsWith(p)) {
                    tries.add(new String[] {p, token.substring(p.length())});
                }
            }
            for (String p : List.of("لل", "ولل", "فلل")) {
                if (token.length() > p.length() + 1 && token.startsWith(p)) {
                    tries.add(new String[] {p.substring(0, p.length() - 1), "ا" + token.substring(p.length() - 1)});
                }
            }
        }
        for (String[] attempt : tries) {
            for (Entities.Name name : entities.startingWith(attempt[1])) {
                int n = name.tokens().size();
                if (i + n > tokens.size() || !allFree(at, span, i, n)) {
                    continue;
                }
                boolean all = true;
                for (int k = 1; k < n && all; k++) {
                    all = name.tokens().get(k).equals(norms.get(i + k));
                }
                // a short name must look like a name ("Scale", not "at scale") and not begin a longer one
                // ("Helix Safety Lab" is not "Helix" followed by "Safety Lab")
                boolean shortName = !"name".equals(name.how());
                if (!all || shortName && tokens.get(i).latin() && (!tokens.get(i).capitalized()
                        || i + n < tokens.size() && tokens.get(i + n).latin() && tokens.get(i + n).capitalized())) {
                    continue;
                }
                int start = tokens.get(i).start() + prefixChars(tokens.get(i).text(), attempt[0]);
                int end = tokens.get(i + n - 1).end();
                Entities.Entity e = name.entity();
                Item item = Item.entity(kindOf(e), start, end, textOf(tokens, start, end, i, i + n), e, name.how());
                if (!attempt[0].isEmpty()) {
                    TextAnalyzer.Token t = tokens.get(i);
                    Item prefix = new Item(Item.Kind.WORD, t.start(), start, t.text().substring(0, start - t.start()),
                            attempt[0], null, null, null, null, 0, null);
                    at[i] = prefix;
                    // the entity sits on the same token; keep it after the prefix via the span marker trick below
                    placeAfterPrefix(at, span, i, n, item);
                } else {
                    place(at, span, i, i + n, item);
                }
                e.seenAs.add(item.text());
                if ("name".equals(name.how())) {
                    entities.mentioned(e);
                }
                return true;
            }
        }
        return false;
    }

    private final List<Item[]> pendingPairs = new ArrayList<>();

    /** A clitic and the name it is glued to share a token: both become items, in order. */
    private void placeAfterPrefix(Item[] at, int[] span, int i, int n, Item item) {
        Item prefix = at[i];
        at[i] = new Item(Item.Kind.WORD, prefix.start(), item.end(), prefix.text(), "\u0000pair", null, null, null, null,
                pendingPairs.size(), null);
        pendingPairs.add(new Item[] {prefix, item});
        for (int k = i + 1; k < i + n; k++) {
            span[k] = 1;
        }
    }

    private static boolean allFree(Item[] at, int[] span, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (at[k] != null || span[k] != 0) {
                return false;
            }
        }
        return true;
    }

    /** How many chars of the written token the normalized prefix takes (diacritics may follow its letters). */
    private static int prefixChars(String written, String prefix) {
        int letters = 0;
        int i = 0;
        while (i < written.length() && letters < prefix.length()) {
            if (!Norm.of(String.valueOf(written.charAt(i))).isEmpty()) {
                letters++;
            }
            i++;
        }
        while (i < written.length() && Norm.of(String.valueOf(written.charAt(i))).isEmpty()) {
            i++;
        }
        return i;
    }

    private static String textOf(List<TextAnalyzer.Token> tokens, int start, int end, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            TextAnalyzer.Token t = tokens.get(k);
            int s = Math.max(t.start(), start);
            if (sb.length() > 0 && k > from && t.start() > tokens.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(t.text(), s - t.start(), t.text().length());
        }
        return sb.toString();
    }

    private static Item.Kind kindOf(Entities.Entity e) {
        return switch (e.kind) {
            case PERSON -> Item.Kind.PERSON;
            case ORGANIZATION -> Item.Kind.ORG;
            case PRODUCT -> Item.Kind.PRODUCT;
            case OUTLET -> Item.Kind.OUTLET;
        };
    }

    private Item newEntity(List<TextAnalyzer.Token> tokens, int from, int to, KnownEntity.Kind kind, String latin,
                           String arabic, String orgKind, Item[] at, int[] span, String how) {
        Entities.Entity e = entities.discovered(kind, latin, arabic, orgKind);
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        Item item = Item.entity(kindOf(e), start, end, textOf(tokens, start, end, from, to), e, how);
        place(at, span, from, to, item);
        e.seenAs.add(item.text());
        entities.mentioned(e);
        return item;
    }

    /** "ميرا أوكونكوو (Mira Okonkwo)": the Arabic name and its Latin spelling name the same person. */
    private void crossScriptNames(List<TextAnalyzer.Token> tokens, Item[] at, int[] span) {
        for (int open = 1; open < tokens.size(); open++) {
            if (!tokens.get(open).text().equals("(")) {
                continue;
            }
            int close = open + 1;
            while (close < tokens.size() && close - open <= 5 && tokens.get(close).latin()) {
                close++;
            }
            if (close >= tokens.size() || !tokens.get(close).text().equals(")") || close == open + 1) {
                continue;
            }
            int from = open;
            while (from > 0 && open - from < 3 && validArabicName(tokens.get(from - 1), from - 1 == open - 1 ? 1 : 2)) {
                from--;
            }
            if (open - from < 2 && !(open - from == 1 && tokens.get(open - 1).arabic())) {
                continue;
            }
            if (open - from < 1) {
                continue;
            }
            String latin = joined(tokens, open + 1, close);
            String arabic = joined(tokens, from, open);
            Entities.Entity known = knownByName(latin);
            if (known != null) {
                entities.alias(known, arabic, true);
            } else if (looksLikePersonName(tokens, open + 1, close) && open - from >= 2) {
                known = entities.discovered(KnownEntity.Kind.PERSON, latin, arabic, null);
            } else {
                continue;
            }
            Item arabicItem = Item.entity(kindOf(known), tokens.get(from).start(), tokens.get(open - 1).end(), arabic,
                    known, known.known ? "name in the other script" : "new name");
            place(at, span, from, open, arabicItem);
            Item latinItem = Item.entity(kindOf(known), tokens.get(open + 1).start(), tokens.get(close - 1).end(), latin,
                    known, "name");
            place(at, span, open + 1, close, latinItem);
            known.seenAs.add(arabic);
            entities.mentioned(known);
        }
    }

    private Entities.Entity knownByName(String name) {
        List<String> tokens = Entities.tokens(name);
        for (Entities.Name n : entities.startingWith(tokens.get(0))) {
            if (n.tokens().equals(tokens)) {
                return n.entity();
            }
        }
        return null;
    }

    private static String joined(List<TextAnalyzer.Token> tokens, int from, int to) {
        return textOf(tokens, tokens.get(from).start(), tokens.get(to - 1).end(), from, to);
    }

    private static boolean looksLikePersonName(List<TextAnalyzer.Token> tokens, int from, int to) {
        if (to - from < 2 || to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String t = tokens.get(k).text();
            if (!Character.isUpperCase(t.charAt(0)) || t.length() < 2 || t.equals(t.toUpperCase())
                    || Entities.ORG_SUFFIXES.contains(t.toLowerCase())) {
                return false;
            }
        }
        return true;
    }

    /** A word that can be part of an Arabic personal name: not a function word, title, cue or number. */
    private boolean validArabicName(TextAnalyzer.Token t, int position) {
        String n = t.norm();
        if (!t.arabic() || n.length() < 2 || lexicon.stopwords.contains(n)) {
            return false;
        }
        if (position == 1 && n.startsWith("ال")) {
            return false;
        }
        return !lexicon.titles.contains(n) && !lexicon.triggers.contains(n) && !lexicon.speech.contains(n)
                && !lexicon.attempt.contains(n) && !lexicon.failure.contains(n) && !lexicon.numbers.contains(n)
                && !lexicon.months.contains(n) && !lexicon.corefOrg.contains(n) && !lexicon.negation.contains(n)
                && !lexicon.peopleNouns.contains(n) && !lexicon.members.contains(n) && !lexicon.denial.contains(n)
                && !lexicon.former.contains(n) && !AR_COMPANY_NOUNS.contains(n) && !AR_NAMED_ORG_NOUNS.contains(n)
                && !AR_OUTLET_NOUNS.contains(n) && !lexicon.clauseBreak.contains(n);
    }

    // ---- discovering names the gazetteer does not know ----------------------------------------------

    private void discoverArabic(List<TextAnalyzer.Token> tokens, List<String> norms, Item[] at, int[] span) {
        // Latin names inside Arabic text: their kind comes from the word before them
        for (int i = 0; i < tokens.size(); i++) {
            if (!free(at, span, i) || !tokens.get(i).latin()) {
                continue;
            }
            int j = i;
            while (j < tokens.size() && free(at, span, j) && (tokens.get(j).latin()
                    || Character.isDigit(tokens.get(j).text().charAt(0)) && j > i)) {
                j++;
            }
            String before = i > 0 ? norms.get(i - 1) : "";
            if (i > 1 && before.equals("\"")) {
                before = norms.get(i - 2);
            }
            String last = norms.get(j - 1);
            String name = joined(tokens, i, j);
            boolean caps = name.equals(name.toUpperCase()) && name.length() <= 4;
            if (AR_OUTLET_NOUNS.contains(before)) {
                newEntity(tokens, i, j, KnownEntity.Kind.OUTLET, name, null, null, at, span, "new name");
            } else if (AR_PRODUCT_NOUNS.contains(before)) {
                newEntity(tokens, i, j, KnownEntity.Kind.PRODUCT, name, null, null, at, span, "new name");
            } else if (AR_COMPANY_NOUNS.contains(before) || AR_NAMED_ORG_NOUNS.contains(before)) {
                newEntity(tokens, i, j, KnownEntity.Kind.ORGANIZATION, name, null,
                        before.contains("مختبر") || last.equals("lab") || last.equals("labs") && before.contains("مختبر")
                                ? "lab" : "company", at, span, "new name");
            } else if (!caps && Character.isUpperCase(tokens.get(i).text().charAt(0))
                    && (Entities.ORG_SUFFIXES.contains(last) || AR_PREPOSITIONS.contains(before) && j - i <= 4)) {
                newEntity(tokens, i, j, KnownEntity.Kind.ORGANIZATION, name, null,
                        last.equals("lab") ? "lab" : "company", at, span, "new name");
            }
            i = j - 1;
        }
        // Arabic-script organizations and outlets after the noun that introduces them
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!free(at, span, i) || !free(at, span, i + 1)) {
                continue;
            }
            String n = norms.get(i);
            if (AR_OUTLET_NOUNS.contains(n) && tokens.get(i + 1).arabic()) {
                int j = i + 1;
                while (j < tokens.size() && j - i <= 3 && free(at, span, j) && tokens.get(j).arabic()
                        && !lexicon.stopwords.contains(norms.get(j)) && !lexicon.speech.contains(norms.get(j))
                        && !lexicon.triggers.contains(norms.get(j)) && !norms.get(j).equals("ان")) {
                    j++;
                }
                if (j > i + 1) {
                    newEntity(tokens, i + 1, j, KnownEntity.Kind.OUTLET, null, joined(tokens, i + 1, j), null, at, span,
                            "new name");
                }
            } else if ((AR_COMPANY_NOUNS.contains(n) || AR_NAMED_ORG_NOUNS.contains(n)) && tokens.get(i + 1).arabic()
                    && validArabicName(tokens.get(i + 1), 1)) {
                int j = i + 2;
                int tail = arabicOrgTail(norms, j);
                j += tail;
                boolean ends = j >= tokens.size() || !tokens.get(j).isWord() || AR_PREPOSITIONS.contains(norms.get(j))
                        || lexicon.stopwords.contains(norms.get(j));
                if (tail == 0 && !ends) {
                    continue;
                }
                boolean named = AR_NAMED_ORG_NOUNS.contains(n);
                int from = named ? i : i + 1;
                int start = named ? tokens.get(i).start() + prefixChars(tokens.get(i).text(),
                        n.startsWith("ل") || n.startsWith("ب") ? n.substring(0, 1) : "") : tokens.get(i + 1).start();
                String arabic = named ? tokens.get(i).text().substring(start - tokens.get(i).start()) + " "
                        + joined(tokens, i + 1, j) : joined(tokens, i + 1, j);
                Entities.Entity e = entities.discovered(KnownEntity.Kind.ORGANIZATION, null, arabic,
                        n.contains("مختبر") ? "lab" : "company");
                Item item = Item.entity(Item.Kind.ORG, start, tokens.get(j - 1).end(), arabic, e, "new name");
                if (named && start > tokens.get(i).start()) {
                    TextAnalyzer.Token t = tokens.get(i);
                    at[i] = new Item(Item.Kind.WORD, t.start(), start, t.text().substring(0, start - t.start()),
                            n.substring(0, 1), null, null, null, null, 0, null);
                    placeAfterPrefix(at, span, i, j - i, item);
                } else {
                    place(at, span, from, j, item);
                }
                e.seenAs.add(arabic);
                entities.mentioned(e);
            }
        }
        // Arabic personal names by the titles around them
        for (int i = 0; i < tokens.size(); i++) {
            if (!free(at, span, i)) {
                continue;
            }
            Phrases.Match<Lexicon.Title> title = lexicon.titles.at(norms, i);
            if (title != null) {
                int after = i + title.length();
                personAt(tokens, after, at, span);
            }
            if (norms.get(i).equals(",") && i + 1 < tokens.size()) {
                // TITLE ... , NAME   and   NAME , TITLE
                boolean titleBefore = false;
                for (int k = Math.max(0, i - 7); k < i && !titleBefore; k++) {
                    titleBefore = free(at, span, k) && lexicon.titles.at(norms, k) != null;
                }
                if (titleBefore) {
                    personAt(tokens, i + 1, at, span);
                }
                int next = i + 1;
                if (next < tokens.size() && free(at, span, next) && lexicon.titles.at(norms, next) != null) {
                    // two words back: a third one before a name and its title is most often the verb ("أطلق")
                    int from = i;
                    while (from > 0 && i - from < 2 && free(at, span, from - 1) && validArabicName(tokens.get(from - 1), 2)) {
                        from--;
                    }
                    if (i - from >= 2 && validArabicName(tokens.get(from), 1)) {
                        newEntity(tokens, from, i, KnownEntity.Kind.PERSON, null, joined(tokens, from, i), null, at, span,
                                "new name");
                    }
                }
            }
        }
    }

    private int arabicOrgTail(List<String> norms, int at) {
        for (String tail : Entities.ARABIC_ORG_TAILS) {
            String[] words = Norm.of(tail).split(" ");
            boolean all = at + words.length <= norms.size();
            for (int k = 0; k < words.length && all; k++) {
                all = words[k].equals(norms.get(at + k));
            }
            if (all) {
                return words.length;
            }
        }
        return 0;
    }

    /** Two or three name words at {@code from}, followed by punctuation: "سارة لينديل،". */
    private void personAt(List<TextAnalyzer.Token> tokens, int from, Item[] at, int[] span) {
        if (from >= tokens.size() || !free(at, span, from) || !validArabicName(tokens.get(from), 1)) {
            return;
        }
        int j = from + 1;
        while (j < tokens.size() && j - from < 3 && free(at, span, j) && validArabicName(tokens.get(j), 2)) {
            j++;
        }
        while (j - from > 2 && !nameEnds(tokens, j)) {
            j--;
        }
        if (j - from >= 2 && nameEnds(tokens, j)) {
            newEntity(tokens, from, j, KnownEntity.Kind.PERSON, null, joined(tokens, from, j), null, at, span, "new name");
        }
    }

    /** A name ends at punctuation, the end, or a preposition ("سامي نادر من OpenAI"). */
    private static boolean nameEnds(List<TextAnalyzer.Token> tokens, int j) {
        return j >= tokens.size() || !tokens.get(j).isWord() || AR_PREPOSITIONS.contains(tokens.get(j).norm());
    }

    private void discoverEnglish(List<TextAnalyzer.Token> tokens, List<String> norms, Item[] at, int[] span) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!free(at, span, i) || !capitalizedWord(tokens.get(i))) {
                continue;
            }
            int j = i;
            while (j < tokens.size() && free(at, span, j) && capitalizedWord(tokens.get(j))) {
                j++;
            }
            int from = i;
            boolean article = false;
            while (from < j && lexicon.stopwords.contains(norms.get(from))) {
                article |= norms.get(from).equals("the");
                from++;
            }
            int to = j;
            while (to > from && lexicon.stopwords.contains(norms.get(to - 1)) && !Entities.ORG_SUFFIXES.contains(norms.get(to - 1))) {
                to--;
            }
            int runEnd = j;
            i = runEnd - 1;
            if (from >= to) {
                continue;
            }
            String before = from > 0 ? norms.get(from - 1) : "";
            String before2 = from > 1 ? norms.get(from - 2) + " " + before : before;
            String after = to < tokens.size() ? norms.get(to) : "";
            String name = joined(tokens, from, to);
            String last = norms.get(to - 1);
            boolean outletContext = before2.endsWith("according to") || before2.endsWith("report by")
                    || before2.endsWith("reported by") || before.equals("told") || before2.endsWith("report in")
                    || after.equals("reported") || after.equals("reports") || (article && before2.endsWith("according to"));
            if (article && from > 0 && norms.get(from - 1).equals("the")) {
                before2 = from > 2 ? norms.get(from - 3) + " " + norms.get(from - 2) : before2;
                outletContext |= before2.endsWith("according to") || before2.endsWith("report by");
            }
            if (outletContext && !Entities.ORG_SUFFIXES.contains(last)) {
                int start = article ? from - 1 : from;
                newEntity(tokens, start, to, KnownEntity.Kind.OUTLET, joined(tokens, start, to), null, null, at, span,
                        "new name");
            } else if (Entities.ORG_SUFFIXES.contains(last) && to - from >= 2 || EN_ORG_CONTEXT.contains(before)) {
                newEntity(tokens, from, to, KnownEntity.Kind.ORGANIZATION, name, null,
                        last.equals("lab") || last.equals("labs") && before.equals("lab") ? "lab" : "company", at, span,
                        "new name");
            } else if (to - from >= 2 && to - from <= 3 && looksLikePersonName(tokens, from, to)) {
                newEntity(tokens, from, to, KnownEntity.Kind.PERSON, name, null, null, at, span, "new name");
            }
        }
    }

    private boolean capitalizedWord(TextAnalyzer.Token t) {
        return t.isWord() && t.latin() && Character.isUpperCase(t.text().charAt(0));
    }

    // ---- titles, money, counts, times ---------------------------------------------------------------

    private void phrasesAt(List<TextAnalyzer.Token> tokens, List<String> norms, int i, Item[] at, int[] span) {
        Item amount = amountAt(tokens, norms, i, at, span);
        if (amount != null) {
            return;
        }
        Phrases.Match<Lexicon.Relative> rel = lexicon.relative.at(norms, i);
        if (rel != null && allFree(at, span, i, rel.length())) {
            place(at, span, i, i + rel.length(), time(tokens, i, i + rel.length(), resolve(rel.value())));
            return;
        }
        int m = i;
        boolean past = false;
        if (norms.get(i).equals("في") || norms.get(i).equals("in") || norms.get(i).equals("last")
                || norms.get(i).equals("since") || norms.get(i).equals("منذ")) {
            past = norms.get(i).equals("last");
            m = i + 1;
        }
        Phrases.Match<Integer> month = m < tokens.size() ? lexicon.months.at(norms, m) : null;
        if (month != null && (language == Language.AR || tokens.get(m).capitalized())) {
            int end = m + month.length();
            Integer year = null;
            if (end < tokens.size() && norms.get(end).matches("(19|20)\\d\\d")) {
                year = Integer.parseInt(norms.get(end));
                end++;
            } else if (end < tokens.size() && norms.get(end).equals("الماضي")) {
                past = true;
                end++;
            }
            if (allFree(at, span, i, end - i)) {
                place(at, span, i, end, time(tokens, i, end, monthDate(month.value(), year, past)));
                return;
            }
        }
        if ((norms.get(i).equals("في") || norms.get(i).equals("عام") || norms.get(i).equals("in")
                || norms.get(i).equals("since") || norms.get(i).equals("منذ"))
                && i + 1 < tokens.size() && norms.get(i + 1).matches("(19|20)\\d\\d") && allFree(at, span, i, 2)) {
            place(at, span, i, i + 2, time(tokens, i, i + 2, PartialDate.parse(norms.get(i + 1))));
            return;
        }
        Phrases.Match<Lexicon.Title> title = lexicon.titles.at(norms, i);
        if (title != null && allFree(at, span, i, title.length())) {
            int end = i + title.length();
            Lexicon.Title t = title.value();
            place(at, span, i, end, titleItem(tokens, i, end, t));
            return;
        }
        if (language == Language.EN) {
            if (norms.get(i).equals("head") && i + 2 < tokens.size() && norms.get(i + 1).equals("of")) {
                int end = i + 2;
                while (end < tokens.size() && end - i < 5 && tokens.get(end).isWord() && !tokens.get(end).capitalized()
                        && !EN_PREPOSITIONS.contains(norms.get(end))) {
                    end++;
                }
                if (end > i + 2 && allFree(at, span, i, end - i)) {
                    place(at, span, i, end, titleItem(tokens, i, end, new Lexicon.Title(joined(tokens, i, end), false)));
                    return;
                }
            }
            if (i + 2 < tokens.size() && norms.get(i + 1).equals("lead") && tokens.get(i).isWord()
                    && !tokens.get(i).capitalized() && capitalizedWord(tokens.get(i + 2)) && allFree(at, span, i, 2)
                    && !lexicon.stopwords.contains(norms.get(i)) && !MODALS.contains(norms.get(i))) {
                place(at, span, i, i + 2, titleItem(tokens, i, i + 2, new Lexicon.Title(joined(tokens, i, i + 2), false)));
                return;
            }
        }
        Phrases.Match<Long> number = lexicon.numbers.at(norms, i);
        if (number != null && allFree(at, span, i, number.length())) {
            place(at, span, i, i + number.length(), count(tokens, i, i + number.length(), number.value()));
        } else if (norms.get(i).matches("\\d{1,6}") && !norms.get(i).matches("(19|20)\\d\\d")) {
            place(at, span, i, i + 1, count(tokens, i, i + 1, Long.parseLong(norms.get(i))));
        }
    }

    private static Item titleItem(List<TextAnalyzer.Token> tokens, int from, int to, Lexicon.Title title) {
        String text = joined(tokens, from, to);
        return new Item(Item.Kind.TITLE, tokens.get(from).start(), tokens.get(to - 1).end(), text, Norm.of(text), null,
                null, title, null, 0, null);
    }

    private static Item count(List<TextAnalyzer.Token> tokens, int from, int to, long n) {
        String text = joined(tokens, from, to);
        return new Item(Item.Kind.COUNT, tokens.get(from).start(), tokens.get(to - 1).end(), text, Norm.of(text), null,
                null, null, null, n, null);
    }

    private static Item time(List<TextAnalyzer.Token> tokens, int from, int to, PartialDate date) {
        String text = joined(tokens, from, to);
        return new Item(Item.Kind.TIME, tokens.get(from).start(), tokens.get(to - 1).end(), text, Norm.of(text), null,
                null, null, null, 0, date);
    }

    /** [qualifier] [$] NUMBER [scale] [currency]; a scale or a currency is needed. */
    private Item amountAt(List<TextAnalyzer.Token> tokens, List<String> norms, int i, Item[] at, int[] span) {
        int k = i;
        String currency = null;
        Phrases.Match<String> cur = lexicon.currencies.at(norms, k);
        if (cur != null && !tokens.get(k).isWord()) {
            currency = cur.value();
            k += cur.length();
        }
        if (k >= tokens.size()) {
            return null;
        }
        String number = norms.get(k);
        long glued = 1;
        java.util.regex.Matcher g = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(bn|b|m|k)").matcher(number);
        if (g.matches()) {
            number = g.group(1);
            glued = switch (g.group(2)) {
                case "bn", "b" -> 1_000_000_000L;
                case "m" -> 1_000_000L;
                default -> 1_000L;
            };
        } else if (!number.matches("\\d+(?:[.,]\\d+)*")) {
            return null;
        }
        k++;
        long scale = glued;
        if (glued == 1 && k < tokens.size()) {
            Phrases.Match<Long> s = lexicon.scales.at(norms, k);
            if (s != null) {
                scale = s.value();
                k += s.length();
            }
        }
        if (currency == null && k < tokens.size()) {
            Phrases.Match<String> c = lexicon.currencies.at(norms, k);
            if (c != null) {
                currency = c.value();
                k += c.length();
            }
        }
        if (currency == null || !allFree(at, span, i, k - i)) {
            return null;
        }
        BigDecimal value = new BigDecimal(number.replace(",", "")).multiply(BigDecimal.valueOf(scale)).stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        String qualifier = "exact";
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            Phrases.Match<Lexicon.Qualifier> q = lexicon.qualifiers.at(norms, i - back);
            if (q != null && q.length() == back) {
                qualifier = switch (q.value()) {
                    case UP_TO -> "up-to";
                    case MORE_THAN -> "more-than";
                    case ABOUT -> "about";
                };
                break;
            }
        }
        String text = joined(tokens, i, k);
        Item item = new Item(Item.Kind.AMOUNT, tokens.get(i).start(), tokens.get(k - 1).end(), text, Norm.of(text), null,
                null, null, new Item.AmountValue(value, currency, qualifier), 0, null);
        place(at, span, i, k, item);
        return item;
    }

    private PartialDate resolve(Lexicon.Relative relative) {
        return Lexicon.resolve(relative, published);
    }

    /** A month without a year is the latest such month up to publication ("last March": before it). */
    private PartialDate monthDate(int month, Integer year, boolean strictlyPast) {
        if (year != null) {
            return PartialDate.parse(YearMonth.of(year, month).toString());
        }
        if (published == null || published.precision() == PartialDate.Precision.YEAR) {
            return null;
        }
        YearMonth pub = YearMonth.from(published.earliest());
        YearMonth candidate = YearMonth.of(pub.getYear(), month);
        if (candidate.isAfter(pub) || strictlyPast && candidate.equals(pub)) {
            candidate = candidate.minusYears(1);
        }
        return PartialDate.parse(candidate.toString());
    }

    // ---- "the company", "this group", "the report" ---------------------------------------------------

    private void resolveCoreference(List<Item> items) {
        List<Item> expanded = new ArrayList<>();
        for (Item item : items) {
            if ("\u0000pair".equals(item.norm())) {
                Item[] pair = pendingPairs.get((int) item.count());
                expanded.add(pair[0]);
                expanded.add(pair[1]);
            } else {
                expanded.add(item);
            }
        }
        pendingPairs.clear();
        items.clear();
        items.addAll(expanded);
        List<String> norms = items.stream().map(Item::norm).toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() != Item.Kind.WORD) {
                continue;
            }
            Phrases.Match<String> org = lexicon.corefOrg.at(norms, i);
            if (org != null && allWords(items, i, org.length())) {
                Entities.Entity target = org.value().equals("lab") ? discourse.lastLab : firstOrgBefore(items, i);
                if (target == null) {
                    target = discourse.focusOrganization;
                }
                if (target != null) {
                    replace(items, i, org.length(), Item.Kind.ORG, target);
                    norms = items.stream().map(Item::norm).toList();
                }
                continue;
            }
            Phrases.Match<String> outlet = lexicon.corefOutlet.at(norms, i);
            if (outlet != null && discourse.lastOutlet != null && allWords(items, i, outlet.length())) {
                replace(items, i, outlet.length(), Item.Kind.OUTLET, discourse.lastOutlet);
                norms = items.stream().map(Item::norm).toList();
            }
        }
        for (Item item : items) {
            if (item.kind() == Item.Kind.ORG && "lab".equals(item.entity().orgKind)) {
                discourse.lastLab = item.entity();
            }
            if (item.kind() == Item.Kind.OUTLET && !"coreference".equals(item.how())) {
                discourse.lastOutlet = item.entity();
            }
        }
    }

    private static boolean allWords(List<Item> items, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (k >= items.size() || items.get(k).kind() != Item.Kind.WORD) {
                return false;
            }
        }
        return true;
    }

    private static Entities.Entity firstOrgBefore(List<Item> items, int i) {
        for (int k = 0; k < i; k++) {
            if (items.get(k).kind() == Item.Kind.ORG) {
                return items.get(k).entity();
            }
        }
        return null;
    }

    private static void replace(List<Item> items, int from, int n, Item.Kind kind, Entities.Entity target) {
        Item first = items.get(from);
        Item last = items.get(from + n - 1);
        StringBuilder text = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            text.append(k > from ? " " : "").append(items.get(k).text());
        }
        Item coref = Item.entity(kind, first.start(), last.end(), text.toString(), target, "coreference");
        for (int k = 0; k < n; k++) {
            items.remove(from);
        }
        items.add(from, coref);
    }

    private static Set<String> normalized(String... words) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(Norm.of(w));
        }
        return Set.copyOf(out);
    }
}
