package io.talentgraph.ingest;

import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.dataset.FactType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Names matched to known entities whichever script the article writes them in. */
class CrossScriptMatchingTest {

    private static final PatternExtractor EXTRACTOR = PatternExtractor.create();

    @Test
    void englishTextMatchesEntitiesTheArabicArticleIntroduced() {
        Draft d = EXTRACTOR.extract(Article.of("en", "Alexandr Wang, the former CEO of Scale AI, leads Meta "
                + "Superintelligence Labs. Wang also hired Jack Rae from Google DeepMind."), Fixtures.seedGazetteer());
        assertThat(d.entities()).allMatch(Draft.Entity::known);
        assertThat(d.facts(FactType.LEADS)).extracting(f -> f.text("person"), f -> f.text("organization"))
                .contains(tuple("alexandr-wang", "scale-ai"), tuple("alexandr-wang", "meta-superintelligence-labs"));
        assertThat(d.facts(FactType.HIRE)).extracting(f -> f.text("person"), f -> f.text("by"), f -> f.text("from"))
                .containsExactly(tuple("jack-rae", "meta-superintelligence-labs", "google-deepmind"));
    }

    @Test
    void arabicSpellingsMatchDespiteHamzaPrefixesAndGluedLatinNames() {
        Draft d = EXTRACTOR.extract(Article.of("ar", "وظفت شركة ميتا الكسندر وانغ من Scale AI، كما حاولت "
                + "استقطاب كوراي كافوكشغلو من وGoogle، لكن المحاولة فشلت."), Fixtures.seedGazetteer());
        assertThat(d.facts(FactType.HIRE)).extracting(f -> f.text("person"), f -> f.text("by"), f -> f.text("from"))
                .containsExactly(tuple("alexandr-wang", "meta", "scale-ai"));
        assertThat(d.facts(FactType.HIRING_ATTEMPT)).extracting(f -> f.text("person")).containsExactly("koray-kavukcuoglu");
        assertThat(d.entities()).allMatch(Draft.Entity::known);
    }

    @Test
    void anArabicSpellingNoDatasetHasIsTakenAsTheKnownLatinNameItSoundsLike() {
        Gazetteer known = Gazetteer.of(List.of(DatasetReader.parse("known.yaml", """
                format: talentgraph-dataset/1
                id: known
                sources: [{id: s, kind: article}]
                people:
                  - {id: demis-hassabis, name: Demis Hassabis}
                  - {id: denis-hassan, name: Denis Hassan}
                organizations: [{id: google-deepmind, name: Google DeepMind, kind: lab}]
                facts: []
                """, name -> "")));
        Draft d = EXTRACTOR.extract(Article.of("ar", "انضم الباحث ديمس حسابيس إلى Google DeepMind في عام 2014."), known);

        // the sentence gives no origin, so the hire is held for the reviewer; the name is what is tested here
        assertThat(d.rejected()).extracting(r -> r.fact().text("person"), r -> r.fact().text("by"))
                .containsExactly(tuple("demis-hassabis", "google-deepmind"));
        assertThat(d.entities()).filteredOn(e -> e.id().equals("demis-hassabis")).singleElement().satisfies(e -> {
            assertThat(e.known()).isTrue();
            assertThat(e.newSpellings()).containsExactly("ديمس حسابيس");
            assertThat(e.why()).singleElement().asString().contains("sound alike across scripts", "Demis Hassabis");
        });
        assertThat(DraftWriter.yaml(d, "article.txt", false)).contains("# why: 'ديمس حسابيس' was taken as 'Demis Hassabis'");
    }

    @Test
    void aSurnameAfterTheFullNameIsTheSamePerson() {
        Draft d = EXTRACTOR.extract(Article.of("ar", "أطلق ألكسندر وانغ مشروعا جديدا. وقال وانغ إن ميتا ستواصل التوظيف."),
                Fixtures.seedGazetteer());
        assertThat(d.facts(FactType.CLAIMED)).extracting(f -> f.text("person")).containsOnly("alexandr-wang");
    }

    @Test
    void aLatinNameInParenthesesGivesAKnownPersonTheirArabicSpelling() {
        Gazetteer known = Gazetteer.of(List.of(DatasetReader.parse("known.yaml", """
                format: talentgraph-dataset/1
                id: known
                sources: [{id: s, kind: article}]
                people: [{id: mira-okonkwo, name: Mira Okonkwo}]
                organizations: [{id: helix-research, name: Helix Research, kind: company}]
                facts: []
                """, name -> "")));
        Draft d = EXTRACTOR.extract(Article.of("ar", "انضمت الباحثة ميرا أوكونكوو (Mira Okonkwo) إلى Helix Research."),
                known);
        // the sentence gives no origin, so the hire is held for the reviewer; the name is what is tested here
        assertThat(d.rejected()).extracting(r -> r.fact().text("person"), r -> r.fact().text("by"))
                .containsExactly(tuple("mira-okonkwo", "helix-research"));
        assertThat(d.entities()).filteredOn(e -> e.id().equals("mira-okonkwo")).singleElement().satisfies(e -> {
            assertThat(e.known()).isTrue();
            assertThat(e.nameAr()).isEqualTo("ميرا أوكونكوو");
            assertThat(e.newSpellings()).containsExactly("ميرا أوكونكوو");
        });
        assertThat(DraftWriter.yaml(d, "a.txt", false)).contains("the article adds the spelling 'ميرا أوكونكوو'");
    }

    @Test
    void aNewArabicNameIsProposedWithAStableIdAndBothSpellingsWhenGiven() {
        Draft d = EXTRACTOR.extract(Article.of("ar", "استقطبت ميتا الباحث سامي نادر (Sami Nader) من OpenAI."),
                Fixtures.seedGazetteer());
        assertThat(d.entities()).filteredOn(e -> !e.known()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("sami-nader");
            assertThat(e.name()).isEqualTo("Sami Nader");
            assertThat(e.nameAr()).isEqualTo("سامي نادر");
        });
        Draft again = Ingestion.draft(EXTRACTOR, Article.of("ar", "استقطبت ميتا الباحث سامي نادر من OpenAI."), Fixtures.seedGazetteer());
        // only the Arabic spelling: a transliteration stands in for the English name, and says so
        assertThat(again.entities()).filteredOn(e -> !e.known()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Sami Nadr");
            assertThat(e.nameAr()).isEqualTo("سامي نادر");
            assertThat(e.id()).isEqualTo("sami-nadr").isEqualTo(
                    EXTRACTOR.extract(Article.of("ar", "استقطبت ميتا الباحث سامي نادر من OpenAI."),
                            Fixtures.seedGazetteer()).entities().stream().filter(x -> !x.known()).findFirst()
                            .orElseThrow().id());
            assertThat(e.why()).singleElement().asString().contains("is a transliteration, not an English name");
        });
        assertThat(DraftWriter.yaml(again, "a.txt", false)).contains("# why: 'سامي نادر' has no Latin spelling");
    }
}
