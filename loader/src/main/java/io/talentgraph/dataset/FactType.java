package io.talentgraph.dataset;

import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The kinds of fact a dataset can state, with the fields each one takes. The loader validates a fact
 * against its type's fields and writes it as the relationships documented in {@code docs/model.md}.
 */
@API(status = STABLE, since = "0.1.0")
public enum FactType {
    /** A person hired by an organization, optionally away from another; may count toward a group hire. */
    HIRE("hire",
            Field.ref("person", Ref.PERSON, true), Field.ref("by", Ref.ORGANIZATION, true),
            Field.ref("from", Ref.ORGANIZATION, false), Field.ref("group", Ref.GROUP, false),
            Field.text("formerTitle"), Field.text("formerTitleAr"), Field.text("via")),
    /** Where a person works or worked. */
    WORKS_AT("works-at",
            Field.ref("person", Ref.PERSON, true), Field.ref("organization", Ref.ORGANIZATION, true),
            Field.text("title"), Field.text("titleAr"), Field.flag("current", false)),
    /** A leadership role, current or former. Needs a {@code title} or a {@code role}. */
    LEADS("leads",
            Field.ref("person", Ref.PERSON, true), Field.ref("organization", Ref.ORGANIZATION, true),
            Field.text("title"), Field.text("titleAr"), Field.text("role"), Field.flag("current", true)),
    /** Money put into an organization by an organization or a person. */
    INVESTMENT("investment",
            Field.ref("investor", Ref.PERSON_OR_ORGANIZATION, true), Field.ref("target", Ref.ORGANIZATION, true),
            new Field("amount", Kind.AMOUNT, null, true)),
    /** A lab inside a company, or a unit inside a larger one. */
    PART_OF("part-of",
            Field.ref("part", Ref.ORGANIZATION, true), Field.ref("whole", Ref.ORGANIZATION, true)),
    /** A reported attempt to recruit someone, with its outcome. A failed attempt is not a hire. */
    HIRING_ATTEMPT("hiring-attempt",
            Field.ref("organization", Ref.ORGANIZATION, true), Field.ref("person", Ref.PERSON, true),
            new Field("outcome", Kind.TEXT, null, true)),
    /** A counted group of hires whose members are not all named. Needs an {@code id}. */
    GROUP_HIRE("group-hire",
            Field.ref("by", Ref.ORGANIZATION, true), Field.ref("from", Ref.ORGANIZATION, false),
            Field.ref("within", Ref.GROUP, false), new Field("count", Kind.COUNT, null, true),
            Field.text("role"), Field.text("fromDescription"), Field.text("fromDescriptionAr")),
    /** A person making, confirming, qualifying or denying a claim, or the person a claim is about. */
    CLAIMED("claimed",
            Field.ref("person", Ref.PERSON, true), Field.ref("claim", Ref.CLAIM, true),
            new Field("stance", Kind.TEXT, null, true)),
    /** Two people who are siblings. */
    SIBLING("sibling",
            Field.ref("person", Ref.PERSON, true), Field.ref("sibling", Ref.PERSON, true), Field.text("relation")),
    /** Two people who run something together. */
    PARTNERS("partners",
            Field.ref("person", Ref.PERSON, true), Field.ref("partner", Ref.PERSON, true), Field.text("context")),
    /** An organization that develops or released a product. */
    DEVELOPS("develops",
            Field.ref("organization", Ref.ORGANIZATION, true), Field.ref("product", Ref.PRODUCT, true));

    /** What a reference field must point at. */
    public enum Ref {
        /** An entry of {@code people}. */
        PERSON,
        /** An entry of {@code organizations}. */
        ORGANIZATION,
        /** An entry of {@code people} or of {@code organizations}. */
        PERSON_OR_ORGANIZATION,
        /** An entry of {@code products}. */
        PRODUCT,
        /** An entry of {@code claims}. */
        CLAIM,
        /** The {@code id} of a {@code group-hire} fact. */
        GROUP
    }

    /** The value kind of a field. */
    public enum Kind {
        /** An id of another entry, see {@link Ref}. */
        REFERENCE,
        /** Free text. */
        TEXT,
        /** true or false. */
        FLAG,
        /** A positive whole number. */
        COUNT,
        /** An {@link Amount}. */
        AMOUNT
    }

    /**
     * One field of a fact type.
     *
     * @param name     the field's name in the dataset
     * @param kind     its value kind
     * @param ref      what it refers to, for {@link Kind#REFERENCE}
     * @param required whether every fact of the type must have it
     */
    public record Field(String name, Kind kind, Ref ref, boolean required) {
        static Field ref(String name, Ref ref, boolean required) {
            return new Field(name, Kind.REFERENCE, ref, required);
        }

        static Field text(String name) {
            return new Field(name, Kind.TEXT, null, false);
        }

        static Field flag(String name, boolean required) {
            return new Field(name, Kind.FLAG, null, required);
        }
    }

    private final String key;
    private final List<Field> fields;

    FactType(String key, Field... fields) {
        this.key = key;
        this.fields = List.of(fields);
    }

    /** @return the name of the type in datasets, e.g. {@code hiring-attempt} */
    public String key() {
        return key;
    }

    /** @return the fields this type takes, references first */
    public List<Field> fields() {
        return fields;
    }

    /** @return the references that identify a fact of this type when it has no explicit id */
    public List<Field> identifyingFields() {
        return fields.stream().filter(f -> f.kind() == Kind.REFERENCE && f.required()).toList();
    }

    /**
     * @param key a type name as datasets write it
     * @return the type, if there is one of that name
     */
    public static Optional<FactType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
