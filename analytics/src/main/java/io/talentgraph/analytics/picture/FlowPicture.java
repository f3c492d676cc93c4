package io.talentgraph.analytics.picture;

import io.talentgraph.TalentGraphException;
import io.talentgraph.analytics.FlowBalance;
import io.talentgraph.query.EntityRef;
import io.talentgraph.query.Flow;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The talent-flow network as a picture: organizations as circles (green for net gainers, red for net
 * losers, grey for origins the source does not name), arrows as wide as the number of people who moved.
 * JGraphT lays the network out (Fruchterman-Reingold, fixed seed, so the same graph gives the same
 * picture); Java2D draws it, into JFreeSVG for SVG or an image for PNG. All text goes through
 * {@link TextLayout}, which orders and shapes Arabic, with a font that has Arabic glyphs.
 *
 * <p>SVG needs JFreeSVG ({@code org.jfree:org.jfree.svg}, GPLv3) on the classpath: an optional dependency of this
 * module, which an application adds only if it wants SVG (the {@code talentgraph} app does). PNG needs nothing.
 */
public final class FlowPicture {

    private static final Logger LOG = LoggerFactory.getLogger(FlowPicture.class);

    /** The picture's width in SVG units; a PNG is twice as wide. */
    public static final int WIDTH = 1200;
    /** The picture's height in SVG units; a PNG is twice as high. */
    public static final int HEIGHT = 820;
    private static final int MARGIN_X = 150;
    private static final int TOP = 130;
    private static final int BOTTOM = 90;
    private static final Color GAINER = new Color(0x2e7d32);
    private static final Color LOSER = new Color(0xc62828);
    private static final Color UNNAMED = new Color(0x9e9e9e);
    private static final Color ARROW = new Color(0x1565c0);
    /** A sample the font must draw: Arabic letters that join, and Latin. */
    static final String ARABIC_SAMPLE = "ألكسندر وانغ ميتا Meta";
    private static final List<String> PREFERRED_FONTS = List.of("Noto Sans", "Noto Sans Arabic", "DejaVu Sans",
            "FreeSans", "Arial Unicode MS");

    private record Node(String key, String name, String nameAr, long gained, long lost, boolean unnamed) {
        long moved() {
            return gained + lost;
        }
    }

    private final String title;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Flow> flows;
    private final Font font;

    /**
     * @param title    the heading
     * @param flows    the arrows: who moved from where to where, as the query API counts them
     * @param balances each organization's people gained and lost, for its circle's colour and size
     * @return the picture, laid out when drawn
     */
    public static FlowPicture of(String title, List<Flow> flows, List<FlowBalance> balances) {
        return new FlowPicture(title, flows, balances);
    }

    FlowPicture(String title, List<Flow> flows, List<FlowBalance> balances) {
        this.title = title;
        this.flows = flows;
        this.font = arabicFont();
        Map<String, FlowBalance> byId = new LinkedHashMap<>();
        balances.forEach(b -> byId.put(b.organization().id(), b));
        for (Flow f : flows) {
            add(f.to(), byId);
            if (f.from() != null) {
                add(f.from(), byId);
            } else {
                String key = unnamedKey(f);
                Node old = nodes.get(key);
                nodes.put(key, new Node(key, f.fromLabel(), null, 0, (old == null ? 0 : old.lost()) + f.count(), true));
            }
        }
    }

    private void add(EntityRef org, Map<String, FlowBalance> balances) {
        FlowBalance b = balances.get(org.id());
        nodes.putIfAbsent(org.id(), new Node(org.id(), org.name(), org.nameAr(), b == null ? 0 : b.gained(),
                b == null ? 0 : b.lost(), false));
    }

    private static String unnamedKey(Flow f) {
        return "unspecified:" + f.fromDescription();
    }

    /** @return the first installed font that draws Arabic, preferring common Unicode families */
    static Font arabicFont() {
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        List<String> installed = List.of(env.getAvailableFontFamilyNames());
        for (String family : PREFERRED_FONTS) {
            if (installed.contains(family) && new Font(family, Font.PLAIN, 14).canDisplayUpTo(ARABIC_SAMPLE) == -1) {
                return new Font(family, Font.PLAIN, 14);
            }
        }
        for (String family : installed) {
            if (new Font(family, Font.PLAIN, 14).canDisplayUpTo(ARABIC_SAMPLE) == -1) {
                return new Font(family, Font.PLAIN, 14);
            }
        }
        LOG.warn("No installed font draws Arabic; Arabic names will show as boxes. Install fonts-dejavu-core or fonts-noto-core.");
        return new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    }

