package io.talentgraph.analytics.picture;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import java.awt.Graphics2D;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The one class that names JFreeSVG, an optional dependency: loaded only when an SVG is asked for, so that
 * {@link FlowPicture} draws PNGs without it.
 */
final class SvgCanvas {

    private SvgCanvas() {
    }

    /**
     * @param width  the document's width
     * @param height the document's height
     * @param draw   draws onto the canvas, handing each shape's title to the consumer before drawing the shape
     * @return the SVG document, text drawn as shaped outlines
     */
    static String render(int width, int height, BiConsumer<Graphics2D, Consumer<String>> draw) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        draw.accept(g, title -> g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title));
        return g.getSVGDocument();
    }
}
