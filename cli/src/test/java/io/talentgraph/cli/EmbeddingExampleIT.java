package io.talentgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example application under {@code examples/embedding}: compiled from its sources against this build and run;
 * the README's embedding example, which is the same code; and its pom, which must name this build.
 *
 * <p>Why javac rather than Maven on the example's pom: the pom depends on TalentGraph's installed artifacts, and a
 * test cannot count on this build's being installed. {@code mvn verify} installs nothing, and the user's repository
 * may hold an older build of the same SNAPSHOT, against which the example would compile, or fail, for the wrong
 * reasons; a local repository filled from the reactor would copy or fetch every dependency, minutes for one test.
 * This module's test class path holds exactly this build's queries, loader and embedded with their dependencies —
 * what the pom's three dependencies resolve to once installed — so compiling the example's sources against it, with
 * the compiler arguments the pom gives, checks the example against the code of this commit in seconds. The pom itself
 * is checked here for the version, the BOM and the artifacts it names; users build it with
 * {@code mvn -f examples/embedding/pom.xml package} after {@code mvn install}.
 */
class EmbeddingExampleIT {

    private static final Path EXAMPLE = Path.of("../examples/embedding");
    private static final Path MAIN = EXAMPLE.resolve("src/main/java/com/example/talentgraph/Main.java");

    @TempDir
    Path dir;

    @Test
    void theExampleCompilesAgainstThisBuildAndPrintsMetasHiresAndTheFlowIntoMeta() throws Exception {
        Path classes = compile();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
             PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            loader.loadClass("com.example.talentgraph.Main").getMethod("run", Path.class, PrintStream.class)
                    .invoke(null, dir.resolve("store"), out);
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();

        // the first page holds the article's six named hires of Meta, and no cursor to more
        assertThat(lines).filteredOn(line -> line.contains(" joined Meta from ")).hasSize(6)
                .contains("Trapit Bansal joined Meta from OpenAI", "Alexandr Wang joined Meta from Scale AI");
        assertThat(lines).noneMatch(line -> line.startsWith("More hires"));
        assertThat(lines).containsSubsequence("(unspecified: rival companies) -> Meta: 9", "OpenAI -> Meta: 4",
                "Google DeepMind -> Meta: 2");
        assertThat(lines).contains("Noam Brown was not hired (failed)");
    }

    @Test
    void theReadmeShowsExactlyTheExamplesCode() throws Exception {
        String source = Files.readString(MAIN);
        String example = source.substring(source.indexOf("// README:begin") + "// README:begin".length(),
                source.indexOf("        // README:end")).stripTrailing().stripIndent().strip();
        assertThat(Files.readString(Path.of("../README.md"))).contains(example);
    }

    @Test
    void thePomNamesThisBuildsVersionThroughTheBom() throws Exception {
        Document example = xml(EXAMPLE.resolve("pom.xml"));
        Document root = xml(Path.of("../pom.xml"));
        Document bom = xml(Path.of("../bom/pom.xml"));

        assertThat(text(example.getDocumentElement(), "groupId")).as("an application's coordinates, not ours")
                .isNotEqualTo("io.talentgraph");
        assertThat(example.getElementsByTagName("talentgraph.version").item(0).getTextContent())
                .isEqualTo(text(root.getDocumentElement(), "version"));
        List<String> managed = artifactIds(bom);
        List<String> named = new ArrayList<>();
        NodeList dependencies = example.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String artifact = text(dependency, "artifactId");
            if (artifact.equals("talentgraph-bom")) {
                assertThat(text(dependency, "scope")).isEqualTo("import");
            } else {
                named.add(artifact);
                assertThat(dependency.getElementsByTagName("version").getLength()).as(artifact + ": the BOM's version")
                        .isZero();
            }
        }
        assertThat(named).containsExactlyInAnyOrder("talentgraph-queries", "talentgraph-loader", "talentgraph-embedded");
        assertThat(managed).containsAll(named);
    }

    /** Compiles the example's sources against this module's test class path, with the pom's compiler arguments. */
    private Path compile() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17",
                "-classpath", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
        NodeList args = xml(EXAMPLE.resolve("pom.xml")).getElementsByTagName("arg");
        for (int i = 0; i < args.getLength(); i++) {
            options.add(args.item(i).getTextContent().strip());
        }
        assertThat(options).contains("-Xlint:all", "-Werror");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<File> sources;
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromFiles(sources)).call();
            assertThat(compiled).as("javac: %s", diagnostics.getDiagnostics().stream()
                    .map(d -> d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + " " + d.getMessage(null))
                    .toList()).isTrue();
            assertThat(diagnostics.getDiagnostics()).noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING);
        }
        return classes;
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    /** The text of an element's direct child of that name, or {@code null}. */
    private static String text(Element parent, String child) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    private static List<String> artifactIds(Document pom) {
        List<String> ids = new ArrayList<>();
        NodeList dependencies = pom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            ids.add(text((Element) dependencies.item(i), "artifactId"));
        }
        return ids;
    }
}
