package io.talentgraph.bulk.read;

import io.talentgraph.TalentGraphException;
import io.talentgraph.bulk.BulkInput;
import io.talentgraph.dataset.entry.DatasetSchema;

import java.io.IOException;

/** Opens the files of a {@link BulkInput}. */
public final class Readers {

    private Readers() {
    }

    /**
     * @param part a part of the input
     * @return the dataset entry each of its records holds
     */
    public static DatasetSchema.Entry entry(BulkInput.Part part) {
        return switch (part) {
            case PEOPLE -> DatasetSchema.Entry.PERSON;
            case ORGANIZATIONS -> DatasetSchema.Entry.ORGANIZATION;
            case SOURCES -> DatasetSchema.Entry.SOURCE;
            case FACTS -> DatasetSchema.Entry.FACT;
        };
    }

    /**
     * @param file a file of the input
     * @return a reader positioned at its first record
     */
    public static RecordReader open(BulkInput.File file) {
        try {
            return switch (file.format()) {
                case JSON_LINES -> new JsonLinesReader(file.path());
                case CSV -> new CsvReader(file.path(), entry(file.part()));
            };
        } catch (IOException e) {
            throw new TalentGraphException("Cannot open " + file.path() + ": " + e.getMessage(), e);
        }
    }
}
