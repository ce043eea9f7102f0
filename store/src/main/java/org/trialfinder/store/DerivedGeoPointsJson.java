package org.trialfinder.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The stored form of a study's derived site coordinates (a JSON array), one form for every engine: the content
 * hash covers these bytes, so two engines given the same document agree on whether it changed.
 */
public final class DerivedGeoPointsJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<DerivedGeoPoint>> GEO_LIST = new TypeReference<>() {};

    private DerivedGeoPointsJson() {}

    public static byte[] toBytes(List<DerivedGeoPoint> points) {
        try {
            return JSON.writeValueAsBytes(points);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise derived geo points", e);
        }
    }

    /** The points stored as {@link #toBytes}; none when nothing was stored. */
    public static List<DerivedGeoPoint> fromBytes(byte[] bytes) {
        if (bytes == null) {
            return List.of();
        }
        try {
            return JSON.readValue(bytes, GEO_LIST);
        } catch (IOException e) {
            throw new UncheckedIOException("stored derived geo points are unreadable", e);
        }
    }
}
