package io.talentgraph.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentgraph.TalentGraphException;
import io.talentgraph.bulk.read.CsvReader;
import io.talentgraph.bulk.read.JsonLinesReader;
import io.talentgraph.bulk.read.RecordReader;
import io.talentgraph.dataset.DatasetSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bulk dataset: a directory holding {@code manifest.json} and up to four files, each in JSON Lines
 * ({@code .jsonl}) or CSV ({@code .csv}): {@code people}, {@code organizations}, {@code sources} and
 * {@code facts}. Each line (or CSV row) is one entry of the dataset format, with the same fields and rules
 * as in a YAML dataset; see {@code docs/bulk-loading.md}. The manifest names the dataset:
 * {@code {"format": "talentgraph-bulk/1", "id": "industry-2025", "title": "..."}}.
 *
 * <p>Opening an input only looks at the directory; the files are read as streams when loading.
 */
public final class BulkInput {

    /** The manifest's format tag. */
    public static final String FORMAT = "talentgraph-bulk/1";
    /** The manifest's file name. */
    public static final String MANIFEST = "manifest.json";

    /** The parts of a bulk dataset, in the order they are read and written. */
    public enum Part {
        /** Named people. */
        PEOPLE("people"),
        /** Companies and labs. */
        ORGANIZATIONS("organizations"),
        /** Documents and reports that state facts. */
        SOURCES("sources"),
        /** Evidenced facts; group hires must come before the hires and groups that name them. */
        FACTS("facts");

        private final String fileName;

        Part(String fileName) {
            this.fileName = fileName;
        }

        /** @return the file's name without extension, e.g. {@code people} */
        public String fileName() {
            return fileName;
        }

        /** @return the dataset entry each record of this part holds */
        public DatasetSchema.Entry entry() {
            return switch (this) {
                case PEOPLE -> DatasetSchema.Entry.PERSON;
                case ORGANIZATIONS -> DatasetSchema.Entry.ORGANIZATION;
                case SOURCES -> DatasetSchema.Entry.SOURCE;
                case FACTS -> DatasetSchema.Entry.FACT;
            };
        }
    }

    /** How a file is written. */
    public enum Format {
        /** One JSON object per line, extension {@code .jsonl}. */
        JSON_LINES("jsonl"),
        /** RFC 4180 CSV with a header row, extension {@code .csv}. */
        CSV("csv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** @return the file extension, without the dot */
        public String extension() {
            return extension;
        }
    }

    /**
     * One file of the input.
     *
     * @param part   what it holds
     * @param path   where it is
     * @param format how it is written
     */
    public record File(Part part, Path path, Format format) {

        /**
         * @return a reader positioned at the file's first record
         * @throws TalentGraphException when the file cannot be opened
         */
        public RecordReader open() {
            try {
                return switch (format) {
                    case JSON_LINES -> new JsonLinesReader(path);
                    case CSV -> new CsvReader(path, part.entry());
                };
            } catch (IOException e) {
                throw new TalentGraphException("Cannot open " + path + ": " + e.getMessage(), e);
            }
        }
    }

    private final Path directory;
    private final String datasetId;
    private final String title;
    private final List<File> files;

    private BulkInput(Path directory, String datasetId, String title, List<File> files) {
        this.directory = directory;
        this.datasetId = datasetId;
        this.title = title;
        this.files = List.copyOf(files);
    }

    /**
     * @param directory the input directory
     * @return the input
     * @throws TalentGraphException when the manifest is missing or wrong, or a part is given twice
     */
    public static BulkInput open(Path directory) {
        Path manifest = directory.resolve(MANIFEST);
        JsonNode m;
        try {
            m = new ObjectMapper().readTree(Files.readString(manifest));
        } catch (NoSuchFileException e) {
            throw new TalentGraphException("No " + MANIFEST + " in " + directory + ": a bulk input is a directory with "
                    + MANIFEST + " ({\"format\": \"" + FORMAT + "\", \"id\": \"my-dataset\"}) and people, organizations, "
                    + "sources and facts files (.jsonl or .csv).");
        } catch (IOException e) {
            throw new TalentGraphException(manifest + " is not valid JSON: " + e.getMessage());
        }
        if (!FORMAT.equals(m.path("format").asText())) {
            throw new TalentGraphException(manifest + ": format must be \"" + FORMAT + "\", found '"
                    + m.path("format").asText() + "'.");
        }
        String id = m.path("id").asText();
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new TalentGraphException(manifest + ": id '" + id + "' is not a valid id: use lower-case letters, "
                    + "digits and single hyphens, e.g. industry-2025.");
        }
        List<File> files = new ArrayList<>();
        for (Part part : Part.values()) {
            List<File> found = new ArrayList<>();
            for (Format format : Format.values()) {
                Path file = directory.resolve(part.fileName() + "." + format.extension());
                if (Files.isRegularFile(file)) {
                    found.add(new File(part, file, format));
                }
            }
            if (found.size() > 1) {
                throw new TalentGraphException(directory + " has both " + part.fileName() + ".jsonl and "
                        + part.fileName() + ".csv: keep one.");
            }
            files.addAll(found);
        }
        if (files.isEmpty()) {
            throw new TalentGraphException(directory + " holds no people, organizations, sources or facts file "
                    + "(.jsonl or .csv).");
        }
        return new BulkInput(directory, id, m.hasNonNull("title") ? m.path("title").asText() : null, files);
    }

    /** @return the directory */
    public Path directory() {
        return directory;
    }

    /** @return the dataset id, recorded on everything the load writes */
    public String datasetId() {
        return datasetId;
    }

    /** @return the title, or {@code null} */
    public String title() {
        return title;
    }

    /** @return the files present, in reading order */
    public List<File> files() {
        return files;
    }

    /**
     * @param part a part
     * @return its file, when the input has one
     */
    public Optional<File> file(Part part) {
        return files.stream().filter(f -> f.part() == part).findFirst();
    }

    /**
     * @return names, sizes and modification times of the manifest and files: a checkpoint taken on this input
     *         is valid only while this stays the same
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder(datasetId);
        List<Path> paths = new ArrayList<>();
        paths.add(directory.resolve(MANIFEST));
        files.forEach(f -> paths.add(f.path()));
        for (Path p : paths) {
            try {
                sb.append('|').append(p.getFileName()).append(':').append(Files.size(p)).append(':')
                        .append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException e) {
                throw new TalentGraphException("Cannot read " + p + ": " + e.getMessage(), e);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "bulk input " + datasetId + " at " + directory;
    }
}
