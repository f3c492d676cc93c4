package io.talentgraph.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Prints rows as an aligned table, a JSON array of objects, or CSV (RFC 4180). */
final class Output {

    /** The formats every subcommand offers. */
    enum Format { table, json, csv }

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addSerializer(TemporalAccessor.class, new IsoTemporal()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final Format format;

    Output(PrintWriter out, Format format) {
        this.out = out;
        this.format = format;
    }

    Format format() {
        return format;
    }

    void rows(List<Map<String, Object>> rows) {
        switch (format) {
            case json -> json(rows);
            case csv -> csv(rows);
            case table -> table(rows);
        }
        out.flush();
    }

    void json(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
        out.flush();
    }

    void heading(String title) {
        if (format == Format.table) {
            out.println();
            out.println("== " + title);
        }
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    private static List<String> columns(List<Map<String, Object>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.keySet()));
        return new ArrayList<>(columns);
    }

    private void table(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            out.println("(no rows)");
            return;
        }
        List<String> columns = columns(rows);
        int[] widths = new int[columns.size()];
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
        }
        for (Map<String, Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String cell = text(row.get(columns.get(c)));
                widths[c] = Math.min(64, Math.max(widths[c], cell.length()));
                line.add(cell);
            }
            cells.add(line);
        }
        out.println(formatLine(columns, widths));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
        }
        out.println(rule);
        cells.forEach(line -> out.println(formatLine(line, widths)));
    }

    private static String formatLine(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (cell.length() > widths[c]) {
                cell = cell.substring(0, widths[c] - 1) + "…";
            }
            sb.append(c == 0 ? "" : " | ").append(cell).append(" ".repeat(widths[c] - cell.length()));
        }
        return sb.toString().stripTrailing();
    }

    private void csv(List<Map<String, Object>> rows) {
        List<String> columns = columns(rows);
        out.println(columns.stream().map(Output::csvCell).collect(Collectors.joining(",")));
        for (Map<String, Object> row : rows) {
            out.println(columns.stream().map(c -> csvCell(text(row.get(c)))).collect(Collectors.joining(",")));
        }
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Table and CSV cells: lists joined by "; ", maps and graph values as compact JSON. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Output::text).collect(Collectors.joining("; "));
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        try {
            return JSON.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (IOException e) {
            return value.toString();
        }
    }

    /** Every temporal as ISO-8601, the way Cypher prints it. */
    private static final class IsoTemporal extends JsonSerializer<TemporalAccessor> {
        @Override
        public void serialize(TemporalAccessor value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
