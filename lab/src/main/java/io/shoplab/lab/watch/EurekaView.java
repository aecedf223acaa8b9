package io.shoplab.lab.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Eureka's registry as {@code GET /eureka/apps} gives it: each service to its instances and their status. */
final class EurekaView {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EurekaView() {}

    /** {@code reviews-service} to {@code [127.0.0.1:8082 UP]}; empty when the answer is not Eureka's. */
    static Map<String, List<String>> parse(String appsJson) {
        Map<String, List<String>> services = new TreeMap<>();
        try {
            for (JsonNode application :
                    each(JSON.readTree(appsJson).path("applications").path("application"))) {
                List<String> instances = new ArrayList<>();
                for (JsonNode instance : each(application.path("instance"))) {
                    instances.add(instance.path("ipAddr").asString() + ":"
                            + instance.path("port").path("$").asInt() + " "
                            + instance.path("status").asString());
                }
                services.put(application.path("name").asString().toLowerCase(Locale.ROOT), instances);
            }
        } catch (RuntimeException notEureka) {
            return Map.of();
        }
        return services;
    }

    /** Eureka writes a list of one as the element alone. */
    private static Iterable<JsonNode> each(JsonNode node) {
        return node.isArray() ? node : node.isMissingNode() ? List.of() : List.of(node);
    }
}
