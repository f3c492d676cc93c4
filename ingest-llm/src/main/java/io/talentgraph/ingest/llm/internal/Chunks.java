package io.talentgraph.ingest.llm.internal;

import java.util.ArrayList;
import java.util.List;

/** An article cut into paragraph-aligned chunks, each repeating the last paragraph of the one before. */
public final class Chunks {

    private Chunks() {
    }

    /**
     * @param text     the article
     * @param maxChars the most characters a chunk may hold (a longer paragraph is a chunk of its own)
     * @return the chunks, in order; one chunk for a short article
     */
    public static List<String> of(String text, int maxChars) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        List<String> chunks = new ArrayList<>();
        int i = 0;
        while (i < paragraphs.size()) {
            StringBuilder chunk = new StringBuilder(paragraphs.get(i));
            int j = i + 1;
            while (j < paragraphs.size() && chunk.length() + 2 + paragraphs.get(j).length() <= maxChars) {
                chunk.append("\n\n").append(paragraphs.get(j));
                j++;
            }
            chunks.add(chunk.toString());
            if (j >= paragraphs.size()) {
                break;
            }
            // overlap: the next chunk starts with this chunk's last paragraph, unless that would not move forward
            i = j - 1 > i ? j - 1 : j;
        }
        return chunks;
    }
}
