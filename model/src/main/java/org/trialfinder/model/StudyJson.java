package org.trialfinder.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads and writes {@link Study} records as ClinicalTrials.gov API v2 JSON, losslessly.
 *
 * <p>"Losslessly" means: for any record ClinicalTrials.gov publishes, {@code
 * toTree(fromTree(tree)).equals(tree)}. The mapper is set up for that:
 *
 * <ul>
 *   <li>fields left out of the input are left out of the output ({@code NON_NULL}), while empty
 *       arrays stay empty arrays;
 *   <li>floating-point numbers are read as {@link java.math.BigDecimal} with trailing zeros kept,
 *       so {@code 40.71} and {@code 40.710} are written back as they came, including inside the
 *       raw {@code resultsSection};
 *   <li>nothing is coerced: a number where text is expected, text where a number or boolean is
 *       expected, {@code 12.5} for a count, or a number for an enum is an error, not a silent
 *       conversion that would change the record on the way back out;
 *   <li>an enum value the model does not list is an error (see {@link
 *       org.trialfinder.model.vocab}).
 * </ul>
 *
 * <p>One thing is not kept: an explicit {@code null} in a field the model knows is read as absent
 * and therefore not written back. ClinicalTrials.gov never writes such nulls.
 */
public final class StudyJson {

    private static final String NCT_ID_PATH = "protocolSection.identificationModule.nctId";

    private static final ObjectMapper MAPPER = newMapper();

    private StudyJson() {}

    /**
     * The configured mapper the model is read and written with, shared and thread-safe. Use it for
     * any JSON that has to match (e.g. reading lines before {@link #fromTree}); do not reconfigure
     * it: call {@code mapper().copy()} if you need different settings.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Builds a study from a JSON tree, which should come from {@link #mapper()} so numbers compare
     * exactly.
     *
     * @throws InvalidStudyException if a value has the wrong type, an enum value is unknown, or
     *     there is no valid NCT number
     */
    public static Study fromTree(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            String got = tree == null ? "nothing" : ReadErrors.show(tree);
            throw new InvalidStudyException("", "a study must be a JSON object, got " + got);
        }
        Study study;
        try {
            study = MAPPER.treeToValue(tree, Study.class);
        } catch (JsonMappingException e) {
            throw ReadErrors.fromMapping(e, tree);
        } catch (JsonProcessingException e) {
            throw ReadErrors.notJson(e);
        }
        requireValidNctId(study);
        return study;
    }

    /** Parses one study from JSON text (e.g. one line of a JSON Lines file). */
    public static Study parse(String json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw ReadErrors.notJson(e);
        }
    }

    /** Parses one study from UTF-8 JSON bytes. */
    public static Study parse(byte[] json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw ReadErrors.notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen reading from a byte array
        }
    }

    /**
     * The study as a JSON tree, exactly as {@code mapper().readTree(toJsonBytes(study))} would give
     * it. Going through the bytes (rather than {@code valueToTree}) makes the tree's number nodes the
     * ones a reader of the output sees: a {@code long} size comes back as the same node type as when
     * it was read.
     */
    public static JsonNode toTree(Study study) {
        try {
            return MAPPER.readTree(toJsonBytes(study));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The study as compact UTF-8 JSON, fields in ClinicalTrials.gov order. */
    public static byte[] toJsonBytes(Study study) {
        try {
            return MAPPER.writeValueAsBytes(study);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The study as compact JSON text. */
    public static String toJson(Study study) {
        try {
            return MAPPER.writeValueAsString(study);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireValidNctId(Study study) {
        String nctId = study.nctId();
        if (nctId == null) {
            throw InvalidStudyException.missing(NCT_ID_PATH);
        }
        if (!NctId.isCanonical(nctId)) { // records carry the canonical form; another is refused, not rewritten
            throw new InvalidStudyException(NCT_ID_PATH, NctId.message(nctId));
        }
    }

    private static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
                .build();
        // ALLOW_COERCION_OF_SCALARS stops text becoming numbers and booleans; this stops the reverse.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
