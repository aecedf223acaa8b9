package io.shoplab.platform.web;

import java.util.List;

import tools.jackson.core.JacksonException;

/** Names a field inside a JSON body the way validation errors name it: {@code lines[0].quantity}. */
final class JsonPaths {

    private JsonPaths() {}

    static String of(List<JacksonException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                name.append('[').append(reference.getIndex()).append(']');
            }
        }
        return name.toString();
    }
}
