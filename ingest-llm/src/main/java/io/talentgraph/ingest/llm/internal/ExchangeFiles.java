package io.talentgraph.ingest.llm.internal;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import io.talentgraph.TalentGraphException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The HTTP client the chat model talks through: every request body, exactly as it goes on the wire, is
 * written to {@code <hash>.request.json}; an existing {@code <hash>.response.json} answers it without a call;
 * a live answer is recorded there. Without an endpoint, a request with no answer fails with
 * {@link AwaitingAnswer}, so that all requests of an article can be written before the run stops.
 */
public final class ExchangeFiles implements HttpClient {

    /** A request was written and no answer exists for it. */
    public static final class AwaitingAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Path request;

        AwaitingAnswer(Path request) {
            super("no answer for " + request.getFileName(), null, false, false);
            this.request = request;
        }

        /** @return the request file that waits */
        public Path request() {
            return request;
        }
    }

    private final Path dir;
    private final HttpClient live;

    private ExchangeFiles(Path dir, HttpClient live) {
        this.dir = dir;
        this.live = live;
    }

    /**
     * @param dir  the exchange folder, or {@code null} for none
     * @param live the client that reaches the endpoint, or {@code null} when there is none
     * @return a builder for the chat model
     */
    public static HttpClientBuilder builder(Path dir, HttpClientBuilder live) {
        return new HttpClientBuilder() {
            private Duration connect;
            private Duration read;

            @Override
            public Duration connectTimeout() {
                return connect;
            }

            @Override
            public HttpClientBuilder connectTimeout(Duration timeout) {
                connect = timeout;
                return this;
            }

            @Override
            public Duration readTimeout() {
                return read;
            }

            @Override
            public HttpClientBuilder readTimeout(Duration timeout) {
                read = timeout;
                return this;
            }

            @Override
            public HttpClient build() {
                HttpClient client = null;
                if (live != null) {
                    if (connect != null) {
                        live.connectTimeout(connect);
                    }
                    if (read != null) {
                        live.readTimeout(read);
                    }
                    client = live.build();
                }
                return new ExchangeFiles(dir, client);
            }
        };
    }

    /**
     * @param body a request body
     * @return the first 16 hex digits of its SHA-256
     */
    public static String hash(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        String body = request.body() == null ? "" : request.body();
        if (dir == null) {
            return call(request);
        }
        String h = hash(body);
        Path requestFile = dir.resolve(h + ".request.json");
        Path responseFile = dir.resolve(h + ".response.json");
        try {
            Files.createDirectories(dir);
            if (!Files.exists(requestFile)) {
                Files.writeString(requestFile, body, StandardCharsets.UTF_8);
            }
            if (Files.exists(responseFile)) {
                return SuccessfulHttpResponse.builder().statusCode(200)
                        .headers(Map.of("content-type", List.of("application/json")))
                        .body(Files.readString(responseFile, StandardCharsets.UTF_8)).build();
            }
        } catch (IOException e) {
            throw new TalentGraphException("Cannot use the exchange folder " + dir + ": " + e.getMessage(), e);
        }
        if (live == null) {
            throw new AwaitingAnswer(requestFile);
        }
        SuccessfulHttpResponse response = call(request);
        try {
            Files.writeString(responseFile, response.body(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TalentGraphException("Cannot record the answer in " + responseFile + ": " + e.getMessage(), e);
        }
        return response;
    }

    private SuccessfulHttpResponse call(HttpRequest request) {
        if (live == null) {
            throw new TalentGraphException("No language-model endpoint is configured: set the configuration's base URL "
                    + "(TALENTGRAPH_LLM_BASE_URL), or answer from exchange files in its exchange directory "
                    + "(TALENTGRAPH_LLM_EXCHANGE)");
        }
        return live.execute(request);
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("the extractor does not stream");
    }
}
