package io.talentgraph.dataset;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-script name matching on the committed name-pair corpora (docs/identity.md): the development pairs it was
 * tuned on, and blind set 1, written and committed before the matcher first ran on it and development data since
 * its errors were fixed. The floors are the measured figures, so that a change that makes matching worse fails here.
 */
class CrossScriptNamesTest {

    record Pair(String latin, String arabic, boolean same) {
    }

    record Score(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return (double) truePositives / (truePositives + falseNegatives);
        }
    }

    static List<Pair> pairs(String file) throws IOException {
        try (InputStream in = CrossScriptNamesTest.class.getResourceAsStream("/io/talentgraph/identity/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t"))
                    .map(f -> new Pair(f[0], f[1], f[2].equals("same")))
                    .toList();
        }
    }

    static Score score(List<Pair> pairs) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Pair p : pairs) {
            boolean predicted = CrossScriptNames.similarity(p.latin(), p.arabic()) >= CrossScriptNames.LIKELY_SAME;
            if (predicted && p.same()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (p.same()) {
                fn++;
            }
        }
        return new Score(tp, fp, fn);
    }

    @Test
    void developmentPairsMeetTheTargets() throws IOException {
        List<Pair> pairs = pairs("name-pairs-dev.tsv");
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(150);
        Score s = score(pairs);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void blindSetTwoHoldsItsFirstRunFigures() throws IOException {
        Score s = score(pairs("name-pairs-blind-2.tsv"));
        // first run (blind, docs/identity.md): 102 of 118 same pairs found, 4 of 78 different pairs taken as same
        assertThat(s.truePositives()).isGreaterThanOrEqualTo(102);
        assertThat(s.falsePositives()).isLessThanOrEqualTo(4);
    }

    @Test
    void blindSetOneNowDevelopmentDataHoldsItsFigures() throws IOException {
        Score s = score(pairs("name-pairs-blind-1.tsv"));
        // first run (blind): 63 of 66 same pairs found, 3 of 38 different pairs taken as same; after the rules its
        // errors called for, all 66 and none (docs/identity.md)
        assertThat(s.truePositives()).isGreaterThanOrEqualTo(66);
        assertThat(s.falsePositives()).isLessThanOrEqualTo(0);
    }

    @Test
    void aVowelArabicWritesAtTheEndIsASyllableTheLatinNameMustHave() {
        assertThat(CrossScriptNames.similarity("Amazon", "أمازونيا")).as("Amazonia").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Amazon", "أمازون")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Meta", "ميتا")).as("a Latin final vowel written")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Google", "جوجل")).as("a Latin final e not written")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Alibaba", "علي بابا")).as("split into words differently")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void extraConsonantsAndASyllableMoreKeepAWordApart() {
        assertThat(CrossScriptNames.similarity("Anthropic", "أنثروبولوجيا")).as("anthropology")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Anthropic", "أنثروبيك")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void aLatinConsonantIsNotTakenForAnArabicFinalVowel() {
        assertThat(CrossScriptNames.similarity("Yann LeCun", "يان ليكه")).as("Jan Leike").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Yann LeCun", "يان لوكان")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Andrej Karpathy", "أندريه كارباثي")).as("the ه of Andrej, not a syllable")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void theTOfAnArabicTsMayStandForATOrForNothing() {
        assertThat(CrossScriptNames.similarity("Tesla", "تسلا")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ilya Sutskever", "إيليا سوتسكيفر")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Tesla", "تيسلر")).as("Tesler").isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void aCBeforeEOrIIsAnS() {
        assertThat(CrossScriptNames.similarity("Hugging Face", "هاغينغ فيس")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Tencent", "تينسنت")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Alice", "أليك")).as("Alec").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Cohere", "كوهير")).as("before o, a k").isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void aNameSpelledByItsLettersIsReadByTheirNames() {
        assertThat(CrossScriptNames.similarity("xAI", "إكس إيه آي")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("IBM", "آي بي إم")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("SpaceX", "سبيس إكس")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("xAI", "إكس")).as("X, the social network").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("NVIDIA", "إنفيديا")).as("capitals that read as a word")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void theIssuesExamples() {
        assertThat(CrossScriptNames.similarity("Jakub Pachocki", "ياكوب باخوتسكي")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Demis Hassabis", "ديميس هاسابيس")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Demis Hassabis", "ديمس حسابيس")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Denis Hassan", "ديميس هاسابيس")).isLessThan(0.6);
        assertThat(CrossScriptNames.similarity("Jack Altman", "سام ألتمان")).as("brothers").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Google DeepMind", "جوجل ديب مايند")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Microsoft AI", "مايكروسوفت")).as("a unit and its company")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Mistral AI", "ميسترال للذكاء الاصطناعي")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void namesSayWhichScriptTheyAreIn() {
        assertThat(CrossScriptNames.isArabic("ميتا")).isTrue();
        assertThat(CrossScriptNames.isLatin("Meta")).isTrue();
        assertThat(CrossScriptNames.isArabic("وGoogle")).isFalse();
        assertThat(CrossScriptNames.isLatin("وGoogle")).isFalse();
    }

    @Test
    void anArabicOnlyNameGetsAReadableLatinGuessThatSoundsLikeIt() {
        assertThat(CrossScriptNames.romanize("ميرا أوكونكوو")).isEqualTo("Mira Okonkwo");
        assertThat(CrossScriptNames.romanize("دانيال أوكافور")).isEqualTo("Danyal Okafor");
        assertThat(CrossScriptNames.romanize("مختبرات سراب")).as("the generic word goes last").isEqualTo("Srab Labs");
        assertThat(CrossScriptNames.romanize("نورثويند للذكاء الاصطناعي")).isEqualTo("Northwind AI");
        assertThat(CrossScriptNames.romanize("ليلى العمري")).isEqualTo("Lila Al-mri");
        for (String arabic : List.of("ديميس هاسابيس", "ياكوب باخوتسكي", "سميرة حداد", "أوريون لابز")) {
            assertThat(CrossScriptNames.similarity(arabic, CrossScriptNames.romanize(arabic))).as(arabic)
                    .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        }
    }
}
