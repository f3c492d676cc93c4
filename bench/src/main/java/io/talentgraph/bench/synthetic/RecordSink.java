package io.talentgraph.bench.synthetic;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.talentgraph.bulk.BulkInput;
import io.talentgraph.bulk.read.CsvShape;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes generated records of one part to its file(s), in JSON Lines, CSV or both: the same records, so that
 * every loader of a benchmark reads the same data. A record is a map of field names to {@code String},
 * {@code Long}, {@code Boolean}, {@code List<String>}, an amount ({@code Map} of value, currency, qualifier) or
 * evidence ({@code List} of {@code Map} with quote and en).
 */
final class RecordSink implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final List<String> columns;
    private final JsonGenerator json;
    private final OutputStream jsonOut;
    private final Writer csv;
    private long records;

    RecordSink(Path dir, BulkInput.Part part, List<String> columns, List<BulkInput.Format> formats) {
        this.columns = columns;
        try {
            if (formats.contains(BulkInput.Format.JSON_LINES)) {
                jsonOut = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve(part.fileName() + ".jsonl")), 1 << 16);
                json = JSON.createGenerator(jsonOut, JsonEncoding.UTF8);
                json.setRootValueSeparator(null);
            } else {
                jsonOut = null;
                json = null;
            }
            if (formats.contains(BulkInput.Format.CSV)) {
                csv = new BufferedWriter(Files.newBufferedWriter(dir.resolve(part.fileName() + ".csv"), StandardCharsets.UTF_8), 1 << 16);
                csv.write(String.join(",", columns));
                csv.write('\n');
            } else {
                csv = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Map<String, Object> record) {
        records++;
        try {
            if (json != null) {
                writeJson(record);
            }
            if (csv != null) {
                writeCsv(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long records() {
        return records;
    }

    private void writeJson(Map<String, Object> record) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Object> e : record.entrySet()) {
            json.writeFieldName(e.getKey());
            writeValue(e.getValue());
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @SuppressWarnings("unchecked")
    private void writeValue(Object value) throws IOException {
        if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                writeValue(item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                json.writeFieldName(e.getKey());
                writeValue(e.getValue());
            }
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("Cannot write " + value);
        }
    }

    @SuppressWarnings("unchecked")
    private void writeCsv(Map<String, Object> record) throws IOException {
        for (String key : record.keySet()) {
            if (!columns.contains(key) && !key.equals("amount") && !key.equals("evidence")) {
                throw new IllegalStateException("No CSV column for " + key);
            }
        }
        StringBuilder line = new StringBuilder(256);
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                line.append(',');
            }
            String column = columns.get(c);
            Object value;
            if (column.startsWith("amount.")) {
                Map<String, Object> amount = (Map<String, Object>) record.get("amount");
                value = amount == null ? null : amount.get(column.substring(7));
            } else if (column.equals("evidence") || column.equals("evidenceEn")) {
                List<Map<String, String>> evidence = (List<Map<String, String>>) record.get("evidence");
                List<String> items = new ArrayList<>();
                if (evidence != null) {
                    for (Map<String, String> e : evidence) {
                        String item = column.equals("evidence") ? e.get("quote") : e.get("en");
                        items.add(item == null ? "" : item);
                    }
                }
                value = items.isEmpty() || items.stream().allMatch(String::isEmpty) ? null : items;
            } else {
                value = record.get(column);
            }
            if (value instanceof List<?> list) {
                value = CsvShape.join((List<String>) list);
            }
            if (value != null) {
                String text = value.toString();
                if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                    line.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else {
                    line.append(text);
                }
            }
        }
        line.append('\n');
        csv.write(line.toString());
    }

    @Override
    public void close() {
        try {
            if (json != null) {
                json.close();
                jsonOut.close();
            }
            if (csv != null) {
                csv.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
