package io.talentgraph.dataset;

import io.talentgraph.TalentGraphException;
import io.talentgraph.dataset.internal.DatasetParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads a dataset file (YAML or JSON, format {@code talentgraph-dataset/1}) and validates all of it: its
 * structure against the JSON Schema, then references, duplicates, dates, amounts and that every quote is
 * found verbatim in its source's text. Problems are collected, not stopped at, and thrown together as an
 * {@link InvalidDatasetException}.
 */
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
        String content = readUtf8(file, file.toString());
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
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new TalentGraphException("File not found: " + name + " (looked at " + file.toAbsolutePath() + ")");
        } catch (CharacterCodingException e) {
            throw new TalentGraphException(name + " is not valid UTF-8: save it as UTF-8 and try again.");
        } catch (IOException e) {
            throw new TalentGraphException("Cannot read " + name + ": " + e.getMessage(), e);
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
