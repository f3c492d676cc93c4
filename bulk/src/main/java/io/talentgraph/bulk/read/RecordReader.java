package io.talentgraph.bulk.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Streams the records of one input file, one at a time; nothing is held beyond the current record. */
public interface RecordReader extends AutoCloseable {

    /** @return the next record, or {@code null} at the end of the file */
    InputRecord next();

    @Override
    void close();

    /**
     * @param file a UTF-8 file
     * @return a reader that refuses bytes that are not UTF-8 instead of replacing them silently
     * @throws IOException when the file cannot be opened
     */
    static BufferedReader utf8(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    /**
     * @param e a failure while reading
     * @param file the file
     * @return the failure to throw
     */
    static UncheckedIOException failure(IOException e, Path file) {
        return new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
}
