package io.shoplab.lab.stack;

import java.util.List;

import io.shoplab.lab.health.RouteProbe;

/**
 * The components of one architecture in waves: each wave starts together, once the waves before
 * it are ready (each component after the ones it depends on). A stack is up when every component
 * is ready and every route probe passes.
 *
 * @param name the stack's name
 * @param waves the components, in start order
 * @param baseUrl where its public API answers (the monolith, or the gateway)
 * @param routeProbes requests through the base URL that must succeed before the stack counts as up
 * @param entryPoints addresses to show the user once it is up
 */
public record Stack(
        String name,
        List<List<Component>> waves,
        String baseUrl,
        List<RouteProbe> routeProbes,
        List<EntryPoint> entryPoints) {

    public Stack {
        waves = waves.stream().map(List::copyOf).toList();
        routeProbes = List.copyOf(routeProbes);
        entryPoints = List.copyOf(entryPoints);
    }

    public List<Component> components() {
        return waves.stream().flatMap(List::stream).toList();
    }

    /** An address worth opening, such as the API or its OpenAPI document. */
    public record EntryPoint(String label, String url) {}
}
