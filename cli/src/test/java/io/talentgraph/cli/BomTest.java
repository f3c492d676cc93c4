package io.talentgraph.cli;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The BOM names every artifact the build makes, at the build's version, and imports nothing else. */
class BomTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void theBomManagesEveryModuleAtTheBuildsVersionAndHasNoParent() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        String version = child(parent.getDocumentElement(), "version");

        Map<String, String> expected = new TreeMap<>();
        for (String module : children(element(parent.getDocumentElement(), "modules"), "module")) {
            if (!module.equals("bom")) {
                Element project = read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
                expected.put(child(project, "artifactId"), version);
            }
        }
        Map<String, String> managed = new TreeMap<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(child(dependency, "groupId")).isEqualTo("io.talentgraph");
            managed.put(child(dependency, "artifactId"), child(dependency, "version"));
        }

        assertThat(bom.getDocumentElement().getElementsByTagName("parent").getLength()).isZero();
        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
        assertThat(managed).isEqualTo(expected).containsKeys("talentgraph-core", "talentgraph-cli");
    }

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static String child(Element parent, String name) {
        return element(parent, name).getTextContent().strip();
    }

    private static Element element(Element parent, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("<" + parent.getTagName() + "> has no <" + name + ">");
    }

    private static List<String> children(Element parent, String name) {
        List<String> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e.getTextContent().strip());
            }
        }
        return out;
    }
}
