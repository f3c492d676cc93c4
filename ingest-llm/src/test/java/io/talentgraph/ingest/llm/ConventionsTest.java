package io.talentgraph.ingest.llm;

import io.talentgraph.ingest.llm.internal.Prompt;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gold writers and the model read one set of rules: the block of docs/gold-conventions.md stands word for word in
 * the newest prompt, so that neither can change without the other.
 */
class ConventionsTest {

    private static final Path CONVENTIONS = Path.of("../docs/gold-conventions.md");
    private static final Pattern BLOCK = Pattern.compile("<!-- rules:begin[^\\n]*-->\\n(.*?)<!-- rules:end -->",
            Pattern.DOTALL);

    @Test
    void theNewestPromptStatesTheRulesGoldWritersFollowWordForWord() throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(CONVENTIONS, StandardCharsets.UTF_8));
        assertThat(m.find()).as("the rules block of " + CONVENTIONS).isTrue();
        String rules = m.group(1);
        assertThat(rules).contains("H1. ", "H3. ", "H5. ", "A1. ", "L2. ", "N1. ");

        assertThat(Prompt.system(LlmConfig.DEFAULT_PROMPT)).contains(rules);
    }
}
