package io.talentgraph.cli;

import io.talentgraph.ingest.Extractor;
import io.talentgraph.ingest.PatternExtractor;
import io.talentgraph.ingest.llm.LlmConfig;
import io.talentgraph.ingest.llm.LlmExtractor;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Which extractor reads articles, and how to reach a language model: flags over TALENTGRAPH_LLM_* variables. */
final class ExtractorOptions {

    /** The extractors the command line offers. */
    enum Kind {
        /** Hand-written patterns, offline (the default). */
        patterns,
        /** A language model behind an OpenAI-compatible chat endpoint, or answers in exchange files. */
        llm
    }

    @Option(names = "--extractor", paramLabel = "patterns|llm", defaultValue = "patterns",
            description = "Who proposes facts: patterns (offline, default) or llm (an OpenAI-compatible chat endpoint). "
                    + "Every proposal passes through the verifier either way.")
    Kind extractor;

    @Option(names = "--llm-base-url", paramLabel = "URL",
            description = "The endpoint's base URL, e.g. http://localhost:11434/v1 for Ollama (env TALENTGRAPH_LLM_BASE_URL).")
    String baseUrl;

    @Option(names = "--llm-model", paramLabel = "NAME", description = "The model's name (env TALENTGRAPH_LLM_MODEL).")
    String model;

    @Option(names = "--llm-exchange", paramLabel = "DIR",
            description = "Write each request to DIR/<hash>.request.json; answer from DIR/<hash>.response.json where it exists "
                    + "(and record live answers there). The API key is read from TALENTGRAPH_LLM_API_KEY only.")
    Path exchange;

    @Option(names = "--llm-timeout", paramLabel = "SECONDS", description = "How long to wait for one answer (env TALENTGRAPH_LLM_TIMEOUT).")
    Integer timeoutSeconds;

    @Option(names = "--llm-prompt", paramLabel = "VERSION",
            description = "The version of the instructions: prompt-4 (the default, the rules of docs/gold-conventions.md), "
                    + "or prompt-3, prompt-2 or prompt-1, which recorded answers of earlier blind sets were given (env "
                    + "TALENTGRAPH_LLM_PROMPT).")
    String prompt;

    Extractor create(boolean noModels, Map<String, String> env) {
        if (extractor == Kind.llm) {
            LlmConfig config = LlmConfig.fromEnvironment(env);
            if (baseUrl != null) {
                config = config.withBaseUrl(baseUrl);
            }
            if (model != null) {
                config = config.withModel(model);
            }
            if (exchange != null) {
                config = config.withExchangeDir(exchange);
            }
            if (timeoutSeconds != null) {
                config = config.withTimeout(Duration.ofSeconds(timeoutSeconds));
            }
            if (prompt != null) {
                config = config.withPrompt(prompt);
            }
            return LlmExtractor.create(config);
        }
        return noModels ? PatternExtractor.withoutModels() : PatternExtractor.create();
    }
}
