package io.talentgraph.server;

import io.talentgraph.server.internal.guide.GuideResource;
import io.talentgraph.model.NodeLabel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The served GraSS style, read the way Neo4j Browser reads it, styles every label of the model. */
class GraphStyleTest {

    /**
     * Neo4j Browser's GraSS reader, step for step: quotes are dropped and protect braces inside them; each rule's
     * body is split on ';' and each declaration on ':', and a declaration with a second colon is lost.
     */
    private static Map<String, Map<String, String>> parseLikeBrowser(String grass) {
        Map<String, String> bodies = new LinkedHashMap<>();
        boolean quoted = false;
        boolean inRule = false;
        boolean nested = false;
        StringBuilder selector = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (char c : grass.toCharArray()) {
            boolean structural = true;
            switch (c) {
                case '{' -> {
                    if (quoted) {
                        structural = false;
                    } else if (inRule) {
                        nested = true;
                    } else {
                        inRule = true;
                    }
                }
                case '}' -> {
                    if (quoted) {
                        structural = false;
                    } else if (nested) {
                        nested = false;
                    } else {
                        inRule = false;
                        bodies.put(selector.toString(), body.toString());
                        selector.setLength(0);
                        body.setLength(0);
                    }
                }
                case '\'', '"' -> quoted = !quoted;
                default -> structural = false;
            }
            if (!structural) {
                if (inRule) {
                    body.append(c);
                } else if (!Character.isWhitespace(c)) {
                    selector.append(c);
                }
            }
        }
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        bodies.forEach((name, text) -> {
            Map<String, String> props = new LinkedHashMap<>();
            for (String declaration : text.split(";")) {
                String[] parts = declaration.split(":");
                if (parts.length == 2) {
                    props.put(parts[0].strip(), parts[1].strip());
                } else if (!declaration.isBlank()) {
                    props.put("UNREADABLE", declaration.strip());
                }
            }
            rules.put(name, props);
        });
        return rules;
    }

    private final Map<String, Map<String, String>> rules = parseLikeBrowser(GuideResource.text("talentgraph.grass"));

    @Test
    void everyLabelOfTheModelHasAColourAndACaption() {
        List<String> unstyled = new ArrayList<>();
        for (NodeLabel label : NodeLabel.values()) {
            Map<String, String> rule = rules.get("node." + label.cypherName());
            if (rule == null || !rule.containsKey("color") || !rule.containsKey("caption")) {
                unstyled.add(label.cypherName());
            }
        }
        assertThat(unstyled).as("labels Browser would colour and caption at random").isEmpty();
    }

    @Test
    void peopleAndOrganizationsAreCaptionedByNameAndKindsOfEachHaveTheirOwnColour() {
        assertThat(rules.get("node.Person")).containsEntry("caption", "{name}");
        assertThat(rules.get("node.Organization")).containsEntry("caption", "{name}");
        assertThat(List.of("Executive", "Researcher", "Company", "Lab", "Source").stream()
                .map(l -> rules.get("node." + l).get("color")).distinct()).hasSize(5);
    }

    @Test
    void specificLabelsComeAfterTheGeneralOnesSoTheirColoursWin() {
        List<String> order = new ArrayList<>(rules.keySet());
        assertThat(order.indexOf("node.Person")).isLessThan(order.indexOf("node.Executive"))
                .isLessThan(order.indexOf("node.Researcher"));
        assertThat(order.indexOf("node.Organization")).isLessThan(order.indexOf("node.Company"))
                .isLessThan(order.indexOf("node.Lab"));
    }

    @Test
    void relationshipsAreCaptionedWithTheirType() {
        assertThat(rules.get("relationship")).containsEntry("caption", "<type>");
        assertThat(rules.get("relationship.TRIED_TO_HIRE").get("color")).isNotEqualTo(rules.get("relationship.HIRED_FROM").get("color"));
    }

    @Test
    void browserCanReadEveryDeclaration() {
        assertThat(rules.values()).allSatisfy(props -> assertThat(props).doesNotContainKey("UNREADABLE"));
    }
}
