package io.talentgraph.cli;

import io.talentgraph.TalentGraphException;
import io.talentgraph.connect.Database;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.model.PartialDate;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.ingest.Article;
import io.talentgraph.ingest.Draft;
import io.talentgraph.ingest.DraftWriter;
import io.talentgraph.ingest.CorpusEvaluation;
import io.talentgraph.ingest.ExtractionEvaluation;
import io.talentgraph.ingest.Extractor;
import io.talentgraph.ingest.Gazetteer;
import io.talentgraph.ingest.Ingestion;
import io.talentgraph.ingest.Language;
import io.talentgraph.ingest.PatternExtractor;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.load.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Reading articles into drafts for review, and scoring drafts against reviewed datasets. */
final class IngestCommands {

    private IngestCommands() {
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Read a plain-text article (Arabic or English) and write a draft dataset of the facts it states, "
                    + "each with its quote, offsets, confidence and rule, pending review. Names are matched against the "
                    + "graph, the shipped datasets and --known datasets, in either script.")
    static final class Ingest implements Callable<Integer> {
        @Parameters(paramLabel = "ARTICLE", description = "The article, a UTF-8 text file.")
        Path article;

        @Option(names = "--lang", paramLabel = "ar|en", description = "Its language (default: detected).")
        String lang;

        @Option(names = "--outlet", paramLabel = "NAME", description = "Who published it.")
        String outlet;

        @Option(names = "--published", paramLabel = "DATE",
                description = "When (YYYY, YYYY-MM or YYYY-MM-DD); relative times such as \"last month\" resolve against it.")
        String published;

        @Option(names = {"-o", "--output"}, paramLabel = "DRAFT",
                description = "Where to write the draft (default: next to the article, NAME.draft.yaml).")
        Path output;

        @Option(names = "--known", paramLabel = "DATASET", description = "More datasets whose names the gazetteer knows.")
        List<Path> known = new ArrayList<>();

        @Option(names = "--no-graph", description = "Do not open the graph: match against shipped and --known datasets only.")
        boolean noGraph;

        @Option(names = "--no-shipped", description = "Do not match against the datasets TalentGraph ships.")
        boolean noShipped;

        @Option(names = "--no-models", description = "Do not load OpenNLP's English models (split English like Arabic).")
        boolean noModels;

        @Option(names = "--accept-all", description = "Trusted run: mark every fact accepted and load the draft into the graph.")
        boolean acceptAll;

        @Mixin
        ExtractorOptions extractors;

        @Mixin
        ConnectionOptions connection;

