package io.talentgraph.ingest.llm;

import io.talentgraph.TalentGraphException;
import io.talentgraph.ingest.llm.internal.Prompt;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to reach a language model: an OpenAI-compatible chat endpoint (Ollama at {@code http://localhost:11434/v1},
 * llama.cpp's server, vLLM, LM Studio, OpenAI), the model's name, an API key if the endpoint wants one, and a
 * folder of exchange files (requests written, answers read) for reproducible and audited runs.
 *
 * @param baseUrl     the endpoint's base URL (up to {@code /v1}), or {@code null}: answers only from exchange files
 * @param model       the model's name as the endpoint knows it
 * @param apiKey      the API key, or {@code null}
 * @param exchangeDir where requests and answers are kept, or {@code null}
 * @param timeout     how long to wait for one answer
 * @param maxRetries  how often to retry a failed call (network errors, 5xx)
 * @param prompt      the version of the instructions, one of {@link #PROMPTS}; drafts name it with the model
 */
public record LlmConfig(String baseUrl, String model, String apiKey, Path exchangeDir, Duration timeout, int maxRetries,
                        String prompt) {

    /** The model name used when none is configured. */
    public static final String DEFAULT_MODEL = "default";

    /**
     * The versions of the instructions, oldest first. {@code prompt-2} adds the dataset's conventions for a hire's
     * origin and hirer, for which titles lead, and for what is no fact; {@code prompt-3} states the numbered rules of
     * docs/gold-conventions.md word for word, the reading gold writers follow from blind set 9 on; {@code prompt-4}
     * states them with three sentences added after blind set 11 (board seats, expected moves, an origin shared by
     * people leaving one organization in one sentence). The earlier versions stay so that the answers recorded for
     * them replay.
     */
    public static final List<String> PROMPTS = Prompt.VERSIONS;

    /** The version used when none is configured: the newest. */
    public static final String DEFAULT_PROMPT = PROMPTS.get(PROMPTS.size() - 1);

    /**
     * Requires a positive timeout; a missing model becomes {@link #DEFAULT_MODEL}.
     *
     * @param baseUrl     the endpoint's base URL (up to {@code /v1}), or {@code null} (or blank): answers only from
     *                    exchange files
     * @param model       the model's name as the endpoint knows it, or {@code null} (or blank) for
     *                    {@link #DEFAULT_MODEL}
     * @param apiKey      the API key, or {@code null}
     * @param exchangeDir where requests and answers are kept, or {@code null}
     * @param timeout     how long to wait for one answer; positive
     * @param maxRetries  how often to retry a failed call (network errors, 5xx); 0 for never
     * @param prompt      the version of the instructions, one of {@link #PROMPTS}, or {@code null} (or blank) for
     *                    {@link #DEFAULT_PROMPT}
     */
    public LlmConfig {
        prompt = prompt == null || prompt.isBlank() ? DEFAULT_PROMPT : Prompt.known(prompt);
        if (model == null || model.isBlank()) {
            model = DEFAULT_MODEL;
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
        if (baseUrl != null && baseUrl.isBlank()) {
            baseUrl = null;
        }
    }

    /**
     * The configuration with the newest prompt.
     *
     * @param baseUrl     the endpoint's base URL (up to {@code /v1}), or {@code null}: answers only from exchange files
     * @param model       the model's name as the endpoint knows it, or {@code null} for {@link #DEFAULT_MODEL}
     * @param apiKey      the API key, or {@code null}
     * @param exchangeDir where requests and answers are kept, or {@code null}
     * @param timeout     how long to wait for one answer; positive
     * @param maxRetries  how often to retry a failed call; 0 for never
     */
    public LlmConfig(String baseUrl, String model, String apiKey, Path exchangeDir, Duration timeout, int maxRetries) {
        this(baseUrl, model, apiKey, exchangeDir, timeout, maxRetries, null);
    }

    /**
     * @param env the environment: {@code TALENTGRAPH_LLM_BASE_URL}, {@code TALENTGRAPH_LLM_MODEL},
     *            {@code TALENTGRAPH_LLM_API_KEY}, {@code TALENTGRAPH_LLM_TIMEOUT} (seconds), {@code TALENTGRAPH_LLM_EXCHANGE},
     *            {@code TALENTGRAPH_LLM_PROMPT}
     * @return the configuration they give (no endpoint when the base URL is unset)
     */
    public static LlmConfig fromEnvironment(Map<String, String> env) {
        Duration timeout = Duration.ofSeconds(120);
        String t = env.get("TALENTGRAPH_LLM_TIMEOUT");
        if (t != null && !t.isBlank()) {
            try {
                timeout = Duration.ofSeconds(Long.parseLong(t.strip()));
            } catch (NumberFormatException e) {
                throw new TalentGraphException("TALENTGRAPH_LLM_TIMEOUT must be a number of seconds, not '" + t + "'");
            }
        }
        String exchange = env.get("TALENTGRAPH_LLM_EXCHANGE");
        return new LlmConfig(env.get("TALENTGRAPH_LLM_BASE_URL"), env.get("TALENTGRAPH_LLM_MODEL"),
                env.get("TALENTGRAPH_LLM_API_KEY"), exchange == null || exchange.isBlank() ? null : Path.of(exchange),
                timeout, 1, env.get("TALENTGRAPH_LLM_PROMPT"));
    }

    /**
     * @param url the endpoint's base URL (up to {@code /v1}), or {@code null} for exchange files only
     * @return a copy with it
     */
    public LlmConfig withBaseUrl(String url) {
        return new LlmConfig(url, model, apiKey, exchangeDir, timeout, maxRetries, prompt);
    }

    /**
     * @param name the model's name as the endpoint knows it
     * @return a copy with it
     */
    public LlmConfig withModel(String name) {
        return new LlmConfig(baseUrl, name, apiKey, exchangeDir, timeout, maxRetries, prompt);
    }

    /**
     * @param dir where requests and answers are kept, or {@code null}
     * @return a copy with it
     */
    public LlmConfig withExchangeDir(Path dir) {
        return new LlmConfig(baseUrl, model, apiKey, dir, timeout, maxRetries, prompt);
    }

    /**
     * @param wait how long to wait for one answer
     * @return a copy with it
     */
    public LlmConfig withTimeout(Duration wait) {
        return new LlmConfig(baseUrl, model, apiKey, exchangeDir, wait, maxRetries, prompt);
    }

    /**
     * @param retries how often to retry a failed call
     * @return a copy with it
     */
    public LlmConfig withMaxRetries(int retries) {
        return new LlmConfig(baseUrl, model, apiKey, exchangeDir, timeout, retries, prompt);
    }

    /**
     * @param version the version of the instructions, one of {@link #PROMPTS}
     * @return a copy with it
     */
    public LlmConfig withPrompt(String version) {
        return new LlmConfig(baseUrl, model, apiKey, exchangeDir, timeout, maxRetries, version);
    }

    /** The key stays out of logs and messages. */
    @Override
    public String toString() {
        return "LlmConfig[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", exchangeDir=" + exchangeDir + ", timeout=" + timeout + ", maxRetries=" + maxRetries + ", prompt=" + prompt
                + "]";
    }
}
