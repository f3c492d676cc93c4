package io.talentgraph.ingest;


import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The verifier's word lists, read once from {@code verifier-cues.txt} beside this class. */
final class VerifierCues {

    /** What a cue says about the clause it stands in. */
    enum Kind {
        /** The move did not happen: "turned down", "لم تتمكن". */
        FAILURE,
        /** Only an attempt: "tried", "in talks", "حاولت". */
        ATTEMPT,
        /** An attempt that worked: "managed to", "نجحت في". */
        SUCCESS,
        /** "not", "لم". */
        NEGATION,
        /** "denied", "نفت". */
        DENIAL,
        /** A role that is over: "former", "السابق". */
        FORMER,
        /** Leaving an organization: "left", "غادر". */
        LEAVE,
        /** An organization takes someone on; the person follows the verb: "hired", "استقطبت". */
        HIREDBY,
        /** Someone moves; the person is the subject: "joined", "انضم". */
        JOINS,
        /** Where one clause ends and another begins: "but", "بينما". */
        BREAK,
        /** An appointment: "was named", "appointed", "عُيّن"; a hire only with an origin. */
        ROLECHANGE,
        /** After "left", where the person went: "left for OpenAI", "غادر إلى". */
        TOWARDS,
        /** A relative pronoun: "which", "التي"; a clause about what was just named. */
        RELATIVE,
        /** "former" before a title or an employer: the person had left it before the move reported. */
        FORMERTITLE,
        /** Reported speech: "said", "قال ... إن"; what follows is about someone else. */
        REPORTS,
        /** Text addressed to a model rather than a reader: "ignore the instructions". */
        INJECTION,
        /** A company bought or merged into another: "acquired", "استحوذت"; its people come from it. */
        ACQUISITION,
        /** A job told without a verb of moving: "began her career at", "spent six years at", "عمل في". */
        JOBHISTORY,
        /** Someone is named to a post, or succeeds to it: "names", "succeeded by", "خلفا لـ"; the old post ends. */
        SUCCESSION,
        /** A move only expected or rumoured: "is expected to join", "يُتوقع أن ينضم"; no hire yet. */
        SPECULATION,
        /** A seat on a board: "joined the board of directors of Z", "انضم إلى مجلس إدارة"; no job, no hire. */
        BOARDSEAT,
        /** Someone moving with those just said to join: "along with its CEO X", "ومعه الرئيس التنفيذي". */
        COMPANION
    }

    private static final Map<Language, Map<Kind, List<String>>> CUES = load();

    private VerifierCues() {
    }

    static List<String> of(Kind kind, Language language) {
        return CUES.getOrDefault(language, Map.of()).getOrDefault(kind, List.of());
    }

    /** Injection cues of both languages: an instruction may be written in either, whatever the article's language. */
    static List<String> injection() {
        List<String> all = new ArrayList<>(of(Kind.INJECTION, Language.EN));
        all.addAll(of(Kind.INJECTION, Language.AR));
        return all;
    }

    private static Map<Language, Map<Kind, List<String>>> load() {
        Map<Language, Map<Kind, List<String>>> out = new HashMap<>();
        try (InputStream in = VerifierCues.class.getResourceAsStream("verifier-cues.txt")) {
            if (in == null) {
                throw new IllegalStateException("verifier-cues.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[")) {
                    String[] parts = l.substring(1, l.length() - 1).split("\\.");
                    Kind kind = Kind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
                    Language language = Language.of(parts[1]);
                    current = out.computeIfAbsent(language, x -> new EnumMap<>(Kind.class))
                            .computeIfAbsent(kind, x -> new ArrayList<>());
                } else if (current != null) {
                    current.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // longest first, so that "could not manage" is reported rather than "could not"
        out.values().forEach(m -> m.values().forEach(l -> l.sort((a, b) -> b.length() - a.length())));
        return out;
    }
}