    Font font() {
        return font;
    }

    /**
     * @return the picture as an SVG document, text drawn as shaped outlines so every viewer shows the same; each
     *         circle has a title (name, gained, lost) that viewers show on hover
     * @throws TalentGraphException when JFreeSVG is not on the classpath
     */
    public String svg() {
        try {
            Class.forName("org.jfree.svg.SVGGraphics2D", false, FlowPicture.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new TalentGraphException("SVG pictures need JFreeSVG (org.jfree:org.jfree.svg) on the classpath, an "
                    + "optional dependency of talentgraph-analytics; add it, or draw a PNG.", e);
        }
        return SvgCanvas.render(WIDTH, HEIGHT, this::draw);
    }

    /** @return the picture as PNG bytes, drawn at twice the size for sharp text */
    public byte[] png() {
        BufferedImage image = new BufferedImage(WIDTH * 2, HEIGHT * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(2, 2);
        draw(g, title -> { });
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Map<String, Point2D> layout() {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        nodes.keySet().forEach(graph::addVertex);
        for (Flow f : flows) {
            String from = f.from() != null ? f.from().id() : unnamedKey(f);
            if (!from.equals(f.to().id()) && !graph.containsEdge(from, f.to().id())) {
                graph.addEdge(from, f.to().id());
            }
        }
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(MARGIN_X, TOP, WIDTH - 2.0 * MARGIN_X,
                HEIGHT - TOP - BOTTOM));
        new FRLayoutAlgorithm2D<String, DefaultEdge>(400, 0.5, new Random(42)).layout(graph, model);
        // Fruchterman-Reingold keeps a small graph near the centre; stretch its bounding box over the canvas.
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (String k : nodes.keySet()) {
            minX = Math.min(minX, model.get(k).getX());
            maxX = Math.max(maxX, model.get(k).getX());
            minY = Math.min(minY, model.get(k).getY());
            maxY = Math.max(maxY, model.get(k).getY());
        }
        double left = MARGIN_X;
        double width = WIDTH - 2.0 * MARGIN_X;
        double top = TOP + 60;
        double height = HEIGHT - top - BOTTOM;
        Map<String, Point2D> at = new LinkedHashMap<>();
        for (String k : nodes.keySet()) {
            double x = maxX - minX < 1 ? left + width / 2 : left + (model.get(k).getX() - minX) / (maxX - minX) * width;
            double y = maxY - minY < 1 ? top + height / 2 : top + (model.get(k).getY() - minY) / (maxY - minY) * height;
            at.put(k, new Point2D.Double(x, y));
        }
        return at;
    }

    private double radius(Node n) {
        return 16 + 7 * Math.sqrt(n.moved());
    }

    /**
     * @param g      where to draw
     * @param titles takes the title of the shape drawn next (SVG keeps it; an image has nowhere to)
     */
    private void draw(Graphics2D g, Consumer<String> titles) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        text(g, title, font.deriveFont(Font.BOLD, 24f), 40, 48, Color.BLACK, false);
        text(g, "Arrows: people hired away, each counted once (named and unnamed). Circles grow with people moved.",
                font.deriveFont(15f), 40, 76, Color.DARK_GRAY, false);
        legend(g);
        if (nodes.isEmpty()) {
            text(g, "No hires in this window.", font.deriveFont(18f), WIDTH / 2f, HEIGHT / 2f, Color.GRAY, true);
            return;
        }
        Map<String, Point2D> at = layout();
        for (Flow f : flows) {
            Node from = nodes.get(f.from() != null ? f.from().id() : unnamedKey(f));
            Node to = nodes.get(f.to().id());
            if (from != to) {
                arrow(g, at.get(from.key()), radius(from), at.get(to.key()), radius(to), f.count());
            }
        }
        for (Node n : nodes.values()) {
            node(g, n, at.get(n.key()), titles);
        }
    }

    private void legend(Graphics2D g) {
        float x = 40;
        Object[][] items = {{GAINER, "net gainer"}, {LOSER, "net loser"}, {UNNAMED, "origin not named by the source"}};
        for (Object[] item : items) {
            g.setColor((Color) item[0]);
            g.fill(new Ellipse2D.Double(x, 94, 14, 14));
            text(g, (String) item[1], font.deriveFont(14f), x + 20, 106, Color.DARK_GRAY, false);
            x += item[1].toString().length() * 7.5f + 44;
        }
    }

    private void arrow(Graphics2D g, Point2D from, double fromRadius, Point2D to, double toRadius, long people) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double length = Math.hypot(dx, dy);
        if (length < fromRadius + toRadius + 4) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        float width = (float) Math.min(16, 1.5 + 1.4 * people);
        double head = 12 + width * 1.2;
        Point2D start = new Point2D.Double(from.getX() + ux * fromRadius, from.getY() + uy * fromRadius);
        Point2D tip = new Point2D.Double(to.getX() - ux * (toRadius + 2), to.getY() - uy * (toRadius + 2));
        Point2D base = new Point2D.Double(tip.getX() - ux * head, tip.getY() - uy * head);
        g.setColor(new Color(ARROW.getRed(), ARROW.getGreen(), ARROW.getBlue(), 150));
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(start, base));
        Path2D tipShape = new Path2D.Double();
        double half = head * 0.55;
        tipShape.moveTo(tip.getX(), tip.getY());
        tipShape.lineTo(base.getX() - uy * half, base.getY() + ux * half);
        tipShape.lineTo(base.getX() + uy * half, base.getY() - ux * half);
        tipShape.closePath();
        g.fill(tipShape);
        String label = String.valueOf(people);
        Font bold = font.deriveFont(Font.BOLD, 15f);
        TextLayout layout = new TextLayout(label, bold, g.getFontRenderContext());
        double mx = (start.getX() + base.getX()) / 2;
        double my = (start.getY() + base.getY()) / 2;
        double w = layout.getAdvance() + 12;
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(mx - w / 2, my - 11, w, 22, 10, 10));
        g.setColor(ARROW);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new RoundRectangle2D.Double(mx - w / 2, my - 11, w, 22, 10, 10));
        text(g, label, bold, (float) mx, (float) my + 5.5f, ARROW.darker(), true);
    }

    private void node(Graphics2D g, Node n, Point2D p, Consumer<String> titles) {
        double r = radius(n);
        Color color = n.unnamed() ? UNNAMED : n.gained() - n.lost() > 0 ? GAINER : n.gained() - n.lost() < 0 ? LOSER : UNNAMED;
        Shape circle = new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        titles.accept(n.name() + (n.nameAr() == null ? "" : " (" + n.nameAr() + ")")
                + ": gained " + n.gained() + ", lost " + n.lost());
        g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 60));
        g.fill(circle);
        g.setColor(color);
        g.setStroke(n.unnamed() ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {7f, 5f}, 0f) : new BasicStroke(2.5f));
        g.draw(circle);
        long balance = n.gained() - n.lost();
        String net = balance > 0 ? "+" + balance : balance < 0 ? "\u2212" + -balance : "0";
        text(g, net, font.deriveFont(Font.BOLD, 15f), (float) p.getX(), (float) p.getY() + 5, color.darker(), true);
        float y = (float) (p.getY() + r + 20);
        text(g, n.name(), font.deriveFont(Font.BOLD, 16f), (float) p.getX(), y, Color.BLACK, true);
        if (n.nameAr() != null) {
            text(g, n.nameAr(), font.deriveFont(17f), (float) p.getX(), y + 22, new Color(0x37474f), true);
        }
    }

    /** Draws through TextLayout, which applies the bidi algorithm and Arabic shaping, as filled outlines. */
    private static void text(Graphics2D g, String text, Font font, float x, float y, Color color, boolean centred) {
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout layout = new TextLayout(text, font, frc);
        float left = centred ? x - layout.getAdvance() / 2 : x;
        g.setColor(color);
        g.fill(layout.getOutline(AffineTransform.getTranslateInstance(left, y)));
    }
}
