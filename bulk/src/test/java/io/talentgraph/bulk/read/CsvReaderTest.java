package io.talentgraph.bulk.read;

import io.talentgraph.dataset.DatasetSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV as RFC 4180 writes it, turned into dataset entries, with the line each row starts on. */
class CsvReaderTest {

    @TempDir
    Path dir;

    private List<InputRecord> read(DatasetSchema.Entry entry, String csv) throws IOException {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        List<InputRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(file, entry)) {
            for (InputRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsKnowTheirFirstLine() throws IOException {
        List<InputRecord> records = read(DatasetSchema.Entry.PERSON, """
                id,name,nameAr,aliases
                noam-brown,"Brown, Noam",نوام براون,"Noam ""Poker"" Brown|N. Brown"
                pei-sun,"Pei
                Sun",,
                """);

        assertThat(records).hasSize(2);
        assertThat(records.get(0).line()).isEqualTo(2);
        assertThat(records.get(0).node().path("name").asText()).isEqualTo("Brown, Noam");
        assertThat(records.get(0).node().path("nameAr").asText()).isEqualTo("نوام براون");
        assertThat(records.get(0).node().path("aliases")).extracting(n -> n.asText())
                .containsExactly("Noam \"Poker\" Brown", "N. Brown");
        assertThat(records.get(1).line()).isEqualTo(3);
        assertThat(records.get(1).node().path("name").asText()).isEqualTo("Pei\nSun");
        assertThat(records.get(1).node().has("nameAr")).as("an empty cell is a missing value").isFalse();
    }

    @Test
    void factsGetTheirTypesFromTheSchemaEvidenceIsPairedAndAmountsNest() throws IOException {
        List<InputRecord> records = read(DatasetSchema.Entry.FACT, """
                type,person,organization,current,count,amount.value,amount.currency,sources,evidence,evidenceEn
                works-at,a,b,false,3,14300000000,USD,s1|s2,أ|b\\|c,A|
                """);

        var fact = records.get(0).node();
        assertThat(fact.path("current").isBoolean()).isTrue();
        assertThat(fact.path("count").asLong()).isEqualTo(3);
        assertThat(fact.path("amount").path("value").decimalValue()).isEqualByComparingTo("14300000000");
        assertThat(fact.path("amount").path("currency").asText()).isEqualTo("USD");
        assertThat(fact.path("sources")).extracting(n -> n.asText()).containsExactly("s1", "s2");
        assertThat(fact.path("evidence")).hasSize(2);
        assertThat(fact.path("evidence").get(0).path("en").asText()).isEqualTo("A");
        assertThat(fact.path("evidence").get(1).path("quote").asText()).isEqualTo("b|c");
        assertThat(fact.path("evidence").get(1).has("en")).isFalse();
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsOrABrokenQuoteIsAnErrorOnItsLineAndReadingGoesOn() throws IOException {
        List<InputRecord> records = read(DatasetSchema.Entry.PERSON, """
                id,name
                a,Ada,extra
                b,"Bo"b
                c,Cy
                """);

        assertThat(records).extracting(InputRecord::line).containsExactly(2L, 3L, 4L);
        assertThat(records.get(0).error()).contains("3 fields but the header has 2");
        assertThat(records.get(1).error()).contains("after the closing quote");
        assertThat(records.get(2).node().path("name").asText()).isEqualTo("Cy");
    }

    @Test
    void listCellsRoundTrip() {
        List<String> items = List.of("plain", "with|bar", "with\\\\backslash", "");
        assertThat(CsvShape.split(CsvShape.join(items))).isEqualTo(items);
    }
}
