package org.trialfinder.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns Jackson's reading errors into {@link InvalidStudyException}s a person can act on.
 *
 * <p>Jackson's own messages name Java classes ("Cannot deserialize value of type
 * `org.trialfinder.model.vocab.OverallStatus`..."), which mean nothing to whoever supplied the
 * record. Here the path comes from the exception and the offending value is looked up in the
 * input tree, so the message speaks only of JSON: what was expected at which path and what was
 * found there.
 */
final class ReadErrors {

    private static final int MAX_SHOWN_TEXT = 80;

    private ReadErrors() {}

    /** A JSON syntax error in raw input. */
    static InvalidStudyException notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String problem = "not valid JSON" + where + ": " + e.getOriginalMessage();
        return new InvalidStudyException("", problem, e);
    }

    /** A value in {@code input} that does not fit the model. */
    static InvalidStudyException fromMapping(JsonMappingException e, JsonNode input) {
        List<JsonMappingException.Reference> refs = e.getPath();
        String path = path(refs);
        JsonNode found = lookUp(input, refs);
        Class<?> target = targetType(e);
        if (target == null || found == null) {
            return new InvalidStudyException(path, e.getOriginalMessage(), e);
        }
        return new InvalidStudyException(path, problem(target, found), e);
    }

    /** {@code a.b[2].c} from Jackson's references (field names are the JSON names). */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static JsonNode lookUp(JsonNode node, List<JsonMappingException.Reference> refs) {
        for (JsonMappingException.Reference ref : refs) {
            if (node == null) {
                return null;
            }
            if (ref.getFieldName() != null) {
                node = node.get(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                node = node.get(ref.getIndex());
            }
        }
        return node;
    }

    private static Class<?> targetType(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        return null;
    }

    private static String problem(Class<?> target, JsonNode found) {
        if (target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return found.isTextual()
                    ? "unknown value " + show(found) + " (allowed: " + allowed + ")"
                    : "expected one of " + allowed + " as a string, got " + show(found);
        }
        return "expected " + expected(target, found) + ", got " + show(found);
    }

    private static String expected(Class<?> target, JsonNode found) {
        if (target == Integer.class
                || target == int.class
                || target == Long.class
                || target == long.class
                || target == Short.class
                || target == BigInteger.class) {
            return found.isNumber() ? "a whole number" : "a number";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "an object";
        }
        return "a " + target.getSimpleName();
    }

    /** The value as it would appear in the JSON, shortened; containers by their kind only. */
    static String show(JsonNode found) {
        if (found.isTextual()) {
            String text = found.textValue();
            if (text.length() > MAX_SHOWN_TEXT) {
                text = text.substring(0, MAX_SHOWN_TEXT) + "...";
            }
            return "\"" + text + "\"";
        }
        if (found.isObject()) {
            return "an object";
        }
        if (found.isArray()) {
            return "an array";
        }
        return found.toString(); // numbers, true/false, null
    }
}
