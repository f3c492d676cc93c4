package io.talentgraph.bulk.read;

import io.talentgraph.dataset.DatasetSchema;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads CSV as RFC 4180 has it (comma separated, fields quoted with {@code "} when they hold a comma, a quote or a
 * line break, a quote inside written twice), with a header row naming the fields. Each row becomes an entry
 * through {@link CsvShape}.
 */
public final class CsvReader implements RecordReader {

    private final Path file;
    private final BufferedReader in;
    private final CsvShape shape;
    private String[] header;
    private long line = 1;
    private long ordinal;
    private boolean broken;
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();

    /**
     * @param file  a CSV file with a header row
     * @param entry what each row holds
     * @throws IOException when it cannot be opened
     */
    public CsvReader(Path file, DatasetSchema.Entry entry) throws IOException {
        this.file = file;
        this.in = RecordReader.utf8(file);
        this.shape = new CsvShape(entry);
    }

    @Override
    public InputRecord next() {
        if (broken) {
            return null;
        }
        try {
            if (header == null) {
                long at = line;
                String error = readRow();
                if (error != null || cells.isEmpty()) {
                    broken = true;
                    return new InputRecord(1, at, null, error != null ? error
                            : "the file is empty: the first row must name the fields, e.g. id,name,nameAr", null);
                }
                if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                    cells.set(0, cells.get(0).substring(1));
                }
                header = cells.toArray(String[]::new);
                Set<String> seen = new HashSet<>();
                for (String name : header) {
                    if (name.isBlank() || !seen.add(name)) {
                        broken = true;
                        return new InputRecord(1, at, null, "the header row names '" + name + "' "
                                + (name.isBlank() ? "(an empty name)" : "twice") + ": give every column one distinct field name", null);
                    }
                }
            }
            while (true) {
                long at = line;
                String error = readRow();
                if (error == null && cells.isEmpty()) {
                    return null;
                }
                if (error == null && cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue;
                }
                ordinal++;
                if (error != null) {
                    return new InputRecord(ordinal, at, null, error, null);
                }
                if (cells.size() != header.length) {
                    return new InputRecord(ordinal, at, null, "the row has " + cells.size() + " fields but the header has "
                            + header.length + ": quote fields that contain commas", null);
                }
                return new InputRecord(ordinal, at, shape.toEntry(header, cells.toArray(String[]::new)), null, null);
            }
        } catch (CharacterCodingException e) {
            broken = true;
            return new InputRecord(ordinal + 1, line, null, "not valid UTF-8 on or after this line: save the file as UTF-8", null);
        } catch (IOException e) {
            throw RecordReader.failure(e, file);
        }
    }

    /** Reads one row into {@link #cells}; empty at the end of the file. @return an error, or {@code null} */
    private String readRow() throws IOException {
        cells.clear();
        cell.setLength(0);
        int c = read();
        if (c < 0) {
            return null;
        }
        boolean quoted = false;
        boolean afterQuote = false;
        String error = null;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    cells.add(cell.toString());
                    return "a quoted field is not closed before the end of the file: close it with \"";
                }
                if (c == '"') {
                    int next = read();
                    if (next != '"') {
                        quoted = false;
                        afterQuote = true;
                        c = next;
                        continue;
                    }
                    cell.append('"');
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                }
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r' || c < 0) {
                cells.add(cell.toString());
                cell.setLength(0);
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c >= 0) {
                    line++;
                }
                return error;
            } else if (error == null) {
                if (c == '"' && cell.length() == 0 && !afterQuote) {
                    quoted = true;
                } else if (afterQuote) {
                    error = "text after the closing quote of field " + (cells.size() + 1)
                            + ": a quote inside a quoted field is written twice, \"\"";
                } else {
                    cell.append((char) c);
                }
            }
            c = read();
        }
    }

    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
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
