package io.talentgraph.cli;

import io.talentgraph.TalentGraphException;
import io.talentgraph.analytics.TalentAnalytics;
import io.talentgraph.analytics.TimeWindow;
import io.talentgraph.analytics.picture.FlowPicture;
import io.talentgraph.connect.Database;
import io.talentgraph.export.BulkImportCsv;
import io.talentgraph.export.GraphJson;
import io.talentgraph.export.GraphMl;
import io.talentgraph.export.GraphSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Writes the graph for other tools (GraphML, JSON, bulk-importer CSV) or the talent-flow network as a
 * picture (SVG, PNG).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the graph as GraphML (Gephi, yEd, NetworkX), JSON or CSV for neo4j-admin's bulk importer, "
                + "or draw the talent-flow network as SVG or PNG.")
final class ExportCommand implements Callable<Integer> {

    /** What to write. */
    enum Format { graphml, json, csv, svg, png }

    @Mixin
    ConnectionOptions connection;

    @Mixin
    WindowOptions window;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "graphml",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). --from/--to/--roll-up apply to svg and png.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "File to write (a directory for csv). Without it graphml, json and svg go to standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (output == null && (format == Format.csv || format == Format.png)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format " + format
                    + " needs --output " + (format == Format.csv ? "DIRECTORY" : "FILE.png") + ".");
        }
        try (Database db = connection.open((Main) spec.root().userObject())) {
            switch (format) {
                case graphml -> text(w -> GraphMl.write(GraphSnapshot.read(db), w));
                case json -> text(w -> GraphJson.write(GraphSnapshot.read(db), w));
                case csv -> {
                    BulkImportCsv.Files files = BulkImportCsv.write(GraphSnapshot.read(db), output);
                    spec.commandLine().getErr().println("Wrote " + files.nodes().size() + " node files and "
                            + files.relationships().size() + " relationship files to " + output
                            + "; the importer command is in " + output.resolve("import-command.txt"));
                }
                case svg -> {
                    String svg = picture(db).svg();
                    text(w -> write(w, svg));
                }
                case png -> Files.write(output, picture(db).png());
            }
        }
        spec.commandLine().getErr().flush();
        return 0;
    }

    private FlowPicture picture(Database db) {
        TalentAnalytics analytics = new TalentAnalytics(db);
        TimeWindow w = window.window();
        return FlowPicture.of("Talent flow, " + w + (window.rollUp ? " (labs under their company)" : ""),
                analytics.flows(w, window.rollUp), analytics.netFlow(w, window.rollUp));
    }

    private interface TextWork {
        void write(Writer out) throws IOException;
    }

    private void text(TextWork work) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            StringWriter buffer = new StringWriter();
            work.write(buffer);
            out.print(buffer);
            out.flush();
            return;
        }
        Path tmp = output.resolveSibling(output.getFileName() + ".part");
        try (OutputStream stream = Files.newOutputStream(tmp);
             Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
            work.write(w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void write(Writer w, String text) {
        try {
            w.write(text);
        } catch (IOException e) {
            throw new TalentGraphException("Cannot write the picture: " + e.getMessage(), e);
        }
    }
}
