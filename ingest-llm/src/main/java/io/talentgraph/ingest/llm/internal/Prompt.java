package io.talentgraph.ingest.llm.internal;

import io.talentgraph.ingest.Article;
import io.talentgraph.ingest.Gazetteer;
import io.talentgraph.ingest.KnownEntity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages sent for one chunk: the instructions of a prompt version (a resource) and the chunk with what is known.
 * Earlier versions stay, so that the answers recorded for them still replay and their figures can be reproduced.
 */
public final class Prompt {

    /** The versions there are, oldest first; each is {@code extract-<version>.md} beside this class's resources. */
    public static final List<String> VERSIONS = List.of("prompt-1", "prompt-2", "prompt-3", "prompt-4");

    /** How many known entities a request lists at most: the ones the chunk names first. */
    static final int MAX_KNOWN = 200;

    private static final Map<String, String> SYSTEM = new ConcurrentHashMap<>();

    private Prompt() {
    }

    /**
     * @param version one of {@link #VERSIONS}
     * @return its instructions: the graph model, the relations, the output format and a worked example
     * @throws IllegalArgumentException for a version there is not
     */
    public static String system(String version) {
        return SYSTEM.computeIfAbsent(known(version), Prompt::load);
    }

    /**
     * @param version a prompt version
     * @return the version, when it is one of {@link #VERSIONS}
     * @throws IllegalArgumentException for a version there is not
     */
    public static String known(String version) {
        if (!VERSIONS.contains(version)) {
            throw new IllegalArgumentException("No prompt '" + version + "': the prompts are " + String.join(", ", VERSIONS));
        }
        return version;
    }

    /**
     * @param article   the article
     * @param gazetteer what is known
     * @param chunk     the chunk's text
     * @param index     1-based chunk number
     * @param of        how many chunks
     * @return the user message
     */
    public static String user(Article article, Gazetteer gazetteer, String chunk, int index, int of) {
        StringBuilder m = new StringBuilder();
        m.append("Article language: ").append(article.language().code()).append('\n');
        m.append("Published: ").append(article.published() == null ? "unknown" : article.published().value()).append('\n');
        List<KnownEntity> named = new ArrayList<>();
        List<KnownEntity> others = new ArrayList<>();
        for (KnownEntity e : gazetteer.entities()) {
            if (e.kind() != KnownEntity.Kind.PERSON && e.kind() != KnownEntity.Kind.ORGANIZATION) {
                continue;
            }
            (e.names().stream().anyMatch(n -> n.length() > 1 && chunk.contains(n)) ? named : others).add(e);
        }
        List<KnownEntity> listed = new ArrayList<>(named);
        others.stream().limit(Math.max(0, MAX_KNOWN - named.size())).forEach(listed::add);
        m.append("Known entities (id | kind | names):\n");
        if (listed.isEmpty()) {
            m.append("(none)\n");
        }
        for (KnownEntity e : listed) {
            m.append("- ").append(e.id()).append(" | ").append(e.kind().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(String.join(" / ", e.names())).append('\n');
        }
        m.append("\nArticle text").append(of > 1 ? " (chunk " + index + " of " + of + "; chunks overlap by a paragraph)" : "")
                .append(", between the markers:\n<<<ARTICLE\n").append(chunk).append("\nARTICLE>>>\n");
        return m.toString();
    }

    private static String load(String version) {
        String resource = "/io/talentgraph/ingest/llm/extract-" + version + ".md";
        try (InputStream in = Prompt.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