        private Map<String, String> env() {
            return ((Main) spec.root().userObject()).env();
        }

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (noGraph && acceptAll) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--accept-all loads the draft into the graph, so it cannot go with --no-graph.");
            }
            String text = readArticle(article);
            Language language = lang == null ? Language.detect(text) : Language.of(lang);
            PartialDate date = null;
            if (published != null) {
                try {
                    date = PartialDate.parse(published.strip());
                } catch (IllegalArgumentException e) {
                    throw new TalentGraphException("--published: " + e.getMessage());
                }
            }
            String name = article.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            if (name.equals("article") && article.toAbsolutePath().getParent() != null) {
                name = article.toAbsolutePath().getParent().getFileName().toString();
            }
            Article a = new Article(name, text, language, outlet, date);
            Gazetteer gazetteer = Gazetteer.empty();
            if (!noShipped) {
                gazetteer = gazetteer.with(Gazetteer.of(List.of(SeedDatasets.metaSuperintelligenceLabs())));
            }
            List<Dataset> knownDatasets = known.stream().map(DatasetReader::read).toList();
            if (!knownDatasets.isEmpty()) {
                gazetteer = Gazetteer.of(knownDatasets).with(gazetteer);
            }
            Path draftFile = output != null ? output
                    : article.toAbsolutePath().resolveSibling(article.getFileName().toString().replaceFirst("\\.[^.]+$", "")
                    + ".draft.yaml");
            PrintWriter out = spec.commandLine().getOut();
            Map<String, String> env = ((Main) spec.root().userObject()).env();
            if (noGraph) {
                extract(a, gazetteer, draftFile, out, null);
                return 0;
            }
            try (Database db = connection.open((Main) spec.root().userObject())) {
                gazetteer = Gazetteer.fromGraph(db).with(gazetteer);
                extract(a, gazetteer, draftFile, out, db);
            }
            return 0;
        }

        private void extract(Article a, Gazetteer gazetteer, Path draftFile, PrintWriter out, Database db) {
            Extractor extractor = extractors.create(noModels, env());
            long started = System.nanoTime();
            Draft draft = Ingestion.draft(extractor, a, gazetteer);
            long millis = (System.nanoTime() - started) / 1_000_000;
            DraftWriter.write(draft, draftFile, article, acceptAll);
            Map<String, Long> byType = draft.facts().stream().collect(Collectors.groupingBy(f -> f.type().key(),
                    LinkedHashMap::new, Collectors.counting()));
            long fresh = draft.entities().stream().filter(e -> !e.known()).count();
            out.println("Wrote " + draft.facts().size() + " facts " + byType + " and " + draft.entities().size()
                    + " entities (" + fresh + " new) to " + draftFile + " in " + millis + " ms ("
                    + a.language().code() + ", " + extractor.name()
                    + (extractor instanceof PatternExtractor p ? ", " + p.engine(a.language()) : "") + ", gazetteer of "
                    + gazetteer.size() + " names); the verifier rejected " + draft.rejected().size()
                    + (draft.rejected().isEmpty() ? "." : " (kept in the draft as review: rejected, with the reason)."));
            if (acceptAll) {
                LoadReport report = new GraphLoader(db).load(DatasetReader.read(draftFile));
                out.println("Loaded it (--accept-all): " + report.nodesCreated() + " nodes and "
                        + report.relationshipsCreated() + " relationships created.");
            } else {
                out.println("Review it (set each fact's review: accepted or rejected), then: ./talentgraph load " + draftFile);
            }
            out.flush();
        }
    }

    static String readArticle(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new TalentGraphException("Article not found: " + file.toAbsolutePath());
        } catch (CharacterCodingException e) {
            throw new TalentGraphException(file + " is not valid UTF-8: save the article as UTF-8 plain text and try again.");
        } catch (IOException e) {
            throw new TalentGraphException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Command(name = "eval-extract", mixinStandardHelpOptions = true,
            description = {"Precision and recall per relation type of a draft against a reviewed dataset of the same article.",
                    "With one DIR instead: ingest every article folder in it (article.txt + gold.yaml) with --extractor, "
                            + "through the verifier, and score the corpus: per relation, summed, and the two critical counts."})
    static final class EvalExtract implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DRAFT|DIR", description = "A draft written by ingest, or a corpus directory.")
        Path draft;

        @Parameters(index = "1", arity = "0..1", paramLabel = "GOLD", description = "The reviewed dataset (with a DRAFT).")
        Path gold;

        @Mixin
        ExtractorOptions extractors;

        @Option(names = "--no-shipped", description = "Corpus mode: do not match names against the datasets TalentGraph ships.")
        boolean noShipped;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Output.Format format;

        @Option(names = "--details", description = "Also list the facts missed and the facts not in the reviewed dataset.")
        boolean details;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (java.nio.file.Files.isDirectory(draft)) {
                return corpus();
            }
            if (gold == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Give DRAFT and GOLD, or one corpus directory of article folders.");
            }
            ExtractionEvaluation.Evaluation e = ExtractionEvaluation.compare(DatasetReader.read(draft), DatasetReader.read(gold));
            Output out = new Output(spec.commandLine().getOut(), format);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ExtractionEvaluation.Score s : e.scores()) {
                rows.add(Rows.row("relation", s.type().key(), "gold", s.gold(), "extracted", s.extracted(),
                        "matched", s.matched(), "precision", round(s.precision()), "recall", round(s.recall()),
                        "attributionAgrees", s.matched() == 0 ? "-" : s.attributionAgree() + "/" + s.matched()));
            }
            if (format == Output.Format.json) {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("scores", rows);
                all.put("failedAttemptsAsHires", e.failedAttemptsAsHires());
                all.put("formerRolesAsCurrent", e.formerAsCurrent());
                all.put("missed", e.missed());
                all.put("notInGold", e.spurious());
                out.json(all);
                return 0;
            }
            out.rows(rows);
            if (format == Output.Format.table) {
                out.line("");
                out.line("Failed attempts extracted as hires: " + e.failedAttemptsAsHires()
                        + "; former roles extracted as current: " + e.formerAsCurrent() + ".");
                if (details) {
                    e.missed().forEach(m -> out.line("missed:      " + m));
                    e.spurious().forEach(m -> out.line("not in gold: " + m));
                }
            }
            return 0;
        }

        private int corpus() {
            Map<String, String> env = ((Main) spec.root().userObject()).env();
            Extractor extractor = extractors.create(false, env);
            Gazetteer gazetteer = noShipped ? Gazetteer.empty() : Gazetteer.of(List.of(SeedDatasets.metaSuperintelligenceLabs()));
            CorpusEvaluation.Result r = CorpusEvaluation.run(draft, extractor, gazetteer);
            Output out = new Output(spec.commandLine().getOut(), format);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ExtractionEvaluation.Score s : r.scores()) {
                rows.add(Rows.row("relation", s.type().key(), "gold", s.gold(), "extracted", s.extracted(),
                        "matched", s.matched(), "precision", round(s.precision()), "recall", round(s.recall())));
            }
            List<Map<String, Object>> articles = new ArrayList<>();
            for (CorpusEvaluation.ArticleResult a : r.articles()) {
                ExtractionEvaluation.Score hire = a.evaluation().score(io.talentgraph.dataset.FactType.HIRE);
                ExtractionEvaluation.Score attempt = a.evaluation().score(io.talentgraph.dataset.FactType.HIRING_ATTEMPT);
                articles.add(Rows.row("article", a.name(), "facts", a.draft().facts().size(), "rejected",
                        a.draft().rejected().size(), "hires", hire.matched() + "/" + hire.gold() + " (" + hire.extracted()
                                + " proposed)", "attempts", attempt.matched() + "/" + attempt.gold() + " ("
                                + attempt.extracted() + " proposed)", "failedAsHires", a.evaluation().failedAttemptsAsHires(),
                        "formerAsCurrent", a.evaluation().formerAsCurrent()));
            }
            r.failures().forEach((article, why) -> spec.commandLine().getErr().println("error: " + article + ": " + why));
            if (format == Output.Format.json) {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("extractor", extractor.name());
                all.put("failures", r.failures());
                all.put("scores", rows);
                all.put("articles", articles);
                all.put("failedAttemptsAsHires", r.failedAttemptsAsHires());
                all.put("formerRolesAsCurrent", r.formerAsCurrent());
                out.json(all);
                return r.failures().isEmpty() ? 0 : 1;
            }
            out.rows(articles);
            if (format == Output.Format.table) {
                out.line("");
            }
            out.rows(rows);
            if (format == Output.Format.table) {
                out.line("");
                out.line(extractor.name() + " on " + r.articles().size() + " articles. Failed attempts extracted as hires: "
                        + r.failedAttemptsAsHires() + "; former roles extracted as current: " + r.formerAsCurrent() + ".");
                if (details) {
                    for (CorpusEvaluation.ArticleResult a : r.articles()) {
                        a.evaluation().missed().forEach(m -> out.line(a.name() + " missed:      " + m));
                        a.evaluation().spurious().forEach(m -> out.line(a.name() + " not in gold: " + m));
                        a.draft().rejected().forEach(x -> out.line(a.name() + " rejected:    " + x.fact().type().key()
                                + " " + x.fact().fields() + ": " + x.reason()));
                    }
                }
            }
            return r.failures().isEmpty() ? 0 : 1;
        }

        private static double round(double d) {
            return Math.round(d * 1000) / 1000.0;
        }
    }

    @Command(name = "bench-ingest", mixinStandardHelpOptions = true,
            description = "Time extraction side by side: OpenNLP's English models against the JDK and Lucene alone "
                    + "(first call, with model loading, then the median of warm runs). Without ARTICLE: the shipped Arabic article.")
    static final class Bench implements Callable<Integer> {
        @Parameters(paramLabel = "ARTICLE", arity = "0..*", description = "Plain-text articles.")
        List<Path> articles = new ArrayList<>();

        @Option(names = "--runs", defaultValue = "20", description = "Warm runs per article and engine (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Output.Format format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Map<String, String> texts = new LinkedHashMap<>();
            if (articles.isEmpty()) {
                try (InputStream in = SeedDatasets.class.getResourceAsStream(
                        SeedDatasets.META_SUPERINTELLIGENCE_LABS.replace("dataset.yaml", "article.txt"))) {
                    texts.put("msl-launch-ar (shipped)", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new TalentGraphException("The shipped article is missing from the classpath", e);
                }
            }
            articles.forEach(p -> texts.put(p.toString(), readArticle(p)));
            Gazetteer gazetteer = Gazetteer.of(List.of(SeedDatasets.metaSuperintelligenceLabs()));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PatternExtractor extractor : List.of(PatternExtractor.create(), PatternExtractor.withoutModels())) {
                for (Map.Entry<String, String> t : texts.entrySet()) {
                    Article a = Article.of("bench", t.getValue());
                    long first = System.nanoTime();
                    int facts = extractor.extract(a, gazetteer).facts().size();
                    long firstMs = (System.nanoTime() - first) / 1_000_000;
                    long[] warm = new long[Math.max(1, runs)];
                    for (int i = 0; i < warm.length; i++) {
                        long s = System.nanoTime();
                        extractor.extract(a, gazetteer);
                        warm[i] = (System.nanoTime() - s) / 1_000;
                    }
                    Arrays.sort(warm);
                    rows.add(Rows.row("article", t.getKey(), "language", a.language().code(),
                            "engine", extractor.engine(a.language()), "chars", a.text().length(), "facts", facts,
                            "firstCallMs", firstMs, "warmMedianMs", warm[warm.length / 2] / 1000.0,
                            "warmMaxMs", warm[warm.length - 1] / 1000.0));
                }
            }
            new Output(spec.commandLine().getOut(), format).rows(rows);
            return 0;
        }
    }
}
