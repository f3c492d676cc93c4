package io.talentgraph.ingest;

import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The two critical counts, on datasets written by hand. */
class ExtractionEvaluationTest {

    private static final String TEXT = "Groq's former finance chief, Simon Edwards, is taking over as chief executive. "
            + "Jonathan Ross, Groq's former chief executive, joins Nvidia.";

    private static Dataset dataset(String facts) {
        String yaml = """
                format: talentgraph-dataset/1
                id: groq
                sources:
                  - {id: a, kind: article, language: en, title: Groq, published: 2025-12-26, text: article.txt}
                people:
                  - {id: simon-edwards, name: Simon Edwards}
                  - {id: jonathan-ross, name: Jonathan Ross}
                organizations:
                  - {id: groq, name: Groq, kind: company}
                facts:
                """ + facts;
        return DatasetReader.parse("groq.yaml", yaml, name -> TEXT);
    }

    private static String leads(String person, String title, boolean current, String quote) {
        return """
                  - type: leads
                    id: leads-%s-%s
                    person: %s
                    organization: groq
                    title: %s
                    current: %s
                    sources: [a]
                    evidence:
                      - quote: "%s"
                """.formatted(person, title.toLowerCase(java.util.Locale.ROOT), person, title, current, quote);
    }

    @Test
    void aCurrentRoleIsNoErrorWhereTheGoldAlsoHoldsACurrentRoleOfTheSameKind() {
        Dataset gold = dataset(leads("simon-edwards", "CFO", false, "Groq's former finance chief, Simon Edwards")
                + leads("simon-edwards", "CEO", true, "Simon Edwards, is taking over as chief executive")
                + leads("jonathan-ross", "CEO", false, "Jonathan Ross, Groq's former chief executive"));
        Dataset draft = dataset(leads("simon-edwards", "CEO", true, "Simon Edwards, is taking over as chief executive")
                + leads("jonathan-ross", "CEO", true, "Jonathan Ross, Groq's former chief executive"));

        ExtractionEvaluation.Evaluation e = ExtractionEvaluation.compare(draft, gold);

        // Ross's former role stated as current is the one error; Edwards's current CEO role is not his former CFO one
        assertThat(e.formerAsCurrent()).isEqualTo(1);
    }
}
