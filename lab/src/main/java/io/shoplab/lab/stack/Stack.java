package io.shoplab.lab.stack;

import java.util.List;

/**
 * The components of one architecture, in start order (each after the ones it depends on), and
 * the addresses to show the user once it is up.
 */
public record Stack(String name, List<Component> components, List<EntryPoint> entryPoints) {

    public Stack {
        components = List.copyOf(components);
        entryPoints = List.copyOf(entryPoints);
    }

    /** An address worth opening, such as the API or its OpenAPI document. */
    public record EntryPoint(String label, String url) {
    }
}
