package io.talentgraph.dataset;

import io.talentgraph.TalentGraphException;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Reads a dataset file (YAML or JSON, format {@code talentgraph-dataset/1}) and validates all of it: its
 * structure against the JSON Schema, then references, duplicates, dates, amounts and that every quote is
 * found verbatim in its source's text. Problems are collected, not stopped at, and thrown together as an
 * {@link InvalidDatasetException}.
 */
@API(status = STABLE, since = "0.1.0")
public final class DatasetReader {

    /** Classpath location of the dataset format's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/io/talentgraph/dataset/talentgraph-dataset.schema.json";

    private DatasetReader() {
    }

    /**
     * Reads a dataset file; source texts named in it are read relative to its folder.
     *
     * @param file the dataset
     * @return the validated dataset
     * @throws InvalidDatasetException listing every problem, with line and field
     */
    public static Dataset read(Path file) {
        String content;
        try {
            content = readUtf8(file, file.toString());
        } catch (NotUtf8Exception e) {
            throw new InvalidDatasetException(List.of(new DatasetProblem(file.toString(), e.line, e.column,
                    "(encoding)", e.getMessage())));
        }
        Path folder = file.toAbsolutePath().getParent();
        return parse(file.toString(), content, name -> readUtf8(folder.resolve(name), name));
    }

    /**
     * Reads a dataset from the classpath; source texts are resolved next to it.
     *
     * @param resource absolute resource path, e.g. {@code /io/talentgraph/datasets/msl-launch-ar/dataset.yaml}
     * @return the validated dataset
     */
    public static Dataset readResource(String resource) {
        String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
        return parse(resource, readResourceText(resource), name -> readResourceText(folder + name));
    }

    /**
     * Parses and validates dataset text.
     *
     * @param origin   a name for messages (the file name)
     * @param content  the YAML or JSON text
     * @param texts    reads a source's text file by the name the dataset gives
     * @return the validated dataset
     */
    public static Dataset parse(String origin, String content, Function<String, String> texts) {
        return new DatasetParser(origin, texts).parse(content);
    }

    private static String readUtf8(Path file, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TalentGraphException("File not found: " + name + " (looked at " + file.toAbsolutePath() + ")");
        } catch (IOException e) {
            throw new TalentGraphException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        String bom = foreignByteOrderMark(bytes);
        if (bom != null) {
            throw new NotUtf8Exception(name + " starts with a " + bom + " byte-order mark: it is " + bom
                    + ", not UTF-8; save it as UTF-8 and try again.", 1, 1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // Where the first bad byte is, so that a person can find the character their editor mangled.
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            throw new NotUtf8Exception(String.format(Locale.ROOT,
                    "%s is not valid UTF-8: byte 0x%02X at line %d, column %d (after '%s') is not UTF-8; the file "
                            + "is probably Latin-1 or Windows-1252: save it as UTF-8 and try again.", name,
                    bytes[in.position()] & 0xFF, line, column, tail(before)), line, column);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static String foreignByteOrderMark(byte[] b) {
        if (b.length >= 4 && (b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0)) {
            return "UTF-32";
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return "UTF-16";
        }
        return null;
    }

    private static String tail(String text) {
        String lastLine = text.substring(text.lastIndexOf('\n') + 1);
        return lastLine.length() <= 30 ? lastLine : lastLine.substring(lastLine.length() - 30);
    }

    /** A file that is not UTF-8, with the position of its first bad byte. */
    private static final class NotUtf8Exception extends TalentGraphException {
        private final int line;
        private final int column;

        NotUtf8Exception(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private static String readResourceText(String resource) {
        try (InputStream in = DatasetReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new TalentGraphException("Resource not found on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TalentGraphException("Cannot read resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
