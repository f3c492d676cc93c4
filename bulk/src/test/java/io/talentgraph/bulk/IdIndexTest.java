package io.talentgraph.bulk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The id index remembers what each id names and where, for a million ids in tens of megabytes. */
class IdIndexTest {

    @Test
    void everyIdIsFoundWithItsKindFileAndLineAfterGrowing() {
        IdIndex index = new IdIndex();
        for (int i = 0; i < 200_000; i++) {
            assertThat(index.putIfAbsent("person-" + i, "person", 1, i + 2)).isEqualTo(-1);
        }
        assertThat(index.putIfAbsent("meta", "organization", 2, 7)).isEqualTo(-1);

        assertThat(index.size()).isEqualTo(200_001);
        long found = index.get("person-123456");
        assertThat(IdIndex.kind(found)).isEqualTo("person");
        assertThat(IdIndex.file(found)).isEqualTo(1);
        assertThat(IdIndex.line(found)).isEqualTo(123_458);
        assertThat(IdIndex.kind(index.get("meta"))).isEqualTo("organization");
        assertThat(index.get("person-200000")).isEqualTo(-1);
        assertThat(index.bytes()).isLessThan(16L * 1024 * 1024);
    }

    @Test
    void aSecondDefinitionReturnsTheFirst() {
        IdIndex index = new IdIndex();
        index.putIfAbsent("openai", "organization", 0, 3);

        long previous = index.putIfAbsent("openai", "person", 1, 9);

        assertThat(IdIndex.kind(previous)).isEqualTo("organization");
        assertThat(IdIndex.line(previous)).isEqualTo(3);
    }
}
