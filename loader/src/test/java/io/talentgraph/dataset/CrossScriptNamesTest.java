package io.talentgraph.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-script name matching on the committed name-pair corpora (docs/identity.md): the development pairs it was
 * tuned on, and blind sets 1 to 6, each written and committed before the matcher first ran on it and development
 * data since rules were written for its errors. The floors and ceilings are the measured figures, so that a change
 * that makes matching worse fails here.
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

    /**
     * Each corpus at its figures (docs/identity.md), all of them development data now: the development pairs and sets
     * 1 to 7 at their figures after the rules their errors called for. Set 1's first run found 63 of 66 with 3
     * false matches, set 2's 102 of 118 with 4, set 3's 160 of 181 with 3, set 4's 149 of 180 with none, set 5's 135
     * of 183 with 4, set 6's 138 of 181 with 2, set 7's 149 of 185 with 1 (each held here, blind, until rules were
     * written for its errors); the development pairs gave 85 and none before set 2's rules, 88 and none before set 3's.
     */
    @ParameterizedTest(name = "{0}: at least {1} found, at most {2} false")
    @CsvSource({
            // blind set 8, with set 6's rules (its first run: nothing tuned on it) 139 of 180, none false; with set 7's
            // rules (still nothing tuned on it) 142, none false. Missed: telecom operators, regulators, universities and
            // state bodies translated by meaning, names in another order or with names the Latin lacks
            "name-pairs-blind-8.tsv, 142, 0",
            // blind set 7's first run, with set 6's rules (nothing tuned on it), found 149 of 185 with 1 false (Groq /
            // غروك, the Arabic of Grok, which only context tells apart); after its rules 174 and the same 1. Left: names
            // the other side gives otherwise (Yu Chengdong / ريتشارد يو, Ooredoo / شركة اتصالات قطر, OCP Group, Boğaziçi /
            // البوسفور), a first name محمد the Latin leaves out (Ayman Ashour, Fadhel Kraiem: the son's name's form), a
            // kind or a word only one name has (ASML Holding; المعلومات of Syria's ministry; science and industry of
            // IUST), a Hebrew pronunciation (Arie Zaban / تسافان), a page's dropped n (أوهانيا)
            "name-pairs-blind-7.tsv, 174, 1",
            // blind set 6's first run (nothing tuned on it) found 138 of 181 with 2 false; after its rules 164 and none.
            // Left: names the other side gives as an English or a nickname (Xu Zhijun / إريك شو, Hu Houkun / كين هو, Robin
            // Zeng, Colin Huang, Mo / محمد), acronyms and native names (DRDO, ADQ, Shin Bet / الشاباك, JD.com / جينغ دونغ),
            // a dropped letter (يانج يواكينج, وينيك), a word only one name has (Amirkabir / جامعة أمير كبير, "of Technology";
            // Mohammed V / بالرباط; رعاية of QNRF; Yahsat / الياه, the article), CATL / معاصرة (a translation), and
            // Jordan's TRC (its note read away, "sector" one word more: the UAE's TRA has the same Arabic)
            "name-pairs-blind-6.tsv, 164, 0",
            // blind set 5's first run (nothing tuned on it) found 135 of 183 with 4 false; after its rules 167 and none.
            // Left: acronyms against their long names (ISRO, OECD, EPFL, TDRA, NYU), SAP / ساب, names the other script
            // says otherwise (iFlytek, Elbit / معرخوت, Rafael, Pat / باتريك, Richard Liu Qiangdong / ريتشارد ليو), a kind
            // or a word only one name has (LG AI Research / معهد, UAE Cyber Security Council / لحكومة), a father's name
            // after بن against an initial (Amin H. Nasser), Al Kuwaiti against the country's adjective, a dropped n
            "name-pairs-blind-5.tsv, 167, 0",
            // Butterfly Effect / تأثير الفراشة (a name translated by its meaning), SMIC against its long name spelled out,
            // Tel Aviv University / جامعة تل أبيب (v written ب), OSTP against an Arabic that adds "White House", and
            // Technion / معهد التخنيون (a kind of organization the Latin lacks) stay missed
            "name-pairs-blind-4.tsv, 175, 0",
            // Mobileye against موبايلي (Mobily) is still taken as one, and Khazna Data Centers against خزنة missed
            "name-pairs-blind-3.tsv, 180, 1",
            // Mistral AI against ميسترال stays missed: a trailing AI one name lacks still counts
            "name-pairs-dev.tsv, 91, 0",
            "name-pairs-blind-1.tsv, 66, 0",
            // Perplexity AI against بيربلكسيتي stays missed, for the same reason
            "name-pairs-blind-2.tsv, 117, 0"})
    void eachCorpusHoldsItsFigures(String file, int found, int falseMatches) throws IOException {
        Score s = score(pairs(file));
        assertThat(s.truePositives()).isGreaterThanOrEqualTo(found);
        assertThat(s.falsePositives()).isLessThanOrEqualTo(falseMatches);
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

    // Blind set 2's errors: for each, a pair that now matches and a namesake that stays apart.

    @Test
    void aSyllableWithoutConsonantsIsStillAWordOfTheName() {
        assertThat(CrossScriptNames.similarity("Lee Kun-hee", "لي جاي يونغ")).as("Lee Jae-yong, his son")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Lee Kun-hee", "لي كون هي")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Lei Jun", "لي كون هي")).as("Lee Kun-hee").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("AMD", "إيه إم دي")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Meta", "إيه إم دي")).as("AMD").isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void aGivenNameThatIsAnotherWordIsAnotherPersonWhateverTheFamilyName() {
        assertThat(CrossScriptNames.similarity("Haluk Bayraktar", "سلجوق بيرقدار")).as("his brother Selçuk")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Selçuk Bayraktar", "سلجوق بيرقدار")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Selçuk Bayraktaroğlu", "سلجوق بيرقدار")).as("a family name and a suffix")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Koray Kavukcuoglu", "كوراي كافوكجو أوغلو")).as("the suffix written apart")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void aLatinFinalVowelThatIsSaidIsWrittenInArabic() {
        assertThat(CrossScriptNames.similarity("Anghami", "أنغام")).as("the singer Angham").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Anghami", "أنغامي")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Clement Delangue", "كليمنت ديلانغ")).as("the u of a final gue is not said")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void genericOrganizationWordsPairWithTheirTranslation() {
        for (String[] p : new String[][] {
                {"Saudi Data and Artificial Intelligence Authority", "الهيئة السعودية للبيانات والذكاء الاصطناعي"},
                {"Technology Innovation Institute", "معهد الابتكار التكنولوجي"},
                {"King Abdullah University of Science and Technology", "جامعة الملك عبدالله للعلوم والتقنية"},
                {"Mohamed bin Zayed University of Artificial Intelligence", "جامعة محمد بن زايد للذكاء الاصطناعي"},
                {"Taiwan Semiconductor Manufacturing Company", "شركة تايوان لصناعة أشباه الموصلات"},
                {"Massachusetts Institute of Technology", "معهد ماساتشوستس للتكنولوجيا"},
                {"Samsung Electronics", "سامسونج للإلكترونيات"},
                {"Alibaba Group", "مجموعة علي بابا"},
                {"SoftBank Group", "مجموعة سوفت بنك"},
                {"Arm Holdings", "آرم القابضة"},
                {"Advanced Technology Research Council", "مجلس أبحاث التكنولوجيا المتطورة"}}) {
            assertThat(CrossScriptNames.similarity(p[0], p[1])).as(p[0]).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        }
        assertThat(CrossScriptNames.similarity("King Abdulaziz City for Science and Technology",
                "جامعة الملك عبدالله للعلوم والتقنية")).as("KACST and KAUST").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("California Institute of Technology", "معهد ماساتشوستس للتكنولوجيا"))
                .as("Caltech and MIT").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Technology Innovation Institute", "مجلس أبحاث التكنولوجيا المتطورة"))
                .as("TII and ATRC").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Alibaba Cloud", "مجموعة علي بابا")).as("a unit and its group")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Institute", "معهد")).as("a kind of organization names none")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void aFamilyNameFirstNameMeetsItsWesternShortForm() {
        assertThat(CrossScriptNames.similarity("Tan Hock Eng", "هوك تان")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Lip-Bu Tan", "هوك تان")).as("Hock Tan").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Lee Kun-hee", "لي جون")).as("Lei Jun: same order, a given name not cut")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void lettersOtherLanguagesSayOtherwise() {
        assertThat(CrossScriptNames.similarity("Wojciech Zaremba", "فويتشخ زاريمبا")).as("Polish w and ch")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Wojciech Jaruzelski", "فويتشخ زاريمبا")).as("the general")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Timothée Lacroix", "تيموثي لاكروا")).as("a silent final x")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Timothée Chalamet", "تيموثي لاكروا")).isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Jan Leike", "يان لايكه")).as("a j said as y")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Jan Leike", "لي جاي يونغ")).as("Lee Jae-yong").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Yoshua Bengio", "يوشوا بنجيو")).as("the g of ng said")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void aiSpelledByItsLettersIsAiAndATrailingAiStillCounts() {
        assertThat(CrossScriptNames.similarity("Inflection AI", "إنفلكشن إي آي")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Inflection AI", "إنفيديا")).as("NVIDIA").isLessThan(CrossScriptNames.LIKELY_SAME);
        // left as a miss: from the names alone, "X AI" against "X" may be a company and its short name or a unit and
        // its company (Microsoft AI), and only a word both names have makes them one
        assertThat(CrossScriptNames.similarity("Perplexity AI", "بيربلكسيتي")).isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Baidu Research", "بايدو")).as("a unit and its company")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void anArabicCompoundIsJoinedOnlyInOrderAndOnlyExactly() {
        assertThat(CrossScriptNames.similarity("ByteDance", "بايت دانس")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Anthropic", "أندرو نغ")).as("Andrew Ng").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Amazon", "ماسايوشي سون")).as("Masayoshi Son").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Khaldoon Khalifa Al Mubarak", "خلدون خليفة المبارك"))
                .as("the article written with the name").isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Sultan Ahmed Al Jaber", "سلطان بن أحمد الجابر")).as("bin, son of")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ben Horowitz", "بن هوروفيتز")).as("first, بن is Ben")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    // Blind set 3's errors: for each rule, pairs that now match and namesakes, units and brands that stay apart.

    @Test
    void digitsAreAWordOfTheirOwnInEitherScriptsDigits() {
        assertThat(CrossScriptNames.similarity("G42", "جي 42")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("G42", "جي42")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("G42", "جي ٤٢")).as("Arabic-Indic digits").isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Core42", "كور42")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("G42", "كور42")).as("Core42").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Cohere", "كور42")).as("digits are not nothing").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("G42", "جي 24")).isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void capitalsMayBeReadByTheirLettersWithDotsBetween() {
        assertThat(CrossScriptNames.similarity("ASML", "إيه إس إم إل")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("MGX", "إم.جي.إكس")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("HSBC", "إتش إس بي سي")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("DARPA", "داربا")).as("read as a word").isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("ASML", "إيه إس إم إنترناشونال")).as("ASM International")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("MGX", "إم بي سي")).as("MBC").isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void anArabicSyllableWithoutConsonantIsAVowelOfTheWordItJoins() {
        assertThat(CrossScriptNames.similarity("Zhang Yiming", "تشانغ يي مينغ")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Zhang Yiming", "تشانغ يي مين")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Zhou Hongyi", "تشو هونغ يي")).as("a glide syllable last")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Zhang Ming", "تشانغ يي مينغ")).as("Yiming is not Ming")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Mobileye", "موبيل آي")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Mobile", "موبيل آي")).as("a syllable, not a silent e")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Adam D'Angelo", "آدم دي'أنجيلو")).as("an elided vowel")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void lettersOtherLanguagesSayOtherwiseSetThree() {
        assertThat(CrossScriptNames.similarity("Xavier Niel", "كزافييه نيل")).as("French x and -ier")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Xavier Niel", "كزافييه بيتيل")).as("Xavier Bettel").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Eric Xing", "إريك زينغ")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Haluk Bayraktar", "خلوق بيرقدار")).as("Turkish h for خ")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Haluk Bayraktar", "سلجوق بيرقدار")).as("his brother Selçuk")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ibn Haldun University", "جامعة ابن خلدون")).as("Ibn first in the name")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Kazem", "كاظم")).as("ظ said z").isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Nawat AI", "نواة للذكاء الاصطناعي")).as("a ta marbuta said t")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void moreGenericWordsAndPlacesPairWithTheirTranslation() {
        for (String[] p : new String[][] {
                {"Public Investment Fund", "صندوق الاستثمارات العامة"},
                {"Qatar Investment Authority", "جهاز قطر للاستثمار"},
                {"Abu Dhabi Investment Authority", "جهاز أبوظبي للاستثمار"},
                {"Future of Life Institute", "معهد مستقبل الحياة"},
                {"Cyberspace Administration of China", "إدارة الفضاء السيبراني الصينية"},
                {"Max Planck Institute for Intelligent Systems", "معهد ماكس بلانك للأنظمة الذكية"},
                {"Carnegie Endowment for International Peace", "مؤسسة كارنيجي للسلام الدولي"},
                {"National Institute of Standards and Technology", "المعهد الوطني للمعايير والتكنولوجيا"},
                {"Korea Advanced Institute of Science and Technology", "المعهد الكوري المتقدم للعلوم والتكنولوجيا"},
                {"Qatar Computing Research Institute", "معهد قطر لبحوث الحوسبة"},
                {"Meta Superintelligence Labs", "مختبرات ميتا للذكاء الفائق"}}) {
            assertThat(CrossScriptNames.similarity(p[0], p[1])).as(p[0]).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        }
        assertThat(CrossScriptNames.similarity("Qatar Investment Authority", "جهاز أبوظبي للاستثمار")).as("ADIA")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Public Investment Corporation", "صندوق الاستثمارات العامة"))
                .as("South Africa's PIC and the PIF").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("National Institute of Standards and Technology", "المعاهد الوطنية للصحة"))
                .as("NIST and NIH").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Future of Life Institute", "معهد مستقبل الإنسانية"))
                .as("Future of Humanity Institute").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Max Planck Institute for Intelligent Systems", "معهد ماكس بلانك للفيزياء"))
                .as("another institute of the society").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Corey", "كوري")).as("an adjective needs the article")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Public Investment", "العامة")).as("generic words only")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        // a generic word may be a name too: the Arabic is also compared as it sounds
        for (String[] p : new String[][] {{"TAQA", "طاقة"}, {"Madinat Zayed", "مدينة زايد"}, {"Banque Misr", "بنك مصر"}}) {
            assertThat(CrossScriptNames.similarity(p[0], p[1])).as(p[0]).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        }
        assertThat(CrossScriptNames.similarity("Mohd", "معهد")).as("a kind alone names none, however it sounds")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void organizationsOfTwoKindsAreTwoOrganizations() {
        assertThat(CrossScriptNames.similarity("Abu Dhabi Investment Office", "جهاز أبوظبي للاستثمار"))
                .as("an office and an authority").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Orion Lab", "مختبرات أوريون")).as("one kind in the singular and plural")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Korea Advanced Institute of Science and Technology",
                "المعهد الياباني المتقدم للعلوم والتكنولوجيا")).as("JAIST: the generic words alike, the own ones not")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void theIDiphthongIsWrittenWithAYa() {
        assertThat(CrossScriptNames.similarity("Humane", "هيوماين")).as("Humain").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Humain", "هيوماين")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Humain", "هيومان")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Baidu", "بادو")).as("Badoo").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Baidu", "بايدو")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        for (String[] p : new String[][] {{"Craig Federighi", "كريغ فيديريغي"}, {"Kevin Weil", "كيفن ويل"},
                {"Wael", "وائل"}, {"Aisha", "عائشة"}, {"Alain", "آلان"}, {"Britain", "بريطانيا"}, {"Michael", "مايكل"}}) {
            assertThat(CrossScriptNames.similarity(p[0], p[1])).as(p[0]).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        }
        // left: Mobily's ي is the i of Mobileye as the letters go; only how the final syllable is said differs
        assertThat(CrossScriptNames.similarity("Mobileye", "موبايلي")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
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

    // Blind set 4's errors: for each rule, pairs that now match and namesakes, relatives and neighbours that stay apart.

    @Test
    void wordsOfMinistriesAndStateBodiesPairWithTheirTranslation() {
        for (String[] p : new String[][] {
                {"Ministry of Science and ICT", "وزارة العلوم وتكنولوجيا المعلومات والاتصالات"},
                {"Ministry of Communications and Information Technology (Egypt)", "وزارة الاتصالات وتكنولوجيا المعلومات"},
                {"Digital Government Authority", "هيئة الحكومة الرقمية"},
                {"Aramco Digital", "أرامكو الرقمية"},
                {"Egypt University of Informatics", "جامعة مصر للمعلوماتية"},
                {"Mohammed VI Polytechnic University", "جامعة محمد السادس متعددة التخصصات التقنية"},
                {"Tata Consultancy Services", "تاتا للخدمات الاستشارية"},
                {"Unit 8200", "الوحدة 8200"},
                {"IndiaAI Mission", "بعثة الهند للذكاء الاصطناعي"}}) {
            assertThat(CrossScriptNames.similarity(p[0], p[1])).as(p[0]).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        }
        assertThat(CrossScriptNames.similarity("Ministry of Science and ICT", "وزارة الاتصالات وتقنية المعلومات"))
                .as("ICT is not communications and IT").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Mohammed VI Polytechnic University", "جامعة محمد الخامس"))
                .as("Mohammed V University").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Aramco Digital", "أرامكو السعودية")).as("Saudi Aramco")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Tata Consultancy Services", "تاتا موتورز")).isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Hamad Al Thani", "حمد آل ثاني")).as("Thani is a name, not the second")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void nationalMayStandForTheCountry() {
        assertThat(CrossScriptNames.similarity("Israel National Cyber Directorate", "هيئة السايبر الوطنية"))
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Israel National Cyber Directorate", "الهيئة الوطنية للأمن السيبراني"))
                .as("Saudi Arabia's National Cybersecurity Authority").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Qatar National Research Fund", "الصندوق الوطني الكويتي للأبحاث"))
                .as("another country named").isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void lettersOtherLanguagesSayOtherwiseSetFour() {
        assertThat(CrossScriptNames.similarity("Li Qiang", "لي تشيانغ")).as("pinyin q").isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Qatar", "قطر")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Fatih Kacır", "فاتح قاجر")).as("Turkish c").isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Mehmet Fatih Kacır", "محمد فاتح كاجر")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Selçuk Bayraktar", "سلجوق بيرقدار")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Christophe Fouquet", "كريستوف فوكيه")).as("French -et")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Janet", "جانيت")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Janet", "جان")).as("the t is a t or a vowel, not nothing")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Brad Lightcap", "براد لايت كاب")).as("English igh")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("La French Tech", "فرنچ تيك")).as("a Persian letter, an article dropped")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void aHyphenatedGivenNameMayBeOneArabicWord() {
        assertThat(CrossScriptNames.similarity("Kim Tae-yoon", "كيم تايون")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Kim Tae-won", "كيم تايون")).as("a w the skeleton drops")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Lee Jae-yong", "لي جون")).as("Lei Jun: the y of yong is written")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Han Jin-man", "جنسن هوانغ")).as("Jensen Huang: one word exactly")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Chey Tae-won", "تشيه يون تشونغ")).as("his daughter Chey Yoon-jung")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Chung Eui-sun", "تشيه يون تشونغ")).as("joined Latin, not joined Arabic")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("SparkCognition", "سبارك كوجنيشن")).as("a compound's parts said apart")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void titlesFathersNamesInitialsAndSilentLetters() {
        assertThat(CrossScriptNames.similarity("Tamim bin Hamad Al Thani", "الشيخ تميم بن حمد آل ثاني")).as("a title")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ahmed Al-Suwaiyan", "أحمد بن محمد الصويان")).as("a father's name left out")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Mohammed bin Salman", "محمد بن زايد")).as("a father's name written is compared")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Isaac Ben-Israel", "إسحاق بن اسرائيل")).as("Hebrew ben, son of")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ben Horowitz", "بن هوروفيتز")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Amr Talaat", "عمرو طلعت")).as("the silent و of عمرو")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("John J. Hopfield", "جون ج. هوپفيلد")).as("an initial as its letter")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("John J. Hopfield", "جون جي هوبفيلد")).as("an initial by its name")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("John B. Hopfield", "جون ج. هوپفيلد")).isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void aSignIsTheWordItIsSaidAs() {
        assertThat(CrossScriptNames.similarity("e&", "إي آند")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("AT&T", "إيه تي آند تي")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("e&", "دو")).as("du").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("e&", "إي")).as("the sign is a word").isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    // Blind set 5's errors: for each rule, pairs that now match and look-alikes that stay apart.

    @Test
    void aPersonsNameKeepsItsOrder() {
        assertThat(CrossScriptNames.similarity("Amin H. Nasser", "ناصر أمين")).as("turned round")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Amin Nasser", "ناصر أمين")).isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Amin Nasser", "أمين ناصر")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Mohammed bin Ali Al Mannai", "علي بن محمد المناعي"))
                .as("father and son across bin").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Mohammed bin Ali Al Mannai", "محمد بن علي المناعي"))
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Chung Mong-koo", "مونج كو تشونج")).as("a family name moved to the end")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Tan Hock Eng", "هوك تان")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void theArticleIsNoLetterOfAFamilyName() {
        assertThat(CrossScriptNames.similarity("Khalid Al-Falih", "خالد الفيصل")).as("Al-Faisal")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Khalid Al-Falih", "خالد الفالح")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Alexander", "ألكسندر")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void aNoteInParenthesesIsReadAwayOnlyAgainstANameThatSaysNoCountry() {
        assertThat(CrossScriptNames.similarity("Ministry of Communications and Information Technology (Qatar)",
                "وزارة الاتصالات وتكنولوجيا المعلومات المصرية")).as("Egypt's").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ministry of Industry and Technology (Turkey)", "وزارة الصناعة والتكنولوجيا التركية"))
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ministry of Industry and Technology (Turkey)",
                "وزارة الصناعة والتكنولوجيا المتقدمة الإماراتية")).as("the UAE's").isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void translatedInstitutionsAndTheCountryTheyLeaveOut() {
        for (String[] p : new String[][] {
                {"U.S. Department of Commerce", "وزارة التجارة الأميركية"},
                {"Israel Innovation Authority", "سلطة الابتكار"},
                {"Bureau of Industry and Security", "مكتب الصناعة والأمن"},
                {"Turkish Aerospace", "شركة الصناعات الجوية والفضائية التركية"},
                {"Israel Aerospace Industries", "الصناعات الجوية الإسرائيلية"},
                {"Presidency of Defense Industries", "رئاسة الصناعات الدفاعية التركية"},
                {"Ministry of Digital Economy and Entrepreneurship", "وزارة الاقتصاد الرقمي والريادة"},
                {"Istanbul Technical University", "جامعة إسطنبول التقنية"},
                {"Middle East Technical University", "جامعة الشرق الأوسط التقنية"},
                {"European Parliament", "البرلمان الأوروبي"},
                {"Hebrew University of Jerusalem", "الجامعة العبرية في القدس"},
                {"American University of Beirut", "الجامعة الأمريكية في بيروت"},
                {"National Telecom Regulatory Authority", "الجهاز القومي لتنظيم الاتصالات"},
                {"Ministry of Digital Transition and Administrative Reform", "وزارة الانتقال الرقمي وإصلاح الإدارة"},
                {"U.S. AI Safety Institute", "معهد سلامة الذكاء الاصطناعي الأمريكي"},
                {"KT Corporation", "شركة كيه تي"},
                {"SoftBank Corp.", "سوفت بنك كورب"},
                {"SK Telecom", "إس كيه تيليكوم"},
                {"Koç Holding", "مجموعة كوتش القابضة"}}) {
            assertThat(CrossScriptNames.similarity(p[0], p[1])).as(p[0]).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        }
        assertThat(CrossScriptNames.similarity("Israel Aerospace Industries", "شركة الصناعات الجوية والفضائية التركية"))
                .as("Turkish Aerospace").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("U.S. Department of Commerce", "وزارة التجارة الصينية"))
                .as("China's").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Bureau of Industry and Security", "مجلس الصناعة والأمن"))
                .as("a council").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Koç Holding", "مجموعة كوتش")).as("a group alone is another kind")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Israel Innovation Authority", "هيئة الابتكار السعودية"))
                .as("another country named").isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void titlesFathersNamesAndSpellingsSetFive() {
        assertThat(CrossScriptNames.similarity("Amin Nasser", "المهندس أمين ناصر")).as("a title")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Azim Premji", "عظيم هاشم بريمجي")).as("a father's name without bin")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Azim Premji", "بريمجي هاشم عظيم")).as("in order only")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ali Koç", "علي طه كوتش")).as("a Turkish name has no father's name")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Zhang Ming", "تشانغ يي مينغ")).as("a syllable is no father's name")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ali Koç", "علي كوتش")).as("Turkish ç").isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Recep Tayyip Erdoğan", "رجب طيب إردوغان")).as("a Turkish name's c")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Recep Tayyip Erdoğan", "رسب طيب إردوغان")).isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Najib Mikati", "نجيب ميقاتي")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Najib Mikati", "نجيب ميقات")).as("the final vowel is said")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Jean-Noël Barrot", "جان نويل بارو")).as("a silent French final t")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Dassault Systèmes", "داسو سيستمز")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Jean-Noël Barrot", "جان نويل بار")).as("a t or a vowel, not nothing")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Dror Bin", "درور بين")).as("a final bin is a name")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Dror Bin", "درور")).isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void aDotAndADigitAreReadAsSaid() {
        assertThat(CrossScriptNames.similarity("JD.com", "جيه دي دوت كوم")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("4Paradigm", "فور باراديغم")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("4Paradigm", "باراديغم")).isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("JD.com", "جيه دي")).isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    // Blind set 6's errors: for each rule, pairs that now match and look-alikes that stay apart.

    @Test
    void titlesOfOfficeAndTheCountryTheyAreOf() {
        assertThat(CrossScriptNames.similarity("Friedrich Merz", "المستشار الألماني فريدريش ميرتس"))
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Paul Nakasone", "الجنرال بول ناكاسوني")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Friedrich Merz", "المستشار الألماني أولاف شولتس")).as("another chancellor")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("General Atomics", "جنرال أتوميكس")).as("General in a company's name")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void gulfFamilyNamesAfterTheArticleAndAFinalAyn() {
        assertThat(CrossScriptNames.similarity("Ali Al Hashemi", "علي الهاشمي")).as("the h after the article")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Reem Al Hashimy", "ريم بنت إبراهيم الهاشمي")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ali Al Hashemi", "علي الهاملي")).as("Al Hameli").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ahmed al-Sharaa", "أحمد الشرع")).as("a final ayn said as a vowel")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ahmed al-Sharaa", "أحمد الشاعر")).as("al-Shaer").isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void persianTurkishAndNordicLetters() {
        assertThat(CrossScriptNames.similarity("Javad Azari Jahromi", "جواد آذري جهرمي")).as("a Persian v written و")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ivan Zhang", "وانغ شينغ")).as("Wang Xing: the w of Wang is no v")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Kevan Parekh", "جون باريخ")).as("the vowel و is no v").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Mehmet Fatih Kacır", "محمد فاتح قجر")).as("ق and ج are two letters")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Fatih Kacır", "فاتح قر")).isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Börje Ekholm", "بوريه إيكهولم")).as("a j said y after a consonant")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Xu Zhijun", "تشو جيان")).as("Zhou Jian: not after a vowel")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void anAlefThatStartsAWordIsAVowelTheLatinSays() {
        assertThat(CrossScriptNames.similarity("Chung Shin-a", "تشونغ إيسون")).as("Chung Eui-sun").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Euisun Chung", "إيسون تشونغ")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("NVIDIA", "إنفيديا")).as("a vowel before a cluster")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("NCSoft", "إن سي سوفت")).as("capitals before a word")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("NCSoft", "إن سي")).isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void aNoteInArabicParenthesesIsTheShortName() {
        assertThat(CrossScriptNames.similarity("CERN", "المنظمة الأوروبية للأبحاث النووية (سيرن)"))
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Misk Foundation", "مؤسسة محمد بن سلمان الخيرية (مسك)")).as("with the name's kind")
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Mossad", "جهاز الأمن العام (الشاباك)")).isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Egypt", "وزارة الاتصالات (مصر)")).as("a place names no entity")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void aLatinNoteReadAwayLeavesTheNameExactly() {
        assertThat(CrossScriptNames.similarity("Telecommunications Regulatory Authority (UAE)", "هيئة تنظيم قطاع الاتصالات"))
                .as("Jordan's, a word more").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Ministry of Communications and Information Technology (Egypt)",
                "وزارة الاتصالات وتكنولوجيا المعلومات")).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void translatedInstitutionsSetSix() {
        for (String[] p : new String[][] {
                {"King Fahd University of Petroleum and Minerals", "جامعة الملك فهد للبترول والمعادن"},
                {"UAE Space Agency", "وكالة الإمارات للفضاء"},
                {"Mohammed bin Rashid Space Centre", "مركز محمد بن راشد للفضاء"},
                {"Digital Cooperation Organization", "منظمة التعاون الرقمي"},
                {"Sharif University of Technology", "جامعة شريف الصناعية"},
                {"Sharif University of Technology", "جامعة صنعتي شريف"},
                {"Amirkabir University of Technology", "جامعة أمير كبير الصناعية"},
                {"Qatar Science & Technology Park", "واحة قطر للعلوم والتكنولوجيا"},
                {"Qatar Environment and Energy Research Institute", "معهد قطر لبحوث البيئة والطاقة"},
                {"Union of Chambers and Commodity Exchanges of Turkey", "اتحاد الغرف والبورصة في تركيا"},
                {"Ministry of State for Technology and Artificial Intelligence (Lebanon)",
                        "وزارة الدولة لشؤون التكنولوجيا والذكاء الاصطناعي"},
                {"Kuwait Investment Authority", "الهيئة العامة للاستثمار الكويتية"},
                {"Digital Transformation Office of the Presidency of Türkiye", "مكتب التحول الرقمي في الرئاسة التركية"},
                {"Park Jung-ho", "بارك جونغ هو"}}) {
            assertThat(CrossScriptNames.similarity(p[0], p[1])).as(p[0]).isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
        }
        assertThat(CrossScriptNames.similarity("UAE Space Agency", "وكالة الفضاء السعودية")).as("Saudi Arabia's")
                .isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Digital Cooperation Organization", "منظمة التعاون الإسلامي"))
                .as("the Organisation of Islamic Cooperation").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Sharif University of Technology", "جامعة أصفهان الصناعية"))
                .as("Isfahan's").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Qatar Science & Technology Park", "واحة دبي للسيليكون"))
                .as("Dubai Silicon Oasis").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Kuwait Investment Authority", "الهيئة العامة للاستثمار والمناطق الحرة"))
                .as("Egypt's GAFI").isLessThan(CrossScriptNames.LIKELY_SAME);
        assertThat(CrossScriptNames.similarity("Union of Chambers and Commodity Exchanges of Turkey", "بورصة إسطنبول"))
                .as("Borsa Istanbul").isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    private static void same(String latin, String arabic) {
        assertThat(CrossScriptNames.similarity(latin, arabic)).as(latin + " / " + arabic)
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    private static void apart(String latin, String arabic, String why) {
        assertThat(CrossScriptNames.similarity(latin, arabic)).as(latin + " / " + arabic + ": " + why)
                .isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    @Test
    void latinWordsMeetANameArabicWritesAsOne() {
        same("Mohammad Reza Aref", "محمدرضا عارف");
        same("Mohammad Reza Aref", "محمد رضا عارف");
        same("Sid Ali Zerrouki", "سيدعلي زروقي");
        apart("Mohammad Reza Aref", "محمدعلي عارف", "Mohammad Ali, another joined name");
        apart("Xu Li", "تسلا", "a whole name is not one Arabic word");
        apart("Lee Jae-yong", "لي جون", "a hyphenated name's parts join on their own terms");
        apart("Ali Khamenei", "الخامنئي", "no given name ends in the article");
    }

    @Test
    void abdAndTheArticleBeforeAnL() {
        same("Abdelmadjid Tebboune", "عبد المجيد تبون");
        same("Abdelmadjid Tebboune", "عبدالمجيد تبون");
        same("Abdul Latif Rashid", "عبد اللطيف رشيد");
        same("Omar Al Olama", "عمر العلماء");
        apart("Abdul Latif Rashid", "الدكتور عبد اللطيف محمد الشامسي", "Abdullatif Al Shamsi");
    }

    @Test
    void anAffricateWrittenWithAD() {
        same("Larry Page", "لاري بيدج");
        same("Larry Page", "لاري بيج");
        apart("Cambricon", "كامبريدج", "Cambridge: the d is written, and no Latin g before a final e says it");
    }

    @Test
    void persianDadIsAZ() {
        same("Mohammad Reza Aref", "محمد رضا عارف");
        same("Ramazan", "رمضان");
        same("Ramadan", "رمضان");
        apart("Mohammad Reza Aref", "محمد رفا عارف", "Rafa");
    }

    @Test
    void sayyidIsATitleOrAWordOfTheName() {
        same("Sid Ali Zerrouki", "السيد علي زروقي");
        same("Sid Ali Zerrouki", "سيد علي زروقي");
        same("Ali Khamenei", "السيد علي الخامنئي");
        apart("Sid Ali Zerrouki", "علي زروقي", "the Sid the Latin says is a word of the name");
    }

    @Test
    void forebearsNamesTheLatinLeavesOut() {
        same("Mohammed Shia al-Sudani", "محمد شياع صبار حاتم السوداني");
        same("Omar Al-Omar", "عمر سعود عبدالعزيز العمر");
        same("Abdullatif Al Shamsi", "الدكتور عبد اللطيف محمد الشامسي");
        same("Azim Premji", "عظيم هاشم بريمجي");
        apart("Omar Al-Omar", "عمر سعود عبدالعزيز الشامسي", "another family");
        apart("Mohammed Shia al-Sudani", "شياع محمد السوداني", "the order turned");
        apart("Kuo Jyh-huei", "كو وين جي", "Ko Wen-je: an East Asian given name of as many words is no father's name");
        apart("Ali Koç", "علي طه كوتش", "a Turkish name carries no father's name");
    }

    @Test
    void aChainOfSonOfCutAfterTheFather() {
        same("Sultan bin Salman", "الأمير سلطان بن سلمان بن عبدالعزيز");
        apart("Mohammed bin Salman", "محمد بن زايد بن سلمان", "Salman is the grandfather");
        apart("Mohammed bin Salman", "الأمير محمد بن سلمان آل خليفة", "a family name the Latin does not say");
    }

    @Test
    void theArticleBeforeAnAyn() {
        same("Fadi Aloul", "الدكتور فادي أحمد العلول");
        apart("Fadi Aloul", "فادي العلي", "Al Ali");
    }

    @Test
    void translatedInstitutionsSetSeven() {
        for (String[] p : new String[][] {
                {"Kingdom Holding", "المملكة القابضة"},
                {"Kingdom Holding Company", "شركة المملكة القابضة"},
                {"Lebanese University", "الجامعة اللبنانية"},
                {"Maroc Telecom", "اتصالات المغرب"},
                {"Algérie Poste", "بريد الجزائر"},
                {"Ministry of Post and Telecommunications (Algeria)", "وزارة البريد والمواصلات السلكية واللاسلكية"},
                {"Higher Colleges of Technology", "مجمع كليات التقنية العليا"},
                {"Supreme Space Council", "المجلس الأعلى للفضاء"},
                {"GRIT Systems Engineering", "غريت سيستيمز الهندسية"},
                {"Silver Lake", "سيلفر ليك مانجمنت"},
                {"Silver Lake Partners", "سيلفر ليك"},
                {"Kuwait Foundation for the Advancement of Sciences", "مؤسسة الكويت للتقدم العلمي"},
                {"American University of Sharjah", "الجامعة الأميركية بالشارقة"},
                {"Communication and Information Technology Regulatory Authority (Kuwait)", "هيئة الاتصالات وتقنية المعلومات"},
                {"Topco Scientific", "توبكو ساينتيفيك"}}) {
            same(p[0], p[1]);
        }
        apart("Lebanese University", "الجامعة اللبنانية الأميركية", "the Lebanese American University");
        apart("Maroc Telecom", "اتصالات الإمارات", "the UAE's Etisalat");
        apart("Kingdom Holding", "مجموعة المملكة", "a group, not a holding");
        apart("Supreme Space Council", "وكالة الفضاء السعودية", "an agency");
        apart("University of Sharjah", "الجامعة الأميركية بالشارقة", "the American one");
        apart("Mohammed V University", "جامعة محمد الخامس بالرباط", "in Rabat, which the Latin does not say");
        apart("Ministry of Post and Telecommunications (Algeria)", "وزارة الاتصالات وتكنولوجيا المعلومات",
                "post and information technology are two words");
        apart("Ministry of Communications and Technology (Syria)", "وزارة الاتصالات وتقانة المعلومات",
                "information, a word the Latin lacks, counts though the place costs nothing");
        apart("Communication and Information Technology Regulatory Authority (Kuwait)", "هيئة الاتصالات والفضاء والتقنية",
                "Saudi Arabia's CST");
        apart("Telecommunications Regulatory Authority (UAE)", "هيئة تنظيم قطاع الاتصالات", "Jordan's TRC");
    }
}
