package io.talentgraph.ingest.llm.internal;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.talentgraph.dataset.FactType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON schema of the model's answer, generated from the dataset format's fact types, so that a field
 * added to {@link FactType} reaches the model without a second list to keep in step.
 */
public final class ExtractionSchema {

    /** The relations the model is asked for. */
    public static final List<FactType> TYPES = List.of(FactType.HIRE, FactType.HIRING_ATTEMPT, FactType.LEADS,
            FactType.WORKS_AT, FactType.INVESTMENT, FactType.GROUP_HIRE, FactType.PART_OF);

    private ExtractionSchema() {
    }

    /** @return the schema sent as the request's response format */
    public static JsonSchema schema() {
        JsonObjectSchema entity = JsonObjectSchema.builder()
                .addStringProperty("id", "reuse a known entity's id; otherwise lower-case English words joined by hyphens")
                .addProperty("kind", JsonEnumSchema.builder().enumValues("person", "organization").build())
                .addStringProperty("name", "the English name")
                .addStringProperty("nameAr", "the Arabic name, when the article writes it in Arabic")
                .addProperty("mentions", JsonArraySchema.builder().items(new JsonStringSchema())
                        .description("every exact form the article uses for it").build())
                .required("id", "kind", "name", "mentions")
                .build();
        Map<String, JsonSchemaElement> fields = new LinkedHashMap<>();
        fields.put("type", JsonEnumSchema.builder().enumValues(TYPES.stream().map(FactType::key).toList()).build());
        for (FactType type : TYPES) {
            for (FactType.Field f : type.fields()) {
                if (fields.containsKey(f.name()) || f.ref() == FactType.Ref.GROUP || f.ref() == FactType.Ref.CLAIM
                        || f.name().endsWith("Ar") || f.name().equals("via") || f.name().startsWith("fromDescription")) {
                    continue;
                }
                fields.put(f.name(), element(f));
            }
        }
        fields.put("outcome", JsonEnumSchema.builder().enumValues("failed", "succeeded", "pending", "unknown").build());
        fields.put("quotes", JsonArraySchema.builder().items(new JsonStringSchema())
                .description("short spans copied exactly from the article").build());
        fields.put("attribution", JsonEnumSchema.builder().enumValues("stated", "reported", "unnamed-reports").build());
        fields.put("reportedBy", JsonStringSchema.builder().description("the outlet, when attribution is reported").build());
        fields.put("when", JsonStringSchema.builder().description("the time words as the article writes them").build());
        fields.put("date", JsonStringSchema.builder().description("YYYY, YYYY-MM or YYYY-MM-DD, only when the text gives it").build());
        JsonObjectSchema fact = JsonObjectSchema.builder().addProperties(fields).required("type", "quotes").build();
        JsonObjectSchema root = JsonObjectSchema.builder()
                .addProperty("entities", JsonArraySchema.builder().items(entity).build())
                .addProperty("facts", JsonArraySchema.builder().items(fact).build())
                .required("entities", "facts")
                .build();
        return JsonSchema.builder().name("talentgraph_facts").rootElement(root).build();
    }

    private static JsonSchemaElement element(FactType.Field f) {
        return switch (f.kind()) {
            case REFERENCE -> JsonStringSchema.builder().description("an entity id").build();
            case TEXT -> new JsonStringSchema();
            case FLAG -> new JsonBooleanSchema();
            case COUNT -> new JsonIntegerSchema();
            case AMOUNT -> JsonObjectSchema.builder()
                    .addProperty("value", JsonNumberSchema.builder().description("a plain number: 4 billion is 4000000000").build())
                    .addStringProperty("currency", "ISO code: USD, EUR…")
                    .addProperty("qualifier", JsonEnumSchema.builder().enumValues("exact", "about", "up-to", "more-than").build())
                    .required("value", "currency").build();
        };
    }
}
