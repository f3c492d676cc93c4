package io.talentgraph.analytics.picture;

import io.talentgraph.analytics.FlowBalance;
import io.talentgraph.model.NodeLabel;
import io.talentgraph.query.EntityRef;
import io.talentgraph.query.Flow;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The talent-flow picture, drawn from flows as the analytics return them. */
class FlowPictureTest {

    private static final EntityRef META = new EntityRef("meta", NodeLabel.ORGANIZATION, "Meta", "ميتا");
    private static final EntityRef OPENAI = new EntityRef("openai", NodeLabel.ORGANIZATION, "OpenAI", null);

    private final FlowPicture picture = new FlowPicture("Talent flow, all time",
            List.of(new Flow(null, "rival companies", META, 9, 0, 0), new Flow(OPENAI, null, META, 4, 0, 0)),
            List.of(new FlowBalance(META, 13, 0), new FlowBalance(OPENAI, 0, 4)));

    @Test
    void theFontChosenForLabelsDrawsArabic() {
        assertThat(picture.font().canDisplayUpTo(FlowPicture.ARABIC_SAMPLE))
                .as("install fonts-dejavu-core or fonts-noto-core: no installed font draws Arabic").isEqualTo(-1);
    }

    @Test
    void arabicLettersAreJoinedNotDrawnInTheirIsolatedForms() {
        Font font = picture.font().deriveFont(17f);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        char[] meta = "ميتا".toCharArray();
        GlyphVector isolated = font.createGlyphVector(frc, meta);
        GlyphVector shaped = font.layoutGlyphVector(frc, meta, 0, meta.length, Font.LAYOUT_RIGHT_TO_LEFT);

        // the shaper picks initial, medial and final forms (and reverses the order for display)
        List<Integer> nominal = new ArrayList<>(Arrays.stream(isolated.getGlyphCodes(0, meta.length, null)).boxed().toList());
        java.util.Collections.reverse(nominal);
        assertThat(Arrays.stream(shaped.getGlyphCodes(0, shaped.getNumGlyphs(), null)).boxed().toList())
                .isNotEqualTo(nominal);
    }

    @Test
    void svgIsAWellFormedPictureWithATooltipPerOrganization() throws Exception {
        String svg = picture.svg();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("1200.0");
        NodeList titles = doc.getElementsByTagName("title");
        List<String> tooltips = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            tooltips.add(titles.item(i).getTextContent());
        }
        assertThat(tooltips).contains("Meta (ميتا): gained 13, lost 0", "OpenAI: gained 0, lost 4",
                "(unspecified: rival companies): gained 0, lost 9");
        assertThat(doc.getElementsByTagName("path").getLength()).as("text drawn as shaped outlines").isGreaterThan(10);
    }

    @Test
    void pngIsTwiceTheSizeAndHasSomethingOnIt() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));

        assertThat(image.getWidth()).isEqualTo(2 * FlowPicture.WIDTH);
        assertThat(image.getHeight()).isEqualTo(2 * FlowPicture.HEIGHT);
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        assertThat(inked).isGreaterThan(10_000);
    }
}
