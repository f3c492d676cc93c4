package io.talentgraph.dataset;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each broken dataset is rejected with the file, the line and the field of the problem. */
class DatasetValidationTest {

    private static final String TEXT = "Meta hired Jane Doe from OpenAI. Meta tried to hire John Roe but failed.";

    private static final String HEAD = """
            format: talentgraph-dataset/1
            id: example
            sources:
              - {id: wire, kind: report, outlet: Example Wire, text: wire.txt}
            people:
              - {id: jane-doe, name: Jane Doe}
              - {id: john-roe, name: John Roe}
            organizations:
              - {id: meta, name: Meta, kind: company}
              - {id: openai, name: OpenAI, kind: company}
            facts:
            """;

    private static List<DatasetProblem> problems(String yaml) {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class,
                () -> DatasetReader.parse("example.yaml", yaml, name -> TEXT));
        assertThat(e).as("the dataset should be rejected").isNotNull();
        assertThat(e.getMessage()).contains("example.yaml:").contains("nothing was loaded");
        return e.problems();
    }

    private static DatasetProblem only(String yaml) {
        List<DatasetProblem> problems = problems(yaml);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void aValidDatasetReads() {
        Dataset d = DatasetReader.parse("example.yaml", HEAD + """
                  - type: hire
                    person: jane-doe
                    from: openai
                    by: meta
                    sources: [wire]
                    evidence: [{quote: Meta hired Jane Doe from OpenAI}]
                """, name -> TEXT);
        assertThat(d.facts()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("hire:jane-doe:meta");
            assertThat(f.fields()).containsEntry("from", "openai");
        });
    }

    @Test
    void unknownReferenceNamesLineAndField() {
        DatasetProblem p = only(HEAD + """
                  - type: hire
                    person: jane-doe
                    from: anthropic
                    by: meta
                    sources: [wire]
                    evidence: [{quote: Meta hired Jane Doe}]
                """);
        assertThat(p.line()).isEqualTo(14);
        assertThat(p.field()).isEqualTo("facts[0].from");
        assertThat(p.message()).contains("unknown organization 'anthropic'");
    }

    @Test
    void aReferenceToTheWrongKindOfEntityIsRejected() {
        DatasetProblem p = only(HEAD + """
                  - {type: hire, person: meta, by: meta, from: openai, sources: [wire], evidence: [{quote: Meta hired}]}
                """);
        assertThat(p.field()).isEqualTo("facts[0].person");
        assertThat(p.message()).contains("'meta' is a organization, but a person is expected");
    }

    @Test
    void duplicateIdsPointAtBothPlaces() {
        DatasetProblem p = only(HEAD.replace("  - {id: john-roe, name: John Roe}", "  - {id: jane-doe, name: John Roe}")
                + "  - {type: part-of, part: meta, whole: openai, sources: [wire], evidence: [{quote: Meta}]}\n");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.message()).contains("duplicate id 'jane-doe'").contains("line 6");
    }

    @Test
    void aQuoteNotInTheSourceTextIsRejected() {
        DatasetProblem p = only(HEAD + """
                  - type: hiring-attempt
                    organization: meta
                    person: john-roe
                    outcome: failed
                    sources: [wire]
                    evidence:
                      - quote: Meta hired John Roe
                """);
        assertThat(p.line()).isEqualTo(18);
        assertThat(p.field()).isEqualTo("facts[0].evidence[0].quote");
        assertThat(p.message()).contains("quote not found verbatim in the text of wire");
    }

    @Test
    void quotesMayDifferOnlyInWhitespace() {
        Dataset d = DatasetReader.parse("example.yaml", HEAD + """
                  - {type: hiring-attempt, organization: meta, person: john-roe, outcome: failed, sources: [wire],
                     evidence: [{quote: "Meta tried   to hire\\u00a0John Roe"}]}
                """, name -> TEXT);
        assertThat(d.facts()).hasSize(1);
    }

    @Test
    void malformedDatesAndNegativeAmountsAreRejected() {
        List<DatasetProblem> problems = problems(HEAD + """
                  - type: investment
                    investor: meta
                    target: openai
                    amount: {value: -5, currency: usd}
                    date: 2025-13
                    sources: [wire]
                    evidence: [{quote: Meta}]
                """);
        assertThat(problems).extracting(DatasetProblem::field)
                .contains("facts[0].amount.value", "facts[0].amount.currency");
        List<DatasetProblem> dates = problems(HEAD + """
                  - {type: part-of, part: meta, whole: openai, date: 2025-02-30, sources: [wire], evidence: [{quote: Meta}]}
                """);
        assertThat(dates).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("facts[0].date");
            assertThat(p.message()).contains("not a real date");
        });
    }

    @Test
    void yamlSyntaxErrorsSayWhereAndHowToFixThem() {
        DatasetProblem p = only(HEAD + """
                  - type: hire
                    person: jane-doe
                    note: he said: hello
                """);
        assertThat(p.line()).isEqualTo(14);
        assertThat(p.message()).contains("not valid YAML").contains("single quotes");
    }

    @Test
    void fieldsThatDoNotApplyToAFactTypeAreNamed() {
        DatasetProblem p = only(HEAD + """
                  - {type: works-at, person: jane-doe, organization: meta, from: openai, sources: [wire], evidence: [{quote: Meta}]}
                """);
        assertThat(p.field()).isEqualTo("facts[0].from");
        assertThat(p.message()).contains("does not apply to a works-at fact");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        DatasetProblem p = only(HEAD + """
                  - {type: hiring-attempt, organization: meta, person: john-roe, sources: [wire], evidence: [{quote: Meta}]}
                """);
        assertThat(p.message()).contains("needs 'outcome'");
    }

    @Test
    void partOfCyclesAreRejected() {
        List<DatasetProblem> problems = problems(HEAD + """
                  - {type: part-of, part: meta, whole: openai, sources: [wire], evidence: [{quote: Meta}]}
                  - {type: part-of, part: openai, whole: meta, sources: [wire], evidence: [{quote: OpenAI}]}
                """);
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.message()).contains("cycle"));
    }

    @Test
    void aGroupCannotNameMoreMembersThanItCounts() {
        DatasetProblem p = only(HEAD + """
                  - {type: group-hire, id: one-from-openai, by: meta, from: openai, count: 1, sources: [wire], evidence: [{quote: Meta}]}
                  - {type: hire, person: jane-doe, from: openai, by: meta, group: one-from-openai, sources: [wire], evidence: [{quote: Meta hired Jane Doe}]}
                  - {type: hire, person: john-roe, from: openai, by: meta, group: one-from-openai, sources: [wire], evidence: [{quote: John Roe}]}
                """);
        assertThat(p.field()).isEqualTo("facts[0].count");
        assertThat(p.message()).contains("counts 1 but 2 are named");
    }

    @Test
    void theSameFactTwiceIsReported() {
        DatasetProblem p = only(HEAD + """
                  - {type: hire, person: jane-doe, from: openai, by: meta, sources: [wire], evidence: [{quote: Meta hired Jane Doe}]}
                  - {type: hire, person: jane-doe, from: openai, by: meta, sources: [wire], evidence: [{quote: Jane Doe}]}
                """);
        assertThat(p.line()).isEqualTo(13);
        assertThat(p.message()).contains("connects the same ids as the one at line 12");
    }

    @Test
    void reportedFactsNameTheirReporterAmongTheirSources() {
        List<DatasetProblem> problems = problems(HEAD + """
                  - {type: hire, person: jane-doe, from: openai, by: meta, attribution: reported, sources: [wire], evidence: [{quote: Meta hired}]}
                """);
        assertThat(problems).singleElement().extracting(DatasetProblem::message).asString().contains("needs reportedBy");
    }

    @Test
    void anEmptyFileSaysWhatADatasetNeeds() {
        assertThat(only("   \n").message()).contains("empty");
        assertThat(only("- just\n- a list\n").message()).contains("mapping");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        Dataset d = DatasetReader.parse("bom.yaml", "\uFEFF" + HEAD.replace("facts:\n", "facts: []\n"), name -> TEXT);
        assertThat(d.people()).hasSize(2);
    }

    @Test
    void invalidIdsExplainTheIdRules() {
        DatasetProblem p = only(HEAD.replace("id: jane-doe", "id: Jane Doe").replace("facts:\n", "facts: []\n"));
        assertThat(p.field()).isEqualTo("people[0].id");
        assertThat(p.message()).contains("is not a valid id").contains("lower-case");
    }

    @Test
    void unknownTopLevelKeysAndDuplicateKeysAreRejected() {
        List<DatasetProblem> problems = problems(HEAD.replace("id: example", "id: example\nid: again\nextra: 1"));
        assertThat(problems).extracting(DatasetProblem::message)
                .anySatisfy(m -> assertThat(m).contains("appears twice"))
                .anySatisfy(m -> assertThat(m).contains("extra"));
    }

    @Test
    void problemsPrintAsFileLineColumnFieldMessage() {
        DatasetProblem p = new DatasetProblem("d.yaml", 3, 7, "facts[1].by", "unknown organization 'x'");
        assertThat(p).hasToString("d.yaml:3:7: facts[1].by: unknown organization 'x'");
        assertThat(new DatasetProblem("d.yaml", 0, 0, "facts[1].by", "unknown organization 'x'"))
                .as("no line known: no line printed").hasToString("d.yaml: facts[1].by: unknown organization 'x'");
    }
}
