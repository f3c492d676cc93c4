package io.talentgraph.write;

import io.talentgraph.TalentGraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The importer's files, as both the export and the offline load write them. */
class ImportCsvTest {

    @TempDir
    Path dir;

    private static Map<String, String> columns(String... nameAndType) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < nameAndType.length; i += 2) {
            columns.put(nameAndType[i], nameAndType[i + 1]);
        }
        return columns;
    }

    @Test
    void labelsInTheArgumentAndTheIdStoredAsAProperty() throws Exception {
        ImportCsv.NodeFile people = new ImportCsv.NodeFile("nodes-Person-1.csv", "Person", "id",
                List.of("Person", "Researcher"), columns("name", "string", "aliases", "string[]"));
        ImportCsv.Layout layout;
        try (ImportCsv csv = ImportCsv.in(dir)) {
            csv.node(people, "pei-sun", List.of(), Map.of("name", "Pei \"P\" Sun", "aliases", List.of("بيي صن", "P. Sun")));
            layout = csv.finish();
        }
        assertThat(dir.resolve("nodes-Person-1.csv")).content(StandardCharsets.UTF_8)
                .isEqualTo("id:ID(Person),name:string,aliases:string[]\n"
                        + "\"pei-sun\",\"Pei \"\"P\"\" Sun\",\"بيي صن\u001FP. Sun\"\n");
        assertThat(layout.nodes()).containsExactly("Person:Researcher=" + dir.resolve("nodes-Person-1.csv").toAbsolutePath());
        assertThat(layout.multiline()).isFalse();
        assertThat(layout.importArguments()).contains("--array-delimiter=U+001F").doesNotContain("--multiline-fields=true");
    }

    @Test
    void labelAndTypeColumnsWithAMissingPropertyLeftEmpty() throws Exception {
        ImportCsv.NodeFile orgs = new ImportCsv.NodeFile("nodes-Organization.csv", null, null, List.of(),
                columns("id", "string", "founded", "long"));
        ImportCsv.RelationshipFile hires = new ImportCsv.RelationshipFile("relationships-HIRED_FROM.csv", null, null, null,
                columns("evidence", "string"));
        ImportCsv.Layout layout;
        try (ImportCsv csv = ImportCsv.in(dir)) {
            csv.node(orgs, "Organization:meta", List.of("Organization", "Company"), Map.of("id", "meta", "founded", 2004L));
            csv.node(orgs, "Organization:msl", List.of("Organization", "Lab"), Map.of("id", "msl"));
            csv.relationship(hires, "Person:pei-sun", "Organization:openai", "HIRED_FROM", Map.of("evidence", "line one\nline two"));
            layout = csv.finish();
        }
        assertThat(Files.readAllLines(dir.resolve("nodes-Organization.csv"))).containsExactly(
                ":ID,:LABEL,id:string,founded:long",
                "\"Organization:meta\",\"Organization\u001FCompany\",\"meta\",\"2004\"",
                "\"Organization:msl\",\"Organization\u001FLab\",\"msl\",");
        assertThat(Files.readString(dir.resolve("relationships-HIRED_FROM.csv")))
                .startsWith(":START_ID,:END_ID,:TYPE,evidence:string\n\"Person:pei-sun\",\"Organization:openai\",\"HIRED_FROM\"");
        assertThat(layout.nodeCount()).isEqualTo(2);
        assertThat(layout.relationshipCount()).isEqualTo(1);
        assertThat(layout.multiline()).isTrue();
        assertThat(layout.importArguments()).contains("--multiline-fields=true");
    }

    @Test
    void typesAndWhatCannotBeWritten() {
        assertThat(ImportCsv.typeOf("n", 3)).isEqualTo("long");
        assertThat(ImportCsv.typeOf("n", 0.5f)).isEqualTo("double");
        assertThat(ImportCsv.typeOf("n", List.of(true))).isEqualTo("boolean[]");
        assertThat(ImportCsv.typeOf("n", List.of())).isEqualTo("string[]");
        assertThatThrownBy(() -> ImportCsv.typeOf("n", List.of("a", 1L))).isInstanceOf(TalentGraphException.class)
                .hasMessageContaining("mixed types");
        ImportCsv.NodeFile file = new ImportCsv.NodeFile("n.csv", null, null, List.of(), columns("aliases", "string[]"));
        try (ImportCsv csv = ImportCsv.in(dir)) {
            assertThatThrownBy(() -> csv.node(file, "x", List.of("Person"), Map.of("aliases", List.of("a\u001Fb"))))
                    .isInstanceOf(TalentGraphException.class).hasMessageContaining("U+001F");
        }
    }
}
