package io.talentgraph.bench.synthetic;

import io.talentgraph.bulk.BulkInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A seeded generator of realistic synthetic talent graphs, written as a {@link BulkInput}. The same size and seed
 * give byte-for-byte the same files; nothing depends on the clock or on hash-map order.
 *
 * <p>What it models, for {@code persons} people:
 * <ul>
 *   <li>{@code persons / 60} organizations (at least 30) with heavy-tailed sizes (Zipf, exponent 1.05: the
 *       largest employs about a tenth of everyone); one in twelve is a lab inside one of the 40 largest
 *       companies, named after it, like Google DeepMind;</li>
 *   <li>careers of one to five employers (0-4 moves, 1.9 on average) from 1995 to mid-2025: a first job
 *       ({@code works-at}, former when they moved on) and a {@code hire} for each move, with dates; the last job
 *       is current;</li>
 *   <li>a CEO (or lab director) for every organization, a CTO for one in five (who co-founded it with the CEO),
 *       and a former CEO for one in three;</li>
 *   <li>unnamed group hires as the press reports them: "N researchers from X" between large organizations, some
 *       nested in a larger count, and "N researchers from rival companies", each naming some of its members;</li>
 *   <li>investments by companies and by CEOs, and failed recruitment attempts;</li>
 *   <li>{@code persons / 20} sources from English and Arabic outlets, which the facts cite with a verbatim quote in
 *       the source's language (and its English rendering); a fifth of the facts are reported by a second source;</li>
 *   <li>names in English and in Arabic script, unique in both (up to 1.89 million people; beyond, a number is
 *       added).</li>
 * </ul>
 * About 3.5 facts and 5 relationships per person.
 */
public final class SyntheticTalentGraph {

    /** The smallest graph it generates. */
    public static final int MIN_PERSONS = 100;

    private static final int FIRST_MONTH = 0;              // 1995-01
    private static final int LAST_START_MONTH = 27 * 12 - 1; // careers start by 2021-12
    private static final int LAST_MONTH = 30 * 12 + 5;     // 2025-06: the data's "now"
    private static final long SALT_CAREER = 1, SALT_FACT = 2, SALT_GROUP = 3, SALT_RIVAL = 4, SALT_ORG = 5,
            SALT_SOURCE = 6, SALT_INVEST = 7, SALT_ATTEMPT = 8, SALT_DELTA = 9, SALT_NAMES = 10;
    private static final int[] MOVES_PERCENT = {15, 25, 30, 18, 12};

