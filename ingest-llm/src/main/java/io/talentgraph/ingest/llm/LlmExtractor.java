package io.talentgraph.ingest.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.talentgraph.TalentGraphException;
import io.talentgraph.ingest.Article;
import io.talentgraph.ingest.Draft;
import io.talentgraph.ingest.Extractor;
import io.talentgraph.ingest.Gazetteer;
import io.talentgraph.ingest.llm.internal.AnswerReader;
import io.talentgraph.ingest.llm.internal.Chunks;
import io.talentgraph.ingest.llm.internal.ExchangeFiles;
import io.talentgraph.ingest.llm.internal.ExtractionSchema;
import io.talentgraph.ingest.llm.internal.Prompt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An {@link Extractor} that asks a language model behind any OpenAI-compatible chat endpoint (through
 * langchain4j's OpenAI client) for the facts an article states, as JSON following a schema generated from
 * the dataset format. The instructions carry the graph model, the relation definitions (a failed attempt is
 * not a hire; a former CEO is not a current one), the known entities with their ids (so the model reuses them
 * across scripts) and a worked example from the seed article. Long articles go paragraph by paragraph in
 * overlapping chunks. What the model proposes is a draft like any other: pass it through
 * {@link io.talentgraph.ingest.Ingestion#draft}, whose verifier checks every fact against the text.
 * With an exchange folder, each request is written as {@code <hash>.request.json} and answered from
 * {@code <hash>.response.json} when that exists (see {@link LlmConfig}).
 */
public final class LlmExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(LlmExtractor.class);
    /** Chunks hold whole paragraphs up to this many characters. */
    static final int CHUNK_CHARS = 6000;
    /** langchain4j needs a URL even when every answer comes from exchange files; nothing is ever sent to it. */
    private static final String NO_ENDPOINT = "http://127.0.0.1:9/v1";

    private final LlmConfig config;
    private final ChatModel model;

    private LlmExtractor(LlmConfig config) {
        this.config = config;
        this.model = OpenAiChatModel.builder()
                .baseUrl(config.baseUrl() == null ? NO_ENDPOINT : config.baseUrl())
                .apiKey(config.apiKey() == null ? "none" : config.apiKey())
                .modelName(config.model())
                .temperature(0.0)
                .timeout(config.timeout())
                .maxRetries(config.baseUrl() == null ? 0 : config.maxRetries())
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON)
                        .jsonSchema(ExtractionSchema.schema()).build())
                .httpClientBuilder(ExchangeFiles.builder(config.exchangeDir(),
                        config.baseUrl() == null ? null : new JdkHttpClientBuilder()))
                .build();
    }

    /**
     * @param config where the model is, or where its answers are
     * @return the extractor
     */
    public static LlmExtractor create(LlmConfig config) {
        Objects.requireNonNull(config, "config");
        if (config.baseUrl() == null && config.exchangeDir() == null) {
            throw new TalentGraphException("The llm extractor needs an endpoint (the configuration's base URL, "
                    + "TALENTGRAPH_LLM_BASE_URL in the environment, e.g. http://localhost:11434/v1 for Ollama) or answers in "
                    + "exchange files (its exchange directory, TALENTGRAPH_LLM_EXCHANGE)");
        }
        return new LlmExtractor(config);
    }

    @Override
    public String name() {
        return "llm/" + config.model() + "/" + config.prompt();
    }

    @Override
    public Draft extract(Article article, Gazetteer gazetteer) {
        List<String> chunks = Chunks.of(article.text(), CHUNK_CHARS);
        AnswerReader reader = new AnswerReader(article, gazetteer, name());
        List<Path> waiting = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            ChatRequest request = ChatRequest.builder().messages(List.of(SystemMessage.from(Prompt.system(config.prompt())),
                    UserMessage.from(Prompt.user(article, gazetteer, chunks.get(i), i + 1, chunks.size())))).build();
            String answer;
            try {
                answer = model.chat(request).aiMessage().text();
            } catch (RuntimeException e) {
                ExchangeFiles.AwaitingAnswer awaiting = cause(e, ExchangeFiles.AwaitingAnswer.class);
                if (awaiting != null) {
                    waiting.add(awaiting.request());
                    continue;
                }
                throw failure(e, article, i + 1, chunks.size());
            }
            if (waiting.isEmpty()) {
                reader.add(i + 1, chunks.size(), answer);
            }
        }
        if (!waiting.isEmpty()) {
            throw new TalentGraphException(waiting.size() + " model request" + (waiting.size() == 1 ? " waits" : "s wait")
                    + " for an answer in " + config.exchangeDir() + ": "
                    + String.join(", ", waiting.stream().map(p -> p.getFileName().toString()).toList())
                    + "; answer each as <hash>.response.json, or set TALENTGRAPH_LLM_BASE_URL to ask a model");
        }
        Draft draft = reader.draft();
        LOG.debug("{} proposed {} facts for {} in {} chunk(s)", name(), draft.facts().size(), article.name(), chunks.size());
        return draft;
    }

    private RuntimeException failure(RuntimeException e, Article article, int chunk, int of) {
        if (e instanceof TalentGraphException t) {
            return t;
        }
        String where = " (chunk " + chunk + " of " + of + " of " + article.name() + ", model " + config.model() + " at "
                + config.baseUrl() + ")";
        if (cause(e, HttpTimeoutException.class) != null || String.valueOf(e.getMessage()).toLowerCase().contains("timed out")) {
            return new TalentGraphException("The model did not answer within " + config.timeout().toSeconds() + " s" + where
                    + ": raise the configuration's timeout (TALENTGRAPH_LLM_TIMEOUT) or check the endpoint", e);
        }
        HttpException http = cause(e, HttpException.class);
        if (http != null) {
            String body = String.valueOf(http.getMessage());
            return new TalentGraphException("The endpoint answered HTTP " + http.statusCode() + where + ": "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body), e);
        }
        return new TalentGraphException("The model call failed" + where + ": " + e.getMessage(), e);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
