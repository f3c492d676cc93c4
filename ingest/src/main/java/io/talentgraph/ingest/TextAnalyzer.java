package io.talentgraph.ingest;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Splits text into sentences and tokens with offsets into the original text. English uses Apache OpenNLP's
 * sentence and token models when their jars are on the classpath (loaded once per JVM, on first use);
 * otherwise, and always for Arabic (OpenNLP ships no Arabic models), sentences come from the JDK's
 * {@link BreakIterator} and words from Lucene's {@link StandardTokenizer} (Unicode word boundaries).
 * Punctuation between words becomes tokens of its own, since the rules read commas and quotes.
 */
final class TextAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(TextAnalyzer.class);

    /**
     * A token.
     *
     * @param start offset of its first char in the article (UTF-16, as Java strings count)
     * @param end   offset after its last char
     * @param text  the text as written
     * @param norm  its {@link Norm normalized} form
     */
    public record Token(int start, int end, String text, String norm) {
        /** @return whether it is a word or a number rather than punctuation */
        public boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        /** @return whether its first letter is a capital (English names) */
        public boolean capitalized() {
            return Character.isUpperCase(text.charAt(0));
        }

        /** @return whether it is written in Latin letters */
        public boolean latin() {
            return Norm.isLatin(text.charAt(0));
        }

        /** @return whether it is written in Arabic letters */
        public boolean arabic() {
            return Norm.isArabic(text.charAt(0));
        }
    }

    /**
     * A sentence.
     *
     * @param index     its position in the article, from 0
     * @param paragraph the paragraph it belongs to, from 0
     * @param start     offset of its first char
     * @param end       offset after its last char
     * @param tokens    its tokens
     */
    public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {
        /**
         * Defensive copy.
         *
         * @param index     its position in the article, from 0
         * @param paragraph the paragraph it belongs to, from 0
         * @param start     offset of its first char
         * @param end       offset after its last char
         * @param tokens    its tokens
         */
        public Sentence {
            tokens = List.copyOf(tokens);
        }
    }

    private final boolean useModels;

    private TextAnalyzer(boolean useModels) {
        this.useModels = useModels;
    }

    /** @return an analyzer that uses OpenNLP's English models when they are on the classpath */
    public static TextAnalyzer withModels() {
        return new TextAnalyzer(true);
    }

    /** @return an analyzer that never loads a model */
    public static TextAnalyzer withoutModels() {
        return new TextAnalyzer(false);
    }

    /**
     * @param language a language
     * @return which engine splits that language: {@code opennlp} or {@code jdk+lucene}
     */
    public String engine(Language language) {
        return language == Language.EN && useModels && Models.available() ? "opennlp" : "jdk+lucene";
    }

    /**
     * @param text     the article
     * @param language its language
     * @return its sentences, paragraph by paragraph
     */
    public List<Sentence> analyze(String text, Language language) {
        boolean models = engine(language).equals("opennlp");
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int at = 0;
        while (at < text.length()) {
            int lineEnd = text.indexOf('\n', at);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(at, lineEnd);
            if (!line.isBlank()) {
                for (int[] span : sentenceSpans(line, language, models)) {
                    int start = at + span[0];
                    int end = at + span[1];
                    List<Token> tokens = tokens(text, start, end, models);
                    if (!tokens.isEmpty()) {
                        sentences.add(new Sentence(sentences.size(), paragraph, tokens.get(0).start(),
                                tokens.get(tokens.size() - 1).end(), tokens));
                    }
                }
                paragraph++;
            }
            at = lineEnd + 1;
        }
        return sentences;
    }

    private static List<int[]> sentenceSpans(String line, Language language, boolean models) {
        List<int[]> spans = new ArrayList<>();
        if (models) {
            for (Span s : Models.sentences().sentPosDetect(line)) {
                spans.add(new int[] {s.getStart(), s.getEnd()});
            }
            return spans;
        }
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language.code()));
        it.setText(line);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            spans.add(new int[] {start, end});
        }
        return spans;
    }

    private static List<Token> tokens(String text, int start, int end, boolean models) {
        String sentence = text.substring(start, end);
        List<int[]> words = new ArrayList<>();
        if (models) {
            for (Span s : Models.tokens().tokenizePos(sentence)) {
                words.add(new int[] {s.getStart(), s.getEnd()});
            }
        } else {
            words = luceneWords(sentence);
        }
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int[] w : words) {
            punctuation(text, start, at, w[0], tokens);
            splitScripts(text, start + w[0], start + w[1], tokens);
            at = w[1];
        }
        punctuation(text, start, at, sentence.length(), tokens);
        return tokens;
    }

    private static List<int[]> luceneWords(String sentence) {
        List<int[]> words = new ArrayList<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new StringReader(sentence));
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                words.add(new int[] {offset.startOffset(), offset.endOffset()});
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Every non-blank char between words is a token: the rules read commas, colons and quotes. */
    private static void punctuation(String text, int base, int from, int to, List<Token> tokens) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(base + i);
            if (!Character.isWhitespace(c) && c != '\u200F' && c != '\u200E' && c != '\u00A0') {
                tokens.add(token(text, base + i, base + i + 1));
            }
        }
    }

    /**
     * Arabic prefixes stick to the Latin names that follow them ("وGoogle"), and an English possessive
     * to its noun ("Meta's"): both become tokens of their own, so names match.
     */
    private static void splitScripts(String text, int start, int end, List<Token> tokens) {
        int from = start;
        for (int i = start + 1; i < end; i++) {
            boolean before = Norm.isArabic(text.charAt(i - 1));
            boolean here = Norm.isArabic(text.charAt(i));
            if (before != here && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i))) {
                tokens.add(token(text, from, i));
                from = i;
            }
        }
        String rest = text.substring(from, end);
        int possessive = Math.max(rest.endsWith("'s") ? rest.length() - 2 : -1, rest.endsWith("\u2019s") ? rest.length() - 2 : -1);
        if (possessive > 0) {
            tokens.add(token(text, from, from + possessive));
            tokens.add(token(text, from + possessive, end));
        } else {
            tokens.add(token(text, from, end));
        }
    }

    private static Token token(String text, int start, int end) {
        String t = text.substring(start, end);
        return new Token(start, end, t, Norm.of(t));
    }

    /** OpenNLP's English models, loaded once per JVM on first use. */
    static final class Models {
        private static volatile Boolean available;
        private static SentenceModel sentenceModel;
        private static TokenizerModel tokenizerModel;
        private static long loadMillis;

        private Models() {
        }

        static boolean available() {
            if (available == null) {
                load();
            }
            return available;
        }

        static long loadMillis() {
            available();
            return loadMillis;
        }

        /** The models are thread-safe; the ME wrappers are not, so each call gets its own (they are cheap). */
        static SentenceDetectorME sentences() {
            return new SentenceDetectorME(sentenceModel);
        }

        static TokenizerME tokens() {
            return new TokenizerME(tokenizerModel);
        }

        private static synchronized void load() {
            if (available != null) {
                return;
            }
            long started = System.nanoTime();
            String sentence = null;
            String tokens = null;
            try {
                Enumeration<URL> all = TextAnalyzer.class.getClassLoader().getResources("model.properties");
                while (all.hasMoreElements()) {
                    Properties p = new Properties();
                    try (InputStream in = all.nextElement().openStream()) {
                        p.load(in);
                    }
                    String name = p.getProperty("model.name", "");
                    if ("en".equals(p.getProperty("model.language"))) {
                        if (name.contains("-sentence-")) {
                            sentence = name;
                        } else if (name.contains("-tokens-")) {
                            tokens = name;
                        }
                    }
                }
                if (sentence == null || tokens == null) {
                    LOG.info("OpenNLP's English models are not on the classpath; English is split by the JDK and Lucene");
                    available = false;
                    return;
                }
                try (InputStream s = TextAnalyzer.class.getClassLoader().getResourceAsStream(sentence);
                     InputStream t = TextAnalyzer.class.getClassLoader().getResourceAsStream(tokens)) {
                    sentenceModel = new SentenceModel(s);
                    tokenizerModel = new TokenizerModel(t);
                }
                loadMillis = (System.nanoTime() - started) / 1_000_000;
                LOG.debug("Loaded OpenNLP models {} and {} in {} ms", sentence, tokens, loadMillis);
                available = true;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not load OpenNLP's English models ({}); English is split by the JDK and Lucene", e.toString());
                available = false;
            }
        }
    }

    /** @return milliseconds the first load of the English models took (0 when they are absent) */
    public static long modelLoadMillis() {
        return Models.loadMillis();
    }
}
