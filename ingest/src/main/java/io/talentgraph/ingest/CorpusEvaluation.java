package io.talentgraph.ingest;

import io.talentgraph.TalentGraphException;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.Source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores an extractor on a directory of articles, each in a folder of its own with {@code article.txt} and
 * the reviewed {@code gold.yaml}: every article is read as a user would ingest it (language and publication
 * date from the gold's article source, names matched against the given gazetteer, never against the gold),
 * verified, and compared with {@link ExtractionEvaluation}.
 */
public final class CorpusEvaluation {

    private CorpusEvaluation() {
    }

    /**
     * One article's result.
     *
     * @param name       the folder's name
     * @param draft      the verified draft
     * @param evaluation its comparison with the gold
     */
    public record ArticleResult(String name, Draft draft, ExtractionEvaluation.Evaluation evaluation) {
    }

    /**
     * The whole corpus.
     *
     * @param articles              per article, in folder-name order
     * @param scores                per relation type, summed over the articles
     * @param failedAttemptsAsHires summed; must be 0
     * @param formerAsCurrent       summed; must be 0
     * @param failures              folder name to why it could not be read (a model request still unanswered,
     *                              say); those articles are in no score
     */
    public record Result(List<ArticleResult> articles, List<ExtractionEvaluation.Score> scores,
                         int failedAttemptsAsHires, int formerAsCurrent, Map<String, String> failures) {
        /**
         * Defensive copies.
         *
         * @param articles              per article, in folder-name order
         * @param scores                per relation type, summed over the articles
         * @param failedAttemptsAsHires summed; must be 0
         * @param formerAsCurrent       summed; must be 0
         * @param failures              folder name to why it could not be read (a model request still unanswered,
         *                              say); those articles are in no score
         */
        public Result {
            articles = List.copyOf(articles);
            scores = List.copyOf(scores);
            failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
        }

        /**
         * @param type a fact type
         * @return its summed score (zeros when no article has the type)
         */
        public ExtractionEvaluation.Score score(FactType type) {
            return scores.stream().filter(s -> s.type() == type).findFirst()
                    .orElse(new ExtractionEvaluation.Score(type, 0, 0, 0, 0));
        }
    }

    /**
     * @param corpus    a directory of article folders
     * @param extractor the extractor to score
     * @param gazetteer what the extractor may know (not the gold)
     * @return per-article and summed scores
     */
    public static Result run(Path corpus, Extractor extractor, Gazetteer gazetteer) {
        List<Path> folders;
        try (Stream<Path> list = Files.list(corpus)) {
            folders = list.filter(p -> Files.isRegularFile(p.resolve("article.txt")) && Files.isRegularFile(p.resolve("gold.yaml")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new TalentGraphException("Cannot list " + corpus + ": " + e.getMessage(), e);
        }
        if (folders.isEmpty()) {
            throw new TalentGraphException(corpus + " holds no article folders: each needs article.txt and gold.yaml");
        }
        List<ArticleResult> results = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (Path folder : folders) {
            try {
                results.add(one(folder, extractor, gazetteer));
            } catch (TalentGraphException e) {
                // one article's extractor failure (an unanswered model request) must not hide the others'
                failures.put(folder.getFileName().toString(), e.getMessage());
            }
        }
        Map<FactType, int[]> sums = new EnumMap<>(FactType.class);
        int attempts = 0;
        int former = 0;
        for (ArticleResult r : results) {
            for (ExtractionEvaluation.Score s : r.evaluation().scores()) {
                int[] t = sums.computeIfAbsent(s.type(), k -> new int[4]);
                t[0] += s.gold();
                t[1] += s.extracted();
                t[2] += s.matched();
                t[3] += s.attributionAgree();
            }
            attempts += r.evaluation().failedAttemptsAsHires();
            former += r.evaluation().formerAsCurrent();
        }
        List<ExtractionEvaluation.Score> scores = new ArrayList<>();
        sums.forEach((type, t) -> scores.add(new ExtractionEvaluation.Score(type, t[0], t[1], t[2], t[3])));
        return new Result(results, scores, attempts, former, failures);
    }

    private static ArticleResult one(Path folder, Extractor extractor, Gazetteer gazetteer) {
        Path articleFile = folder.resolve("article.txt");
        Dataset gold = DatasetReader.read(folder.resolve("gold.yaml"));
        Source source = gold.sources().stream().filter(s -> "article".equals(s.kind())).findFirst()
                .orElse(gold.sources().get(0));
        String text;
        try {
            text = Files.readString(articleFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TalentGraphException("Cannot read " + articleFile + ": " + e.getMessage(), e);
        }
        Language language = source.language() == null ? Language.detect(text) : Language.of(source.language());
        Article article = new Article(folder.getFileName().toString(), text, language, null, source.published());
        Draft draft = Ingestion.draft(extractor, article, gazetteer);
        Dataset read = DatasetReader.parse(folder.resolve("draft.yaml").toString(), DraftWriter.yaml(draft, "article.txt",
                false), name -> name.equals("article.txt") ? text : null);
        return new ArticleResult(folder.getFileName().toString(), draft, ExtractionEvaluation.compare(read, gold));
    }
}
