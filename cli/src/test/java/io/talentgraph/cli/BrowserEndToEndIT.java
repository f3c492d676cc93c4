package io.talentgraph.cli;

import io.talentgraph.testing.LongSuite;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's first session with {@code talentgraph serve}: open Neo4j Browser, log in with the printed password,
 * find the guided tour open, run its first query and read the people Meta hired; then two graphs of the tour,
 * drawn in the served style. Driven in Debian's headless Chromium; screenshots land in {@code target/screenshots}.
 */
@LongSuite
class BrowserEndToEndIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void aVisitorLogsInAndTheTourShowsWhoMetaHired(@TempDir Path store) throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        if (chromium.isEmpty()) {
            String message = "SKIPPED the Neo4j Browser end-to-end test: no Chromium at /usr/bin/chromium. Install it "
                    + "(apt-get install chromium; .ci/run does) to run it.";
            System.err.println(message);
            Assumptions.abort(message);
        }
        try (ServeProcess serve = ServeProcess.start(store, Map.of())) {
            String password = serve.printedPassword().orElseThrow(() -> new AssertionError(
                    "A first serve must print the generated password:\n" + serve.output()));
            assertThat(run("load", "--seed", "--store", store.toString())).as("load through the running serve").isZero();

            Files.createDirectories(SCREENSHOTS);
            try (HeadlessChromium browser = HeadlessChromium.launch(chromium.get(), SCREENSHOTS.resolve("chromium.log"))) {
                browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 1600, "height", 1000,
                        "deviceScaleFactor", 1, "mobile", false));
                try {
                    visit(browser, serve, password);
                } catch (Throwable e) {
                    browser.screenshot(SCREENSHOTS.resolve("failure.png"));
                    throw e;
                }
            }
            serve.stop();
            assertThat(serve.output()).contains("Stopped. The store is closed cleanly.");
        }
    }

    private static void visit(HeadlessChromium browser, ServeProcess serve, String password) throws Exception {
        browser.navigate("http://127.0.0.1:" + serve.httpPort + "/browser/");
        browser.await("the login form", "document.querySelector('[data-testid=password]')", WAIT);
        browser.await("the discovered Bolt address", "document.querySelector('[data-testid=boltaddress]').value.includes('"
                + serve.boltPort + "')", WAIT);
        browser.eval("document.querySelector('[data-testid=username]').focus()");
        browser.type("neo4j");
        browser.eval("document.querySelector('[data-testid=password]').focus()");
        browser.type(password);
        browser.screenshot(SCREENSHOTS.resolve("login.png"));
        browser.eval("document.querySelector('[data-testid=connect]').click()");

        // The server's post-connect commands open the tour and load the style.
        browser.await("the guided tour", "document.querySelector('[data-testid=guidesDrawer]')"
                + " && document.querySelector('[data-testid=guidesDrawer]').innerText.includes('Who Meta hired')", WAIT);
        browser.eval("document.querySelector('[data-testid=guidesDrawer] pre.runnable i').click()");

        List<String> hired = List.of("Alexandr Wang", "Jack Rae", "Joel Pobar", "Johan Schalkwyk", "Pei Sun", "Trapit Bansal");
        String frameText = "[...document.querySelectorAll('[data-testid=frame]')].map(f => f.innerText).join('\\n')";
        browser.await("the hires in the result", hired.stream().map(n -> frameText + ".includes('" + n + "')")
                .reduce((a, b) -> a + " && " + b).orElseThrow(), WAIT);
        String result = browser.eval(frameText).asText();
        assertThat(result).contains("Scale AI", "Google DeepMind", "Anthropic", "Sesame AI", "OpenAI")
                .doesNotContain("Noam Brown", "Koray Kavukcuoglu");
        browser.screenshot(SCREENSHOTS.resolve("tour-hires.png"));

        showSlideAndRun(browser, "Who leads the new lab");
        browser.await("the leaders' graph", "[...document.querySelectorAll('svg text')].some(t => t.textContent.includes('Nat'))", WAIT);
        assertThat(browser.eval("[...document.querySelectorAll('svg circle')].some(c => (c.getAttribute('fill') || '')"
                + ".toUpperCase() === '#2F6DB5')").asBoolean()).as("executives drawn in the served style's colour").isTrue();
        pictureOfTheLatestGraph(browser, "tour-leaders-graph.png");

        showSlideAndRun(browser, "How is Sam Altman connected");
        browser.await("the paths from Altman to Zuckerberg",
                "[...document.querySelectorAll('svg text')].some(t => t.textContent.includes('Zuckerberg'))", WAIT);
        pictureOfTheLatestGraph(browser, "tour-altman-zuckerberg-graph.png");
    }

    /** Pages forward through the tour to a slide and runs its query with the slide's play sign. */
    private static void showSlideAndRun(HeadlessChromium browser, String title) throws InterruptedException {
        String drawer = "document.querySelector('[data-testid=guidesDrawer]')";
        for (int page = 0; page < 8 && !browser.eval(drawer + ".innerText.includes('" + title + "')").asBoolean(); page++) {
            browser.eval("document.querySelector('[data-testid=guideNextSlide]').click()");
            Thread.sleep(300);
        }
        browser.await("the slide '" + title + "'", drawer + ".innerText.includes('" + title + "')", WAIT);
        browser.eval("[...document.querySelectorAll('[data-testid=guidesDrawer] pre.runnable i')].find(i => i.offsetParent).click()");
    }

    /** Folds the newest frame's overview panel away, lets the layout settle, and takes the picture. */
    private static void pictureOfTheLatestGraph(HeadlessChromium browser, String file) throws Exception {
        browser.eval("document.querySelector('[data-testid=frame] [aria-label=\"Collapse the node properties display\"]')?.click()");
        Thread.sleep(2500);
        browser.screenshot(SCREENSHOTS.resolve(file));
    }

    private static int run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, Map.of(), new PrintWriter(out), new PrintWriter(err));
        if (code != 0) {
            System.err.println(out + "\n" + err);
        }
        return code;
    }
}
