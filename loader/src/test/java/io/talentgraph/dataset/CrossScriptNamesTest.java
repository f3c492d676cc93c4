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
 * tuned on, and blind sets 1 to 8, each written and committed before the matcher first ran on it and development
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
     * 1 to 8 at their figures after the rules their errors called for. Set 1's first run found 63 of 66 with 3
     * false matches, set 2's 102 of 118 with 4, set 3's 160 of 181 with 3, set 4's 149 of 180 with none, set 5's 135
     * of 183 with 4, set 6's 138 of 181 with 2, set 7's 149 of 185 with 1, set 8's 139 of 180 with none (each held
     * here, blind, until rules were written for its errors); the development pairs gave 85 and none before set 2's
     * rules, 88 and none before set 3's.
     */
    @ParameterizedTest(name = "{0}: at least {1} found, at most {2} false")
    @CsvSource({
            // blind set 9's first run, with set 8's rules (nothing tuned on it): 137 of 180, none false. Missed: media and
            // telecoms named by what they are (BBC / هيئة الإذاعة البريطانية, Orange Egypt, Sabafon, صحيفة / مجلة / قناة
            // before a title), universities and schools translated, names with a royal or official title, a father's
            // name or a second given name the Latin lacks, names run together (قاسم جومارتتوكاييف)
            "name-pairs-blind-9.tsv, 137, 0",
            // blind set 8, with set 6's rules (its first run: nothing tuned on it) 139 of 180, none false; with set 7's
            // rules (still nothing tuned on it) 142, none false; after its rules 168 and none. Left: brands that are an
            // Arabic word or a Persian one (Jawwal / شركة الاتصالات الخلوية الفلسطينية, Almadar, Islamic Azad / الحرة), a
            // word one name has (Korek Telecom / كوريك; Libya Post's short form), a page's misprint (لوساسيل), David /
            // دايفد, the ayn of Abdel Moneim, Charles Hage / شارل الحاج (an article the Latin leaves out still counts),
            // Bola Tinubu against تينوبو بولا أحمد and أحمد تينوبو
            "name-pairs-blind-8.tsv, 168, 0",
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
            // OSTP against an Arabic that adds "White House", and Technion / معهد التخنيون (a kind of organization the
            // Latin lacks) stay missed; Tel Aviv University / جامعة تل أبيب (v written ب) is found since set 8's rules, Tel
            // Aviv a place of the table
            "name-pairs-blind-4.tsv, 176, 0",
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
        apart("Amazon", "أمازونيا", "Amazonia");
        same("Amazon", "أمازون");
        same("Meta", "ميتا", "a Latin final vowel written");
        same("Google", "جوجل", "a Latin final e not written");
        same("Alibaba", "علي بابا", "split into words differently");
    }

    @Test
    void extraConsonantsAndASyllableMoreKeepAWordApart() {
        apart("Anthropic", "أنثروبولوجيا", "anthropology");
        same("Anthropic", "أنثروبيك");
    }

    @Test
    void aLatinConsonantIsNotTakenForAnArabicFinalVowel() {
        apart("Yann LeCun", "يان ليكه", "Jan Leike");
        same("Yann LeCun", "يان لوكان");
        same("Andrej Karpathy", "أندريه كارباثي", "the ه of Andrej, not a syllable");
    }

    @Test
    void theTOfAnArabicTsMayStandForATOrForNothing() {
        same("Tesla", "تسلا");
        same("Ilya Sutskever", "إيليا سوتسكيفر");
        apart("Tesla", "تيسلر", "Tesler");
    }

    @Test
    void aCBeforeEOrIIsAnS() {
        same("Hugging Face", "هاغينغ فيس");
        same("Tencent", "تينسنت");
        apart("Alice", "أليك", "Alec");
        same("Cohere", "كوهير", "before o, a k");
    }

    @Test
    void aNameSpelledByItsLettersIsReadByTheirNames() {
        same("xAI", "إكس إيه آي");
        same("IBM", "آي بي إم");
        same("SpaceX", "سبيس إكس");
        apart("xAI", "إكس", "X, the social network");
        same("NVIDIA", "إنفيديا", "capitals that read as a word");
    }

    // Blind set 2's errors: for each, a pair that now matches and a namesake that stays apart.

    @Test
    void aSyllableWithoutConsonantsIsStillAWordOfTheName() {
        apart("Lee Kun-hee", "لي جاي يونغ", "Lee Jae-yong, his son");
        same("Lee Kun-hee", "لي كون هي");
        apart("Lei Jun", "لي كون هي", "Lee Kun-hee");
        same("AMD", "إيه إم دي");
        apart("Meta", "إيه إم دي", "AMD");
    }

    @Test
    void aGivenNameThatIsAnotherWordIsAnotherPersonWhateverTheFamilyName() {
        apart("Haluk Bayraktar", "سلجوق بيرقدار", "his brother Selçuk");
        same("Selçuk Bayraktar", "سلجوق بيرقدار");
        apart("Selçuk Bayraktaroğlu", "سلجوق بيرقدار", "a family name and a suffix");
        same("Koray Kavukcuoglu", "كوراي كافوكجو أوغلو", "the suffix written apart");
    }

    @Test
    void aLatinFinalVowelThatIsSaidIsWrittenInArabic() {
        apart("Anghami", "أنغام", "the singer Angham");
        same("Anghami", "أنغامي");
        same("Clement Delangue", "كليمنت ديلانغ", "the u of a final gue is not said");
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
            same(p[0], p[1], p[0]);
        }
        apart("King Abdulaziz City for Science and Technology", "جامعة الملك عبدالله للعلوم والتقنية", "KACST and KAUST");
        apart("California Institute of Technology", "معهد ماساتشوستس للتكنولوجيا", "Caltech and MIT");
        apart("Technology Innovation Institute", "مجلس أبحاث التكنولوجيا المتطورة", "TII and ATRC");
        apart("Alibaba Cloud", "مجموعة علي بابا", "a unit and its group");
        apart("Institute", "معهد", "a kind of organization names none");
    }

    @Test
    void aFamilyNameFirstNameMeetsItsWesternShortForm() {
        same("Tan Hock Eng", "هوك تان");
        apart("Lip-Bu Tan", "هوك تان", "Hock Tan");
        apart("Lee Kun-hee", "لي جون", "Lei Jun: same order, a given name not cut");
    }

    @Test
    void lettersOtherLanguagesSayOtherwise() {
        same("Wojciech Zaremba", "فويتشخ زاريمبا", "Polish w and ch");
        apart("Wojciech Jaruzelski", "فويتشخ زاريمبا", "the general");
        same("Timothée Lacroix", "تيموثي لاكروا", "a silent final x");
        apart("Timothée Chalamet", "تيموثي لاكروا");
        same("Jan Leike", "يان لايكه", "a j said as y");
        apart("Jan Leike", "لي جاي يونغ", "Lee Jae-yong");
        same("Yoshua Bengio", "يوشوا بنجيو", "the g of ng said");
    }

    @Test
    void aiSpelledByItsLettersIsAiAndATrailingAiStillCounts() {
        same("Inflection AI", "إنفلكشن إي آي");
        apart("Inflection AI", "إنفيديا", "NVIDIA");
        // left as a miss: from the names alone, "X AI" against "X" may be a company and its short name or a unit and
        // its company (Microsoft AI), and only a word both names have makes them one
        apart("Perplexity AI", "بيربلكسيتي");
        apart("Baidu Research", "بايدو", "a unit and its company");
    }

    @Test
    void anArabicCompoundIsJoinedOnlyInOrderAndOnlyExactly() {
        same("ByteDance", "بايت دانس");
        apart("Anthropic", "أندرو نغ", "Andrew Ng");
        apart("Amazon", "ماسايوشي سون", "Masayoshi Son");
        same("Khaldoon Khalifa Al Mubarak", "خلدون خليفة المبارك", "the article written with the name");
        same("Sultan Ahmed Al Jaber", "سلطان بن أحمد الجابر", "bin, son of");
        same("Ben Horowitz", "بن هوروفيتز", "first, بن is Ben");
    }

    // Blind set 3's errors: for each rule, pairs that now match and namesakes, units and brands that stay apart.

    @Test
    void digitsAreAWordOfTheirOwnInEitherScriptsDigits() {
        same("G42", "جي 42");
        same("G42", "جي42");
        same("G42", "جي ٤٢", "Arabic-Indic digits");
        same("Core42", "كور42");
        apart("G42", "كور42", "Core42");
        apart("Cohere", "كور42", "digits are not nothing");
        apart("G42", "جي 24");
    }

    @Test
    void capitalsMayBeReadByTheirLettersWithDotsBetween() {
        same("ASML", "إيه إس إم إل");
        same("MGX", "إم.جي.إكس");
        same("HSBC", "إتش إس بي سي");
        same("DARPA", "داربا", "read as a word");
        apart("ASML", "إيه إس إم إنترناشونال", "ASM International");
        apart("MGX", "إم بي سي", "MBC");
    }

    @Test
    void anArabicSyllableWithoutConsonantIsAVowelOfTheWordItJoins() {
        same("Zhang Yiming", "تشانغ يي مينغ");
        same("Zhang Yiming", "تشانغ يي مين");
        same("Zhou Hongyi", "تشو هونغ يي", "a glide syllable last");
        apart("Zhang Ming", "تشانغ يي مينغ", "Yiming is not Ming");
        same("Mobileye", "موبيل آي");
        apart("Mobile", "موبيل آي", "a syllable, not a silent e");
        same("Adam D'Angelo", "آدم دي'أنجيلو", "an elided vowel");
    }

    @Test
    void lettersOtherLanguagesSayOtherwiseSetThree() {
        same("Xavier Niel", "كزافييه نيل", "French x and -ier");
        apart("Xavier Niel", "كزافييه بيتيل", "Xavier Bettel");
        same("Eric Xing", "إريك زينغ");
        same("Haluk Bayraktar", "خلوق بيرقدار", "Turkish h for خ");
        apart("Haluk Bayraktar", "سلجوق بيرقدار", "his brother Selçuk");
        same("Ibn Haldun University", "جامعة ابن خلدون", "Ibn first in the name");
        same("Kazem", "كاظم", "ظ said z");
        same("Nawat AI", "نواة للذكاء الاصطناعي", "a ta marbuta said t");
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
            same(p[0], p[1], p[0]);
        }
        apart("Qatar Investment Authority", "جهاز أبوظبي للاستثمار", "ADIA");
        apart("Public Investment Corporation", "صندوق الاستثمارات العامة", "South Africa's PIC and the PIF");
        apart("National Institute of Standards and Technology", "المعاهد الوطنية للصحة", "NIST and NIH");
        apart("Future of Life Institute", "معهد مستقبل الإنسانية", "Future of Humanity Institute");
        apart("Max Planck Institute for Intelligent Systems", "معهد ماكس بلانك للفيزياء", "another institute of the society");
        same("Corey", "كوري", "an adjective needs the article");
        apart("Public Investment", "العامة", "generic words only");
        // a generic word may be a name too: the Arabic is also compared as it sounds
        for (String[] p : new String[][] {{"TAQA", "طاقة"}, {"Madinat Zayed", "مدينة زايد"}, {"Banque Misr", "بنك مصر"}}) {
            same(p[0], p[1], p[0]);
        }
        apart("Mohd", "معهد", "a kind alone names none, however it sounds");
    }

    @Test
    void organizationsOfTwoKindsAreTwoOrganizations() {
        apart("Abu Dhabi Investment Office", "جهاز أبوظبي للاستثمار", "an office and an authority");
        same("Orion Lab", "مختبرات أوريون", "one kind in the singular and plural");
        apart("Korea Advanced Institute of Science and Technology", "المعهد الياباني المتقدم للعلوم والتكنولوجيا", "JAIST: the generic words alike, the own ones not");
    }

    @Test
    void theIDiphthongIsWrittenWithAYa() {
        apart("Humane", "هيوماين", "Humain");
        same("Humain", "هيوماين");
        same("Humain", "هيومان");
        apart("Baidu", "بادو", "Badoo");
        same("Baidu", "بايدو");
        for (String[] p : new String[][] {{"Craig Federighi", "كريغ فيديريغي"}, {"Kevin Weil", "كيفن ويل"},
                {"Wael", "وائل"}, {"Aisha", "عائشة"}, {"Alain", "آلان"}, {"Britain", "بريطانيا"}, {"Michael", "مايكل"}}) {
            same(p[0], p[1], p[0]);
        }
        // left: Mobily's ي is the i of Mobileye as the letters go; only how the final syllable is said differs
        same("Mobileye", "موبايلي");
    }

    @Test
    void theIssuesExamples() {
        same("Jakub Pachocki", "ياكوب باخوتسكي");
        same("Demis Hassabis", "ديميس هاسابيس");
        same("Demis Hassabis", "ديمس حسابيس");
        assertThat(CrossScriptNames.similarity("Denis Hassan", "ديميس هاسابيس")).isLessThan(0.6);
        apart("Jack Altman", "سام ألتمان", "brothers");
        same("Google DeepMind", "جوجل ديب مايند");
        apart("Microsoft AI", "مايكروسوفت", "a unit and its company");
        same("Mistral AI", "ميسترال للذكاء الاصطناعي");
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
            same(p[0], p[1], p[0]);
        }
        apart("Ministry of Science and ICT", "وزارة الاتصالات وتقنية المعلومات", "ICT is not communications and IT");
        apart("Mohammed VI Polytechnic University", "جامعة محمد الخامس", "Mohammed V University");
        apart("Aramco Digital", "أرامكو السعودية", "Saudi Aramco");
        apart("Tata Consultancy Services", "تاتا موتورز");
        same("Hamad Al Thani", "حمد آل ثاني", "Thani is a name, not the second");
    }

    @Test
    void nationalMayStandForTheCountry() {
        same("Israel National Cyber Directorate", "هيئة السايبر الوطنية");
        apart("Israel National Cyber Directorate", "الهيئة الوطنية للأمن السيبراني", "Saudi Arabia's National Cybersecurity Authority");
        apart("Qatar National Research Fund", "الصندوق الوطني الكويتي للأبحاث", "another country named");
    }

    @Test
    void lettersOtherLanguagesSayOtherwiseSetFour() {
        same("Li Qiang", "لي تشيانغ", "pinyin q");
        same("Qatar", "قطر");
        same("Fatih Kacır", "فاتح قاجر", "Turkish c");
        same("Mehmet Fatih Kacır", "محمد فاتح كاجر");
        same("Selçuk Bayraktar", "سلجوق بيرقدار");
        same("Christophe Fouquet", "كريستوف فوكيه", "French -et");
        same("Janet", "جانيت");
        apart("Janet", "جان", "the t is a t or a vowel, not nothing");
        same("Brad Lightcap", "براد لايت كاب", "English igh");
        same("La French Tech", "فرنچ تيك", "a Persian letter, an article dropped");
    }

    @Test
    void aHyphenatedGivenNameMayBeOneArabicWord() {
        same("Kim Tae-yoon", "كيم تايون");
        apart("Kim Tae-won", "كيم تايون", "a w the skeleton drops");
        apart("Lee Jae-yong", "لي جون", "Lei Jun: the y of yong is written");
        apart("Han Jin-man", "جنسن هوانغ", "Jensen Huang: one word exactly");
        apart("Chey Tae-won", "تشيه يون تشونغ", "his daughter Chey Yoon-jung");
        apart("Chung Eui-sun", "تشيه يون تشونغ", "joined Latin, not joined Arabic");
        same("SparkCognition", "سبارك كوجنيشن", "a compound's parts said apart");
    }

    @Test
    void titlesFathersNamesInitialsAndSilentLetters() {
        same("Tamim bin Hamad Al Thani", "الشيخ تميم بن حمد آل ثاني", "a title");
        same("Ahmed Al-Suwaiyan", "أحمد بن محمد الصويان", "a father's name left out");
        apart("Mohammed bin Salman", "محمد بن زايد", "a father's name written is compared");
        same("Isaac Ben-Israel", "إسحاق بن اسرائيل", "Hebrew ben, son of");
        same("Ben Horowitz", "بن هوروفيتز");
        same("Amr Talaat", "عمرو طلعت", "the silent و of عمرو");
        same("John J. Hopfield", "جون ج. هوپفيلد", "an initial as its letter");
        same("John J. Hopfield", "جون جي هوبفيلد", "an initial by its name");
        apart("John B. Hopfield", "جون ج. هوپفيلد");
    }

    @Test
    void aSignIsTheWordItIsSaidAs() {
        same("e&", "إي آند");
        same("AT&T", "إيه تي آند تي");
        apart("e&", "دو", "du");
        apart("e&", "إي", "the sign is a word");
    }

    // Blind set 5's errors: for each rule, pairs that now match and look-alikes that stay apart.

    @Test
    void aPersonsNameKeepsItsOrder() {
        apart("Amin H. Nasser", "ناصر أمين", "turned round");
        apart("Amin Nasser", "ناصر أمين");
        same("Amin Nasser", "أمين ناصر");
        apart("Mohammed bin Ali Al Mannai", "علي بن محمد المناعي", "father and son across bin");
        same("Mohammed bin Ali Al Mannai", "محمد بن علي المناعي");
        same("Chung Mong-koo", "مونج كو تشونج", "a family name moved to the end");
        same("Tan Hock Eng", "هوك تان");
    }

    @Test
    void theArticleIsNoLetterOfAFamilyName() {
        apart("Khalid Al-Falih", "خالد الفيصل", "Al-Faisal");
        same("Khalid Al-Falih", "خالد الفالح");
        same("Alexander", "ألكسندر");
    }

    @Test
    void aNoteInParenthesesIsReadAwayOnlyAgainstANameThatSaysNoCountry() {
        apart("Ministry of Communications and Information Technology (Qatar)", "وزارة الاتصالات وتكنولوجيا المعلومات المصرية", "Egypt's");
        same("Ministry of Industry and Technology (Turkey)", "وزارة الصناعة والتكنولوجيا التركية");
        apart("Ministry of Industry and Technology (Turkey)", "وزارة الصناعة والتكنولوجيا المتقدمة الإماراتية", "the UAE's");
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
            same(p[0], p[1], p[0]);
        }
        apart("Israel Aerospace Industries", "شركة الصناعات الجوية والفضائية التركية", "Turkish Aerospace");
        apart("U.S. Department of Commerce", "وزارة التجارة الصينية", "China's");
        apart("Bureau of Industry and Security", "مجلس الصناعة والأمن", "a council");
        apart("Koç Holding", "مجموعة كوتش", "a group alone is another kind");
        apart("Israel Innovation Authority", "هيئة الابتكار السعودية", "another country named");
    }

    @Test
    void titlesFathersNamesAndSpellingsSetFive() {
        same("Amin Nasser", "المهندس أمين ناصر", "a title");
        same("Azim Premji", "عظيم هاشم بريمجي", "a father's name without bin");
        apart("Azim Premji", "بريمجي هاشم عظيم", "in order only");
        apart("Ali Koç", "علي طه كوتش", "a Turkish name has no father's name");
        apart("Zhang Ming", "تشانغ يي مينغ", "a syllable is no father's name");
        same("Ali Koç", "علي كوتش", "Turkish ç");
        same("Recep Tayyip Erdoğan", "رجب طيب إردوغان", "a Turkish name's c");
        apart("Recep Tayyip Erdoğan", "رسب طيب إردوغان");
        same("Najib Mikati", "نجيب ميقاتي");
        apart("Najib Mikati", "نجيب ميقات", "the final vowel is said");
        same("Jean-Noël Barrot", "جان نويل بارو", "a silent French final t");
        same("Dassault Systèmes", "داسو سيستمز");
        apart("Jean-Noël Barrot", "جان نويل بار", "a t or a vowel, not nothing");
        same("Dror Bin", "درور بين", "a final bin is a name");
        apart("Dror Bin", "درور");
    }

    @Test
    void aDotAndADigitAreReadAsSaid() {
        same("JD.com", "جيه دي دوت كوم");
        same("4Paradigm", "فور باراديغم");
        apart("4Paradigm", "باراديغم");
        apart("JD.com", "جيه دي");
    }

    // Blind set 6's errors: for each rule, pairs that now match and look-alikes that stay apart.

    @Test
    void titlesOfOfficeAndTheCountryTheyAreOf() {
        same("Friedrich Merz", "المستشار الألماني فريدريش ميرتس");
        same("Paul Nakasone", "الجنرال بول ناكاسوني");
        apart("Friedrich Merz", "المستشار الألماني أولاف شولتس", "another chancellor");
        same("General Atomics", "جنرال أتوميكس", "General in a company's name");
    }

    @Test
    void gulfFamilyNamesAfterTheArticleAndAFinalAyn() {
        same("Ali Al Hashemi", "علي الهاشمي", "the h after the article");
        same("Reem Al Hashimy", "ريم بنت إبراهيم الهاشمي");
        apart("Ali Al Hashemi", "علي الهاملي", "Al Hameli");
        same("Ahmed al-Sharaa", "أحمد الشرع", "a final ayn said as a vowel");
        apart("Ahmed al-Sharaa", "أحمد الشاعر", "al-Shaer");
    }

    @Test
    void persianTurkishAndNordicLetters() {
        same("Javad Azari Jahromi", "جواد آذري جهرمي", "a Persian v written و");
        apart("Ivan Zhang", "وانغ شينغ", "Wang Xing: the w of Wang is no v");
        apart("Kevan Parekh", "جون باريخ", "the vowel و is no v");
        same("Mehmet Fatih Kacır", "محمد فاتح قجر", "ق and ج are two letters");
        apart("Fatih Kacır", "فاتح قر");
        same("Börje Ekholm", "بوريه إيكهولم", "a j said y after a consonant");
        apart("Xu Zhijun", "تشو جيان", "Zhou Jian: not after a vowel");
    }

    @Test
    void anAlefThatStartsAWordIsAVowelTheLatinSays() {
        apart("Chung Shin-a", "تشونغ إيسون", "Chung Eui-sun");
        same("Euisun Chung", "إيسون تشونغ");
        same("NVIDIA", "إنفيديا", "a vowel before a cluster");
        same("NCSoft", "إن سي سوفت", "capitals before a word");
        apart("NCSoft", "إن سي");
    }

    @Test
    void aNoteInArabicParenthesesIsTheShortName() {
        same("CERN", "المنظمة الأوروبية للأبحاث النووية (سيرن)");
        same("Misk Foundation", "مؤسسة محمد بن سلمان الخيرية (مسك)", "with the name's kind");
        apart("Mossad", "جهاز الأمن العام (الشاباك)");
        apart("Egypt", "وزارة الاتصالات (مصر)", "a place names no entity");
    }

    @Test
    void aLatinNoteReadAwayLeavesTheNameExactly() {
        apart("Telecommunications Regulatory Authority (UAE)", "هيئة تنظيم قطاع الاتصالات", "Jordan's, a word more");
        same("Ministry of Communications and Information Technology (Egypt)", "وزارة الاتصالات وتكنولوجيا المعلومات");
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
            same(p[0], p[1], p[0]);
        }
        apart("UAE Space Agency", "وكالة الفضاء السعودية", "Saudi Arabia's");
        apart("Digital Cooperation Organization", "منظمة التعاون الإسلامي", "the Organisation of Islamic Cooperation");
        apart("Sharif University of Technology", "جامعة أصفهان الصناعية", "Isfahan's");
        apart("Qatar Science & Technology Park", "واحة دبي للسيليكون", "Dubai Silicon Oasis");
        apart("Kuwait Investment Authority", "الهيئة العامة للاستثمار والمناطق الحرة", "Egypt's GAFI");
        apart("Union of Chambers and Commodity Exchanges of Turkey", "بورصة إسطنبول", "Borsa Istanbul");
    }

    private static void same(String latin, String arabic) {
        assertThat(CrossScriptNames.similarity(latin, arabic)).as(latin + " / " + arabic)
                .isGreaterThanOrEqualTo(CrossScriptNames.LIKELY_SAME);
    }

    private static void apart(String latin, String arabic) {
        assertThat(CrossScriptNames.similarity(latin, arabic)).as(latin + " / " + arabic)
                .isLessThan(CrossScriptNames.LIKELY_SAME);
    }

    private static void same(String latin, String arabic, String why) {
        assertThat(CrossScriptNames.similarity(latin, arabic)).as(latin + " / " + arabic + ": " + why)
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

    // Blind set 8's errors: for each rule, pairs that now match and look-alikes that stay apart.

    @Test
    void wordsOfOperatorsRegulatorsAndStateBodies() {
        for (String[] p : new String[][] {
                {"Federal Communications Commission", "لجنة الاتصالات الفدرالية"},
                {"Federal Communications Commission", "هيئة الاتصالات الفيدرالية"},
                {"Communications and Media Commission (Iraq)", "هيئة الإعلام والاتصالات"},
                {"Heritage Foundation", "مؤسسة التراث"},
                {"General Authority for Military Industries", "الهيئة العامة للصناعات العسكرية"},
                {"Zhejiang Geely Automobile", "شركة تشجيانغ جيلي لصناعه السيارات"},
                {"America Móvil", "أمريكا موبيل"},
                {"Vingroup", "فينغروب جيه إس سي"},
                {"Central Bank of Egypt", "البنك المركزي المصري"},
                {"Ministry of Foreign Affairs (Oman)", "وزارة الخارجية العمانية"},
                {"Abu Dhabi Securities Exchange", "سوق أبوظبي للأوراق المالية"},
                {"Saudi Arabian Airlines", "الخطوط الجوية العربية السعودية"},
                {"Islamic Development Bank", "البنك الإسلامي للتنمية"}}) {
            same(p[0], p[1], p[0]);
        }
        apart("Federal Trade Commission", "لجنة الاتصالات الفيدرالية", "the FTC");
        apart("Federal Communications Commission", "هيئة الاتصالات والفضاء والتقنية", "Saudi Arabia's CST");
        apart("Communications and Media Commission (Iraq)", "وزارة الاتصالات العراقية", "the ministry");
        apart("Qatar Airways", "الخطوط الجوية الكويتية", "Kuwait Airways");
        apart("National Bank of Kuwait", "بنك الكويت المركزي", "the central bank");
    }

    @Test
    void aPlaceOfTheTableIsThatPlace() {
        same("Hebron University", "جامعة الخليل", "الخليل is Hebron");
        same("Tel Aviv University", "جامعة تل أبيب");
        same("An-Najah National University", "جامعة النجاح الوطنية", "the article written as the sun letter");
        apart("University of Bahrain", "جامعة الخليل", "Bahrain is not Hebron, however close they sound");
        apart("Hebron University", "جامعة بيت لحم", "Bethlehem University");
    }

    @Test
    void anOrganOfTheStateIsAnAuthorityAnAgencyOrAnOrganization() {
        same("National Intelligence Organization (Turkey)", "جهاز الاستخبارات الوطني");
        same("Qatar Investment Authority", "جهاز قطر للاستثمار");
        apart("Abu Dhabi Investment Office", "جهاز أبوظبي للاستثمار", "an office");
    }

    @Test
    void namesOfRegulatorsInFrench() {
        same("Agence Nationale de Réglementation des Télécommunications", "الوكالة الوطنية لتقنين الاتصالات");
        same("Agence Nationale de Réglementation des Télécommunications", "الوكالة الوطنية لتقنين المواصلات", "its old name");
        same("Autorité de Régulation de la Poste et des Télécommunications",
                "سلطة ضبط البريد والاتّصالات السلكية واللاّ سلكية");
        apart("Agence Nationale de Réglementation des Télécommunications", "الهيئة الوطنية للاتصالات", "Tunisia's INT");
        apart("Autorité de Régulation de la Poste et des Télécommunications", "الوكالة الوطنية لتقنين الاتصالات",
                "Morocco's ANRT, an agency");
        same("Robert De Niro", "روبرت دي نيرو", "de is a particle of a person's name");
    }

    @Test
    void aTelecomNamedByItsCountryAndTel() {
        same("Omantel", "الشركة العمانية للاتصالات");
        same("Paltel", "شركة الاتصالات الفلسطينية");
        same("Paltel Group", "مجموعة الاتصالات الفلسطينية");
        apart("Omantel", "أوريدو عمان", "Ooredoo Oman");
        apart("Paltel", "جوال", "Jawwal, its arm");
        apart("Paltel", "شركة الاتصالات الباكستانية", "Palestine is not Pakistan");
    }

    @Test
    void aCompanyIsNoPublicBodyAndItsHoldingIsIt() {
        apart("Pakistan Telecommunication Authority", "شركة الاتصالات الباكستانية", "the regulator and the company");
        apart("General Authority for Military Industries", "الشركة السعودية للصناعات العسكرية", "GAMI and SAMI");
        same("Libya Post, Telecommunications and Information Technology Company",
                "الشركة الليبية للبريد والاتصالات وتقنية المعلومات القابضة");
        same("Kuwait Petroleum Corporation", "مؤسسة البترول الكويتية", "a state corporation, an establishment");
        apart("Tabby", "دبي القابضة", "a name that says no company leaves no holding unsaid");
        apart("Emirates Integrated Telecommunications Company", "مؤسسة الإمارات للاتصالات", "du and Etisalat");
    }

    @Test
    void aGenericWordMayBeSaidAsPartOfABrand() {
        same("Palantir Technologies", "بالانتير تكنولوجيز");
        same("Palo Alto Networks", "بالو ألتو نتوركس");
        same("SoftBank Group", "مجموعة سوفت بنك");
        same("Topco Scientific", "توبكو ساينتيفيك");
        same("Royal Scientific Society", "الجمعية العلمية الملكية");
        same("General Civil Aviation Authority", "الهيئة العامة للطيران المدني");
        same("General Motors", "جنرال موتورز");
    }

    @Test
    void theArticleOfACompoundNameIsSaidAsTheSunLetter() {
        same("Abdeslam Ahizoune", "عبد السلام احيزون");
        same("Azzedine El Mountassir Billah", "عز الدين المنتصر بالله");
        same("Abd al-Aziz Al Saud", "عبد العزيز آل سعود");
        same("Abdurrahman Ali", "عبدالرحمن علي", "written as one word");
        same("Abu Bakr Ali", "أبو بكر علي", "two b, not one doubled");
        apart("Abdeslam Ahizoune", "عبد السلام هيكل", "Abdulsalam Haykal");
        apart("Emmett Shear", "أحمد الشرع", "a family name's article counts");
    }

    @Test
    void anAynStartsAWordWithItsVowel() {
        same("Eisa Zarepour", "عيسى زارع بور");
        same("Issa Ali", "عيسى علي");
        apart("Said Ali", "سعد علي", "Saad");
    }

    @Test
    void honorificsOfMalaysiaAndOfAddress() {
        same("Anwar Ibrahim", "داتوك سيري أنور إبراهيم");
        same("Demis Hassabis", "السير ديميس هاسابيس");
        apart("Anwar Ibrahim", "داتوك سيري مهاتير محمد", "Mahathir Mohamad");
        same("Tan Hock Eng", "هوك تان", "Tan alone is a family name");
    }

    @Test
    void aMiddleNameTheArabicLeavesOut() {
        same("Yuval Noah Harari", "يوفال هراري");
        apart("Yuval Noah Harari", "يوفال ديسكين", "Yuval Diskin");
        apart("Joseph E. Aoun", "جوزاف عون", "an initial tells namesakes apart");
    }

    @Test
    void aNameOfOpenSyllablesFamilyNameFirst() {
        same("Yoshihide Suga", "سوجا يوشيهيدى");
        apart("Yoshihide Suga", "نودا يوشيهيكو", "Yoshihiko Noda");
        apart("Amin Nasser", "ناصر أمين", "an Arabic name keeps its order");
        apart("Chen Yunji", "يون كي جونغ", "a Chinese family name of one syllable");
    }

    @Test
    void aLatinFinalHAfterAConsonantIsAnArabicFinalHa() {
        same("Nguyen Manh Hung", "نجوين مانه هونغ");
        apart("Nguyen Manh Hung", "نجوين شوان فوك", "Nguyen Xuan Phuc");
    }
}
