package io.talentgraph.bulk.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

/** Reads JSON Lines: one JSON object per line; blank lines are skipped. */
public final class JsonLinesReader implements RecordReader {

    static final ObjectMapper JSON = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000_000).maxNestingDepth(64).build())
            .build()).build();

    private final Path file;
    private final BufferedReader in;
    private long line;
    private long ordinal;
    private boolean broken;

    /**
     * @param file a JSON Lines file
     * @throws IOException when it cannot be opened
     */
    public JsonLinesReader(Path file) throws IOException {
        this.file = file;
        this.in = RecordReader.utf8(file);
    }

    @Override
    public InputRecord next() {
        if (broken) {
            return null;
        }
        try {
            String text;
            do {
                text = in.readLine();
                if (text == null) {
                    return null;
                }
                line++;
            } while (text.isBlank());
            ordinal++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            try {
                JsonNode node = JSON.readTree(text);
                if (node == null || !node.isObject()) {
                    return new InputRecord(ordinal, line, null, "each line must be one JSON object, {...}", null);
                }
                return new InputRecord(ordinal, line, node, null, null);
            } catch (JsonProcessingException e) {
                String why = e.getOriginalMessage().replaceAll("\\s+", " ").trim();
                int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                return new InputRecord(ordinal, line, null, "not valid JSON" + (column > 0 ? " at column " + column : "")
                        + ": " + why, null);
            }
        } catch (CharacterCodingException e) {
            broken = true;
            return new InputRecord(ordinal + 1, line + 1, null, "not valid UTF-8 on or after this line: save the file as UTF-8", null);
        } catch (IOException e) {
            throw RecordReader.failure(e, file);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw RecordReader.failure(e, file);
        }
    }
}
