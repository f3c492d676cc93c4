package io.talentgraph.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentgraph.TalentGraphException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The progress of a bulk load, saved after every committed batch: for each phase, how many records of its file
 * are in the database. A resumed load skips those records. The file is replaced atomically, so it is always a
 * checkpoint that was true at some point; a crash between a commit and the save only means one batch is written
 * again, which changes nothing because every write merges.
 */
final class Checkpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String FORMAT = "talentgraph-bulk-checkpoint/1";

    private final Path file;
    private final String input;
    private final String database;
    private final String flowMode;
    private final Map<String, Long> done;
    private final InputValidator.Result validated;

    private Checkpoint(Path file, String input, String database, String flowMode, Map<String, Long> done,
                       InputValidator.Result validated) {
        this.file = file;
        this.input = input;
        this.database = database;
        this.flowMode = flowMode;
        this.done = done;
        this.validated = validated;
    }

    /**
     * @param file     where the checkpoint lives
     * @param input    the input's fingerprint
     * @param database the target database's description
     * @param flowMode how this load keeps the talent flow correct
     * @return a checkpoint with nothing done yet (not saved until {@link #advance})
     */
    public static Checkpoint fresh(Path file, String input, String database, String flowMode) {
        return fresh(file, input, database, flowMode, null);
    }

    /**
     * @param file      where the checkpoint lives
     * @param input     the input's fingerprint
     * @param database  the target database's description
     * @param flowMode  how this load keeps the talent flow correct
     * @param validated what validating the input found, kept so that a resumed load need not validate it again; or
     *                  {@code null}
     * @return a checkpoint with nothing done yet (not saved until {@link #save()} or {@link #advance})
     */
    public static Checkpoint fresh(Path file, String input, String database, String flowMode,
                                   InputValidator.Result validated) {
        return new Checkpoint(file, input, database, flowMode, new LinkedHashMap<>(), validated);
    }

    /**
     * @param file     where a checkpoint may live
     * @param input    the input's fingerprint
     * @param database the target database's description
     * @return the checkpoint of an unfinished load of this input into this database, or {@code null} when there is none
     * @throws TalentGraphException when the checkpoint belongs to another input or database
     */
    public static Checkpoint resume(Path file, String input, String database) {
        JsonNode json;
        try {
            json = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new TalentGraphException("The checkpoint " + file + " cannot be read (" + e.getMessage()
                    + "): delete it, or start the load over (BulkOptions.withRestart).", e);
        }
        if (!FORMAT.equals(json.path("format").asText())) {
            throw new TalentGraphException(file + " is not a TalentGraph checkpoint: remove it, or keep the checkpoint "
                    + "elsewhere (BulkOptions.withCheckpoint).");
        }
        if (!input.equals(json.path("input").asText())) {
            throw new TalentGraphException("The checkpoint " + file + " belongs to a different version of this input "
                    + "(files changed since it was taken): start the load over (BulkOptions.withRestart).");
        }
        if (!database.equals(json.path("database").asText())) {
            throw new TalentGraphException("The checkpoint " + file + " is for " + json.path("database").asText()
                    + ", not " + database + ": load into that database, start over (BulkOptions.withRestart), or keep "
                    + "this load's checkpoint elsewhere (BulkOptions.withCheckpoint).");
        }
        Map<String, Long> done = new LinkedHashMap<>();
        json.path("done").fields().forEachRemaining(e -> done.put(e.getKey(), e.getValue().asLong()));
        return new Checkpoint(file, input, database, json.path("flowMode").asText(), done, validated(json.path("validated")));
    }

    /** What the checkpoint says validation found, or {@code null} when it says nothing (an older checkpoint). */
    private static InputValidator.Result validated(JsonNode json) {
        if (!json.isObject()) {
            return null;
        }
        Map<BulkInput.Part, Long> records = new java.util.EnumMap<>(BulkInput.Part.class);
        json.path("records").fields().forEachRemaining(e -> records.put(BulkInput.Part.valueOf(e.getKey()),
                e.getValue().asLong()));
        java.util.Set<String> withText = new java.util.HashSet<>();
        json.path("sourcesWithText").forEach(id -> withText.add(id.asText()));
        return new InputValidator.Result(records, json.path("flowFacts").asLong(), java.util.Set.copyOf(withText),
                json.path("sourceLinks").asBoolean(), 0, null);
    }

    /**
     * @return what validating the input found when this load started, or {@code null} when the checkpoint does not
     *         say (then the input is validated again)
     */
    public InputValidator.Result validated() {
        return validated;
    }

    /** @return how the load that took this checkpoint keeps the talent flow correct */
    public String flowMode() {
        return flowMode;
    }

    /**
     * @param phase a phase
     * @return records of it already in the database
     */
    public long done(String phase) {
        return done.getOrDefault(phase, 0L);
    }

    /** @return records already in the database, all phases */
    public long totalDone() {
        return done.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Records that a phase's records up to {@code records} are committed, and saves.
     *
     * @param phase   the phase
     * @param records how many of its records are committed
     */
    public void advance(String phase, long records) {
        done.put(phase, records);
        save();
    }

    /** Saves the checkpoint as it is: before the first batch, so that a load resumed from it need not validate. */
    public void save() {
        ObjectNode json = JSON.createObjectNode();
        json.put("format", FORMAT);
        json.put("input", input);
        json.put("database", database);
        json.put("flowMode", flowMode);
        ObjectNode phases = json.putObject("done");
        done.forEach(phases::put);
        if (validated != null) {
            ObjectNode v = json.putObject("validated");
            ObjectNode records = v.putObject("records");
            validated.records().forEach((part, n) -> records.put(part.name(), n));
            v.put("flowFacts", validated.flowFacts());
            v.put("sourceLinks", validated.sourceLinks());
            com.fasterxml.jackson.databind.node.ArrayNode withText = v.putArray("sourcesWithText");
            validated.sourcesWithText().stream().sorted().forEach(withText::add);
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temp, json.toPrettyString());
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new TalentGraphException("Cannot write the checkpoint " + file + " (" + e.getMessage()
                    + "): make its directory writable, or keep the checkpoint elsewhere (BulkOptions.withCheckpoint).", e);
        }
    }

    /** Removes the checkpoint: the load is complete. */
    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new TalentGraphException("Cannot delete the finished checkpoint " + file + ": " + e.getMessage(), e);
        }
    }
}
