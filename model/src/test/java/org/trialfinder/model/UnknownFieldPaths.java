package org.trialfinder.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists where a study carries fields the model does not know, e.g. {@code
 * protocolSection.contactsLocationsModule.locations_nested}. A round trip alone cannot tell a
 * modelled field from one that slipped into {@code unknownFields} under a misspelt name; this can.
 */
final class UnknownFieldPaths {

    private UnknownFieldPaths() {}

    static void collect(Object value, String path, Set<String> out) {
        if (value instanceof List<?> list) {
            for (Object element : list) {
                collect(element, path + "[]", out);
            }
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object child;
            try {
                child = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (component.getName().equals("unknownFields")) {
                for (Object name : ((Map<?, ?>) child).keySet()) {
                    out.add(path.isEmpty() ? name.toString() : path + "." + name);
                }
            } else {
                String name = jsonName(component);
                collect(child, path.isEmpty() ? name : path + "." + name, out);
            }
        }
    }

    private static String jsonName(RecordComponent component) {
        var renamed = component.getAnnotation(JsonProperty.class);
        return renamed == null ? component.getName() : renamed.value();
    }
}