    /**
     * What was generated.
     *
     * @param datasetId     the dataset id in the manifest
     * @param persons       people written
     * @param organizations organizations written
     * @param sources       sources written
     * @param facts         facts written, per type
     * @param nodes         nodes the graph will have: people, organizations, sources and groups
     * @param relationships relationships the graph will have
     */
    public record Summary(String datasetId, long persons, long organizations, long sources, Map<String, Long> facts,
                          long nodes, long relationships) {
        /**
         * Defensive copy.
         *
         * @param datasetId     the dataset id in the manifest
         * @param persons       people written
         * @param organizations organizations written
         * @param sources       sources written
         * @param facts         facts written, per type
         * @param nodes         nodes the graph will have: people, organizations, sources and groups
         * @param relationships relationships the graph will have
         */
        public Summary {
            facts = Map.copyOf(facts);
        }

        /** @return all records: people, organizations, sources and facts */
        public long records() {
            return persons + organizations + sources + facts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final int persons;
    private final long seed;
    private final int orgCount;
    private final int sourceCount;
    private final int topOrgs;
    private final double[] cumulative;
    private final String[] orgId;
    private final String[] orgName;
    private final String[] orgNameAr;
    private final int[] parent;
    private final int ctoStart;
    private final int formerStart;
    private final int designated;
    private final long nameSpace;
    private final long nameStep;
    private final long nameOffset;

    private SyntheticTalentGraph(int persons, long seed) {
        if (persons < MIN_PERSONS) {
            throw new IllegalArgumentException("A synthetic graph needs at least " + MIN_PERSONS + " persons, not " + persons);
        }
        this.persons = persons;
        this.seed = seed;
        this.orgCount = Math.max(30, persons / 60);
        this.sourceCount = Math.max(40, persons / 20);
        this.topOrgs = Math.max(4, orgCount / 50);
        this.cumulative = new double[orgCount];
        double sum = 0;
        for (int o = 0; o < orgCount; o++) {
            sum += 1.0 / Math.pow(o + 1, 1.05);
            cumulative[o] = sum;
        }
        this.parent = new int[orgCount];
        this.orgId = new String[orgCount];
        this.orgName = new String[orgCount];
        this.orgNameAr = new String[orgCount];
        nameOrganizations();
        this.ctoStart = orgCount;
        this.formerStart = ctoStart + (orgCount + 4) / 5;
        this.designated = formerStart + (orgCount + 1) / 3;
        this.nameSpace = (long) Names.GIVEN.size() * (Names.GIVEN.size() - 1) * Names.FAMILY.size();
        long step = 1_000_003L;
        while (gcd(step, nameSpace) != 1) {
            step += 2;
        }
        this.nameStep = step;
        this.nameOffset = Math.floorMod(hash(SALT_NAMES), nameSpace);
    }

    /**
     * @param persons how many people, at least {@value #MIN_PERSONS}
     * @param seed    the seed: the same seed gives the same graph
     * @return the generator
     */
    public static SyntheticTalentGraph of(int persons, long seed) {
        return new SyntheticTalentGraph(persons, seed);
    }

    /** @return the dataset id the manifest carries, e.g. {@code synthetic-1000000-seed-42} */
    public String datasetId() {
        return "synthetic-" + persons + "-seed-" + (seed < 0 ? "m" + -seed : seed);
    }

    // ---- the world ------------------------------------------------------------------------------

    private void nameOrganizations() {
        List<Integer> topCompanies = new ArrayList<>();
        for (int o = 0; o < orgCount && topCompanies.size() < 40; o++) {
            if (!isLab(o)) {
                topCompanies.add(o);
            }
        }
        int firsts = Names.ORG_FIRST.size();
        int seconds = Names.ORG_SECOND.size();
        int lasts = Names.COMPANY_LAST.size();
        int companySpace = firsts * seconds * lasts;
        int labSpace = seconds * Names.LAB_LAST.size();
        int companies = 0;
        int labs = 0;
        for (int o = 0; o < orgCount; o++) {
            parent[o] = -1;
            if (!isLab(o)) {
                int round = companies / companySpace;
                // A step coprime to the space walks every name once, each unlike the one before.
                int c = (int) ((companies++ % companySpace) * 7919L % companySpace);
                Names.Part first = Names.ORG_FIRST.get(c % firsts);
                Names.Part second = Names.ORG_SECOND.get(c / firsts % seconds);
                Names.Part last = Names.COMPANY_LAST.get(c / firsts / seconds);
                orgName[o] = first.en() + " " + second.en() + " " + last.en() + (round > 0 ? " " + (round + 1) : "");
                orgNameAr[o] = first.ar() + " " + second.ar() + " " + last.ar() + (round > 0 ? " " + (round + 1) : "");
            }
        }
        for (int o = 0; o < orgCount; o++) {
            if (isLab(o)) {
                int l = labs++;
                int p = topCompanies.get(l % topCompanies.size());
                int w = l / topCompanies.size();
                int round = w / labSpace;
                int spread = (int) ((w % labSpace) * 7L % labSpace);
                Names.Part second = Names.ORG_SECOND.get(spread % seconds);
                Names.Part last = Names.LAB_LAST.get(spread / seconds);
                parent[o] = p;
                orgName[o] = orgName[p] + " " + second.en() + " " + last.en() + (round > 0 ? " " + (round + 1) : "");
                orgNameAr[o] = orgNameAr[p] + " " + second.ar() + " " + last.ar() + (round > 0 ? " " + (round + 1) : "");
            }
        }
        for (int o = 0; o < orgCount; o++) {
            orgId[o] = slug(orgName[o]);
        }
    }

    private static boolean isLab(int o) {
        return o % 12 == 7;
    }

    private int sampleOrg(SplittableRandom r) {
        double x = r.nextDouble() * cumulative[orgCount - 1];
        int lo = 0;
        int hi = orgCount - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private String personId(int i) {
        return slug(personName(i, false)) + "-" + Integer.toString(i, 36);
    }

    private String personName(int i, boolean arabic) {
        long idx = Math.floorMod(Math.floorMod((long) i, nameSpace) * nameStep + nameOffset, nameSpace);
        int g = Names.GIVEN.size();
        int first = (int) (idx % g);
        long rest = idx / g;
        int middle = (int) ((first + 1 + rest % (g - 1)) % g);
        int last = (int) (rest / (g - 1));
        long round = i / nameSpace;
        Names.Part f = Names.GIVEN.get(first);
        Names.Part m = Names.GIVEN.get(middle);
        Names.Part l = Names.FAMILY.get(last);
        String name = arabic ? f.ar() + " " + m.ar() + " " + l.ar() : f.en() + " " + m.en() + " " + l.en();
        return round > 0 ? name + " " + (round + 1) : name;
    }

    /** A career: employers, start months, end months (-1 while current) and job titles. */
    private record Career(int[] orgs, int[] start, int[] end, int[] title) {
        int moves() {
            return orgs.length - 1;
        }
    }

    private Career career(int i) {
        SplittableRandom r = rng(SALT_CAREER, i);
        int roll = r.nextInt(100);
        int moves = 0;
        for (int acc = MOVES_PERCENT[0]; roll >= acc; acc += MOVES_PERCENT[++moves]) {
            // walks the distribution
        }
        int forcedLast = -1;
        int forcedFirst = -1;
        if (i < orgCount) {
            forcedLast = i;
        } else if (i < formerStart && (i - ctoStart) * 5 < orgCount) {
            forcedLast = (i - ctoStart) * 5;
        } else if (i < designated && (i - formerStart) * 3 + 1 < orgCount) {
            forcedFirst = (i - formerStart) * 3 + 1;
            moves = Math.max(1, moves);
        }
        int[] orgs = new int[moves + 1];
        for (int j = 0; j <= moves; j++) {
            int forced = j == moves && forcedLast >= 0 ? forcedLast : j == 0 && forcedFirst >= 0 ? forcedFirst : -1;
            int o = forced;
            for (int attempt = 0; o < 0 || (forced < 0 && (contains(orgs, j, o) || o == forcedLast)); attempt++) {
                o = attempt < 20 ? sampleOrg(r) : (int) ((o + 1L + attempt) % orgCount);
            }
            orgs[j] = o;
        }
        int[] start = new int[moves + 1];
        int[] end = new int[moves + 1];
        int[] title = new int[moves + 1];
        start[0] = FIRST_MONTH + r.nextInt(LAST_START_MONTH - FIRST_MONTH + 1);
        int[] length = new int[moves];
        int total = 0;
        for (int j = 0; j < moves; j++) {
            length[j] = 12 + r.nextInt(60);
            total += length[j];
        }
        int room = LAST_MONTH - start[0];
        if (total > room) {
            for (int j = 0; j < moves; j++) {
                length[j] = Math.max(3, length[j] * room / total);
            }
        }
        for (int j = 0; j <= moves; j++) {
            if (j > 0) {
                start[j] = Math.min(start[j - 1] + length[j - 1], LAST_MONTH - (moves - j));
                start[j] = Math.max(start[j], start[j - 1] + 1);
                end[j - 1] = start[j];
            }
            title[j] = r.nextInt(10);
        }
        end[moves] = -1;
        return new Career(orgs, start, end, title);
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int k = 0; k < length; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }

    // ---- group hires ----------------------------------------------------------------------------

    private static final long RIVALS = 1L << 62;

    /** The group a career's j-th move is reported in, as a key, or -1. */
    private long groupKey(int i, Career c, int j) {
        int by = c.orgs[j];
        int from = c.orgs[j - 1];
        int year = year(c.start[j]);
        if (by < topOrgs && from < topOrgs && parent[by] != from && parent[from] != by) {
            if (Math.floorMod(hash(SALT_GROUP, by, from, year), 5) == 0 && Math.floorMod(hash(SALT_GROUP, i, j), 2) == 0) {
                return ((long) by << 36) | ((long) from << 12) | (year - 1990);
            }
            return -1;
        }
        if (by < (topOrgs + 1) / 2 && Math.floorMod(hash(SALT_RIVAL, by, year), 3) == 0
                && Math.floorMod(hash(SALT_RIVAL, i, j), 4) == 0) {
            return RIVALS | ((long) by << 36) | (year - 1990);
        }
        return -1;
    }

    private record Group(long key, String id, int by, int from, int year, long count, String within) {
    }

    /** Group hires by key, in key order; each nests a smaller "-more" group in one of four cases. */
    private Map<Long, List<Group>> groups(Map<Long, Long> members) {
        Map<Long, List<Group>> groups = new TreeMap<>();
        for (Map.Entry<Long, Long> e : members.entrySet()) {
            long key = e.getKey();
            long named = e.getValue();
            int by = (int) ((key >>> 36) & 0xFF_FFFFL);
            int year = (int) (key & 0xFFF) + 1990;
            boolean rivals = (key & RIVALS) != 0;
            int from = rivals ? -1 : (int) ((key >>> 12) & 0xFF_FFFFL);
            long h = Math.floorMod(hash(SALT_GROUP, key), 1_000_000);
            String id = rivals ? "hires-" + orgId[by] + "-from-rivals-" + year
                    : "hires-" + orgId[by] + "-from-" + orgId[from] + "-" + year;
            if (id.length() > 115) {
                id = "group-hire-" + Long.toString(key, 36);
            }
            List<Group> list = new ArrayList<>();
            if (rivals) {
                list.add(new Group(key, id, by, -1, year, named + 3 + h % 20, null));
            } else if (h % 4 == 0) {
                long more = 1 + h / 4 % 5;
                list.add(new Group(key, id, by, from, year, named + more, null));
                list.add(new Group(key, id + "-more", by, from, year, more, id));
            } else {
                list.add(new Group(key, id, by, from, year, named + h / 4 % 4, null));
            }
            groups.put(key, list);
        }
        return groups;
    }

    // ---- writing --------------------------------------------------------------------------------

    private static final List<String> PEOPLE_COLUMNS = List.of("id", "name", "nameAr", "aliases", "roles");
    private static final List<String> ORG_COLUMNS = List.of("id", "name", "nameAr", "aliases", "kind", "description",
            "descriptionAr");
    private static final List<String> SOURCE_COLUMNS = List.of("id", "kind", "outlet", "outletAr", "language", "title",
            "titleEn", "url", "published", "citedBy", "participants");
    private static final List<String> FACT_COLUMNS = List.of("type", "id", "person", "organization", "by", "from",
            "group", "within", "investor", "target", "part", "whole", "partner", "title", "titleAr", "formerTitle",
            "formerTitleAr", "role", "context", "current", "outcome", "count", "fromDescription", "fromDescriptionAr",
            "amount.value", "amount.currency", "amount.qualifier", "sources", "attribution", "reportedBy", "since",
            "until", "date", "evidence", "evidenceEn");

    /** Counts what is written, for the summary. */
    private static final class Tally {
        final Map<String, Long> facts = new TreeMap<>();
        long relationships;
        long groups;

        void fact(Map<String, Object> f) {
            String type = (String) f.get("type");
            facts.merge(type, 1L, Long::sum);
            relationships += switch (type) {
                case "hire" -> (f.containsKey("from") ? 1 : 0) + 1 + (f.containsKey("group") ? 1 : 0);
                case "group-hire" -> 1 + (f.containsKey("from") ? 1 : 0) + (f.containsKey("within") ? 1 : 0);
                default -> 1;
            };
            if (type.equals("group-hire")) {
                groups++;
            }
        }
    }

    /**
     * Writes the whole graph.
     *
     * @param dir     an empty or new directory
     * @param format  JSON Lines or CSV: the same records either way
     * @return what was written
     */
    public Summary write(Path dir, BulkInput.Format format) {
        List<BulkInput.Format> formats = List.of(format);
        Map<Long, Long> members = new HashMap<>();
        for (int i = 0; i < persons; i++) {
            Career c = career(i);
            for (int j = 1; j <= c.moves(); j++) {
                long key = groupKey(i, c, j);
                if (key >= 0) {
                    members.merge(key, 1L, Long::sum);
                }
            }
        }
        Map<Long, List<Group>> groups = groups(members);
        Tally tally = new Tally();
        try {
            Files.createDirectories(dir);
            manifest(dir, datasetId(), "Synthetic talent graph: " + persons + " persons, seed " + seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (RecordSink people = new RecordSink(dir, BulkInput.Part.PEOPLE, PEOPLE_COLUMNS, formats)) {
            for (int i = 0; i < persons; i++) {
                people.write(person(i));
            }
        }
        try (RecordSink orgs = new RecordSink(dir, BulkInput.Part.ORGANIZATIONS, ORG_COLUMNS, formats)) {
            for (int o = 0; o < orgCount; o++) {
                orgs.write(organization(o));
            }
        }
        try (RecordSink sources = new RecordSink(dir, BulkInput.Part.SOURCES, SOURCE_COLUMNS, formats)) {
            for (int s = 0; s < sourceCount; s++) {
                Map<String, Object> source = source(s);
                tally.relationships += sizeOf(source.get("citedBy")) + sizeOf(source.get("participants"));
                sources.write(source);
            }
        }
        try (RecordSink facts = new RecordSink(dir, BulkInput.Part.FACTS, FACT_COLUMNS, formats)) {
            java.util.function.Consumer<Map<String, Object>> out = f -> {
                tally.fact(f);
                facts.write(f);
            };
            for (int o = 0; o < orgCount; o++) {
                if (parent[o] >= 0) {
                    Map<String, Object> f = fact("part-of", null, SALT_ORG, o, 1);
                    f.put("part", orgId[o]);
                    f.put("whole", orgId[parent[o]]);
                    evidence(f, "part-of", orgName[o] + ", part of " + orgName[parent[o]],
                            orgNameAr[o] + " التابعة لشركة " + orgNameAr[parent[o]]);
                    out.accept(f);
                }
            }
            for (List<Group> list : groups.values()) {
                for (Group g : list) {
                    out.accept(groupHire(g));
                }
            }
            leaders(out);
            for (int i = 0; i < persons; i++) {
                Career c = career(i);
                out.accept(firstJob(i, c, -1));
                for (int j = 1; j <= c.moves(); j++) {
                    out.accept(move(i, c, j, groups, -1));
                }
            }
            investments(out);
            attempts(out);
        }
        long nodes = persons + orgCount + sourceCount + tally.groups;
        return new Summary(datasetId(), persons, orgCount, sourceCount, tally.facts, nodes, tally.relationships);
    }

    /**
     * Writes a delta to the graph {@link #write} writes: about {@code fraction} as many new facts as the graph has
     * facts, each a new move (a hire in the second half of 2025), together with the earlier job it ends, restated
     * with its end date.
     *
     * @param dir      an empty or new directory
     * @param fraction new facts as a fraction of the graph's facts, e.g. 0.01
     * @param format   JSON Lines or CSV
     * @return what was written; {@code facts} counts new and restated facts
     */
    public Summary writeDelta(Path dir, double fraction, BulkInput.Format format) {
        List<BulkInput.Format> formats = List.of(format);
        Map<Long, Long> members = new HashMap<>();
        long facts = 0;
        for (int i = 0; i < persons; i++) {
            Career c = career(i);
            facts += 1 + c.moves();
            for (int j = 1; j <= c.moves(); j++) {
                long key = groupKey(i, c, j);
                if (key >= 0) {
                    members.merge(key, 1L, Long::sum);
                }
            }
        }
        Map<Long, List<Group>> groups = groups(members);
        double share = Math.min(1.0, fraction * facts / persons);
        Tally tally = new Tally();
        try {
            Files.createDirectories(dir);
            manifest(dir, datasetId() + "-delta", "Delta to " + datasetId() + ": new moves in late 2025");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (RecordSink out = new RecordSink(dir, BulkInput.Part.FACTS, FACT_COLUMNS, formats)) {
            for (int i = 0; i < persons; i++) {
                SplittableRandom r = rng(SALT_DELTA, i);
                if (r.nextDouble() >= share) {
                    continue;
                }
                Career c = career(i);
                int month = LAST_MONTH + 1 + r.nextInt(6);
                Map<String, Object> ended = c.moves() == 0 ? firstJob(i, c, month) : move(i, c, c.moves(), groups, month);
                tally.fact(ended);
                out.write(ended);
                int next = -1;
                for (int attempt = 0; next < 0 || contains(c.orgs, c.orgs.length, next); attempt++) {
                    next = attempt < 20 ? sampleOrg(r) : (next + 1) % orgCount;
                }
                Career moved = new Career(append(c.orgs, next), append(c.start, month), append(c.end, -1),
                        append(c.title, r.nextInt(10)));
                moved.end[c.moves()] = month;
                Map<String, Object> hire = move(i, moved, moved.moves(), Map.of(), -1);
                tally.fact(hire);
                out.write(hire);
            }
        }
        return new Summary(datasetId() + "-delta", 0, 0, 0, tally.facts, 0, tally.relationships);
    }

    private static int[] append(int[] values, int value) {
        int[] out = java.util.Arrays.copyOf(values, values.length + 1);
        out[values.length] = value;
        return out;
    }

    private static void manifest(Path dir, String id, String title) throws IOException {
        Files.writeString(dir.resolve(BulkInput.MANIFEST), "{\"format\": \"" + BulkInput.FORMAT + "\", \"id\": \"" + id
                + "\", \"title\": \"" + title + "\"}\n", StandardCharsets.UTF_8);
    }

    private Map<String, Object> person(int i) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", personId(i));
        p.put("name", personName(i, false));
        p.put("nameAr", personName(i, true));
        if (Math.floorMod(hash(SALT_NAMES, i), 20) == 0) {
            String[] parts = personName(i, false).split(" ");
            p.put("aliases", List.of(parts[0] + " " + parts[2]));
        }
        p.put("roles", List.of(i < designated ? "executive" : "researcher"));
        return p;
    }

    private Map<String, Object> organization(int o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", orgId[o]);
        m.put("name", orgName[o]);
        m.put("nameAr", orgNameAr[o]);
        if (o < 100 && parent[o] < 0) {
            StringBuilder acronym = new StringBuilder();
            for (String word : orgName[o].split(" ")) {
                acronym.append(Character.toUpperCase(word.charAt(0)));
            }
            m.put("aliases", List.of(acronym.toString()));
        }
        m.put("kind", parent[o] >= 0 ? "lab" : "company");
        long h = Math.floorMod(hash(SALT_ORG, o), 10);
        if (h < 3) {
            m.put("description", parent[o] >= 0 ? "AI research lab" : h == 0 ? "AI research company" : "machine learning company");
            m.put("descriptionAr", parent[o] >= 0 ? "مختبر لأبحاث الذكاء الاصطناعي" : h == 0 ? "شركة أبحاث ذكاء اصطناعي"
                    : "شركة تعلم آلي");
        }
        return m;
    }

    private static final String[] HEADLINES_EN = {"The race for AI talent heats up", "Who is hiring in AI this quarter",
        "Inside the new wave of AI labs", "Big money for AI start-ups", "Researchers on the move"};
    private static final String[] HEADLINES_AR = {"سباق المواهب في الذكاء الاصطناعي يشتد", "من يوظف في الذكاء الاصطناعي هذا الربع",
        "داخل الموجة الجديدة من مختبرات الذكاء الاصطناعي", "أموال طائلة لشركات الذكاء الاصطناعي الناشئة", "باحثون يغيرون وجهتهم"};

    private boolean arabicOutlet(int s) {
        return Names.OUTLETS.get(outlet(s)).ar().length() > 0;
    }

    private int outlet(int s) {
        long h = Math.floorMod(hash(SALT_SOURCE, s), 100);
        int english = 6;
        int arabic = Names.OUTLETS.size() - english;
        return h < 70 ? (int) (h % english) : english + (int) (h % arabic);
    }

    private static String sourceKind(int s) {
        int k = s % 20;
        return k < 12 ? "article" : k < 17 ? "report" : k == 17 ? "interview" : k == 18 ? "podcast" : "post";
    }

    private String sourceId(int s) {
        return slug(Names.OUTLETS.get(outlet(s)).en()) + "-" + s;
    }

    private Map<String, Object> source(int s) {
        SplittableRandom r = rng(SALT_SOURCE, s);
        Names.Part outlet = Names.OUTLETS.get(outlet(s));
        boolean arabic = arabicOutlet(s);
        String kind = sourceKind(s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", sourceId(s));
        m.put("kind", kind);
        m.put("outlet", outlet.en());
        if (arabic) {
            m.put("outletAr", outlet.ar());
        }
        m.put("language", arabic ? "ar" : "en");
        int headline = r.nextInt(HEADLINES_EN.length);
        m.put("title", arabic ? HEADLINES_AR[headline] : HEADLINES_EN[headline]);
        if (arabic) {
            m.put("titleEn", HEADLINES_EN[headline]);
        }
        m.put("url", "https://news.example/" + slug(outlet.en()) + "/" + s);
        m.put("published", date(FIRST_MONTH + 20 * 12 + r.nextInt(10 * 12 + 6)) + "-" + String.format("%02d", 1 + r.nextInt(28)));
        if (kind.equals("report") && r.nextBoolean()) {
            int article = s / 20 * 20 + r.nextInt(12);
            if (article < sourceCount) {
                m.put("citedBy", List.of(sourceId(article)));
            }
        }
        if (kind.equals("podcast") || kind.equals("interview")) {
            m.put("participants", List.of(personId(r.nextInt(Math.min(orgCount, 200)))));
        }
        return m;
    }

    private static long sizeOf(Object list) {
        return list == null ? 0 : ((List<?>) list).size();
    }

    /** The common part of a fact: type, id, its sources and attribution, drawn from its own random stream. */
    private Map<String, Object> fact(String type, String id, long salt, long a, long b) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", type);
        if (id != null) {
            f.put("id", id);
        }
        SplittableRandom r = rng(SALT_FACT, salt, a, b);
        int primary = r.nextInt(sourceCount);
        f.put("_source", primary);
        if (r.nextInt(5) == 0) {
            int report = Math.min(sourceCount - 1, 20 * r.nextInt(Math.max(1, sourceCount / 20)) + 12 + r.nextInt(5));
            if (report != primary && sourceKind(report).equals("report")) {
                f.put("_report", report);
            }
        }
        return f;
    }

    /** Adds sources, attribution and the quote (in the primary source's language) as the last fields. */
    private void evidence(Map<String, Object> f, String kind, String english, String arabic) {
        int primary = (Integer) f.remove("_source");
        Integer report = (Integer) f.remove("_report");
        f.put("sources", report == null ? List.of(sourceId(primary)) : List.of(sourceId(primary), sourceId(report)));
        if (report != null) {
            f.put("attribution", "reported");
            f.put("reportedBy", sourceId(report));
        }
        Map<String, String> quote = new LinkedHashMap<>();
        if (arabicOutlet(primary)) {
            quote.put("quote", arabic);
            quote.put("en", english);
        } else {
            quote.put("quote", english);
        }
        f.put("evidence", List.of(quote));
    }

    private void leaders(java.util.function.Consumer<Map<String, Object>> out) {
        for (int o = 0; o < orgCount; o++) {
            boolean lab = parent[o] >= 0;
            Career ceo = career(o);
            Map<String, Object> f = fact("leads", null, SALT_ORG, o, 2);
            f.put("person", personId(o));
            f.put("organization", orgId[o]);
            f.put("title", lab ? "Lab Director" : "CEO");
            f.put("titleAr", lab ? "مدير المختبر" : "الرئيس التنفيذي");
            f.put("current", true);
            f.put("since", date(ceo.start[ceo.moves()]));
            evidence(f, "leads", personName(o, false) + ", " + (lab ? "director of " : "CEO of ") + orgName[o],
                    personName(o, true) + "، " + (lab ? "مدير " : "الرئيس التنفيذي لشركة ") + orgNameAr[o]);
            out.accept(f);
            if (o % 5 == 0) {
                int cto = ctoStart + o / 5;
                Career c = career(cto);
                Map<String, Object> t = fact("leads", null, SALT_ORG, o, 3);
                t.put("person", personId(cto));
                t.put("organization", orgId[o]);
                t.put("title", "CTO");
                t.put("titleAr", "المدير التقني");
                t.put("current", true);
                t.put("since", date(c.start[c.moves()]));
                evidence(t, "leads", personName(cto, false) + ", CTO of " + orgName[o],
                        personName(cto, true) + "، المدير التقني في " + orgNameAr[o]);
                out.accept(t);
                Map<String, Object> p = fact("partners", null, SALT_ORG, o, 4);
                p.put("person", personId(o));
                p.put("partner", personId(cto));
                p.put("context", "co-founded " + orgName[o]);
                evidence(p, "partners", personName(o, false) + " and " + personName(cto, false) + " co-founded " + orgName[o],
                        "شارك " + personName(o, true) + " و" + personName(cto, true) + " في تأسيس " + orgNameAr[o]);
                out.accept(p);
            }
            if (o % 3 == 1) {
                int former = formerStart + o / 3;
                Career c = career(former);
                Map<String, Object> x = fact("leads", null, SALT_ORG, o, 5);
                x.put("person", personId(former));
                x.put("organization", orgId[o]);
                x.put("title", lab ? "Lab Director" : "CEO");
                x.put("titleAr", lab ? "مدير المختبر" : "الرئيس التنفيذي");
                x.put("current", false);
                x.put("since", date(c.start[0]));
                x.put("until", date(c.end[0]));
                evidence(x, "leads", personName(former, false) + ", former " + (lab ? "director of " : "CEO of ") + orgName[o],
                        personName(former, true) + "، " + (lab ? "المدير السابق لـ" : "الرئيس التنفيذي السابق لشركة ") + orgNameAr[o]);
                out.accept(x);
            }
        }
    }

    /** The first job, as a works-at fact; ended at {@code endedAt} when given (a delta), else as the career says. */
    private Map<String, Object> firstJob(int i, Career c, int endedAt) {
        int o = c.orgs[0];
        Names.Part title = Names.TITLES.get(c.title[0]);
        int until = endedAt >= 0 ? endedAt : c.end[0];
        Map<String, Object> f = fact("works-at", null, SALT_CAREER, i, 0);
        f.put("person", personId(i));
        f.put("organization", orgId[o]);
        f.put("title", title.en());
        f.put("titleAr", title.ar());
        f.put("current", until < 0);
        f.put("since", date(c.start[0]));
        if (until >= 0) {
            f.put("until", date(until));
        }
        evidence(f, "works-at", personName(i, false) + " works as a " + title.en() + " at " + orgName[o],
                personName(i, true) + "، " + title.ar() + " في " + orgNameAr[o]);
        return f;
    }

    /** The j-th move of a career, as a hire; ended at {@code endedAt} when given (a delta). */
    private Map<String, Object> move(int i, Career c, int j, Map<Long, List<Group>> groups, int endedAt) {
        int by = c.orgs[j];
        int from = c.orgs[j - 1];
        Names.Part former = Names.TITLES.get(c.title[j - 1]);
        Map<String, Object> f = fact("hire", null, SALT_CAREER, i, j);
        f.put("person", personId(i));
        f.put("by", orgId[by]);
        f.put("from", orgId[from]);
        f.put("formerTitle", former.en());
        f.put("formerTitleAr", former.ar());
        long key = groupKey(i, c, j);
        List<Group> group = key >= 0 ? groups.get(key) : null;
        if (group != null) {
            f.put("group", group.get(0).id());
        }
        f.put("since", date(c.start[j]));
        int until = endedAt >= 0 ? endedAt : c.end[j];
        if (until >= 0) {
            f.put("until", date(until));
        }
        evidence(f, "hire", orgName[by] + " has hired " + personName(i, false) + ", previously a " + former.en() + " at "
                        + orgName[from],
                "وظّفت " + orgNameAr[by] + " " + personName(i, true) + "، " + former.ar() + " السابق في " + orgNameAr[from]);
        return f;
    }

    private Map<String, Object> groupHire(Group g) {
        Map<String, Object> f = fact("group-hire", g.id(), SALT_GROUP, g.key(), g.within() == null ? 0 : 1);
        f.put("by", orgId[g.by()]);
        if (g.from() >= 0) {
            f.put("from", orgId[g.from()]);
        }
        if (g.within() != null) {
            f.put("within", g.within());
        }
        f.put("role", "AI researchers");
        f.put("count", g.count());
        if (g.from() < 0) {
            f.put("fromDescription", "rival companies");
            f.put("fromDescriptionAr", "شركات منافسة");
        }
        f.put("date", String.valueOf(g.year()));
        String origin = g.from() >= 0 ? orgName[g.from()] : "rival companies";
        String originAr = g.from() >= 0 ? orgNameAr[g.from()] : "شركات منافسة";
        evidence(f, "group-hire", orgName[g.by()] + " hired " + g.count() + (g.within() != null ? " more" : "")
                        + " AI researchers from " + origin,
                "وظّفت " + orgNameAr[g.by()] + " " + g.count() + (g.within() != null ? " باحثين آخرين" : " باحثين")
                        + " من " + originAr);
        return f;
    }

    private void investments(java.util.function.Consumer<Map<String, Object>> out) {
        for (int o = 0; o < orgCount; o++) {
            SplittableRandom r = rng(SALT_INVEST, o);
            boolean big = o < topOrgs;
            if (big || r.nextInt(10) == 0) {
                int n = 1 + r.nextInt(3);
                Set<Integer> targets = new HashSet<>();
                for (int k = 0; k < n; k++) {
                    int t = topOrgs + r.nextInt(orgCount - topOrgs);
                    if (t != o && parent[t] != o && targets.add(t)) {
                        long amount = (big ? 50_000_000L + r.nextLong(4_950_000_000L) : 1_000_000L + r.nextLong(99_000_000L))
                                / 100_000 * 100_000;
                        out.accept(investment(orgId[o], orgName[o], orgNameAr[o], t, amount, r, o, k));
                    }
                }
            }
            if (o < 2 * topOrgs && r.nextBoolean()) {
                int t = topOrgs + r.nextInt(orgCount - topOrgs);
                if (t != o) {
                    long amount = (250_000L + r.nextLong(4_750_000L)) / 50_000 * 50_000;
                    out.accept(investment(personId(o), personName(o, false), personName(o, true), t, amount, r, o, 9));
                }
            }
        }
    }

    private Map<String, Object> investment(String investor, String name, String nameAr, int target, long amount,
                                           SplittableRandom r, int o, int k) {
        Map<String, Object> f = fact("investment", null, SALT_INVEST, o, k);
        f.put("investor", investor);
        f.put("target", orgId[target]);
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("value", amount);
        money.put("currency", "USD");
        money.put("qualifier", r.nextInt(5) == 0 ? "about" : "exact");
        f.put("amount", money);
        f.put("date", date(FIRST_MONTH + 20 * 12 + r.nextInt(10 * 12 + 6)));
        evidence(f, "investment", name + " invested $" + amount + " in " + orgName[target],
                "استثمر " + nameAr + " " + amount + " دولار في " + orgNameAr[target]);
        return f;
    }

    private void attempts(java.util.function.Consumer<Map<String, Object>> out) {
        Set<Long> seen = new HashSet<>();
        int count = Math.max(3, persons / 300);
        for (int a = 0; a < count; a++) {
            SplittableRandom r = rng(SALT_ATTEMPT, a);
            int o = r.nextInt(Math.min(orgCount, 2 * topOrgs));
            int p = designated + r.nextInt(persons - designated);
            Career c = career(p);
            if (contains(c.orgs, c.orgs.length, o) || !seen.add(((long) o << 32) | p)) {
                continue;
            }
            Map<String, Object> f = fact("hiring-attempt", null, SALT_ATTEMPT, a, 0);
            f.put("organization", orgId[o]);
            f.put("person", personId(p));
            f.put("outcome", r.nextInt(5) == 0 ? "pending" : "failed");
            evidence(f, "hiring-attempt", orgName[o] + " tried to recruit " + personName(p, false) + ", but the attempt failed",
                    "حاولت " + orgNameAr[o] + " استقطاب " + personName(p, true) + " لكن المحاولة باءت بالفشل");
            out.accept(f);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static int year(int month) {
        return 1995 + month / 12;
    }

    private static String date(int month) {
        return year(month) + "-" + String.format("%02d", month % 12 + 1);
    }

    private SplittableRandom rng(long... keys) {
        return new SplittableRandom(hash(keys));
    }

    private long hash(long... keys) {
        long h = seed ^ 0x5DEECE66DL;
        for (long k : keys) {
            h = mix(h ^ mix(k + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static String slug(String text) {
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (char ch : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') {
                sb.append(ch);
                dash = false;
            } else if (!dash && sb.length() > 0) {
                sb.append('-');
                dash = true;
            }
        }
        if (dash) {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }
}
