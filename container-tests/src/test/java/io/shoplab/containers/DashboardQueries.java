package io.shoplab.containers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The PromQL of every panel of the provisioned Grafana dashboards (docker/grafana/dashboards/*.json). */
final class DashboardQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DashboardQueries() {}

    static List<String> in(Path folder) throws IOException {
        List<String> queries = new ArrayList<>();
        try (Stream<Path> dashboards = Files.list(folder)) {
            for (Path dashboard : dashboards
                    .filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .toList()) {
                collect(JSON.readTree(dashboard.toFile()).path("panels"), queries);
            }
        }
        return queries;
    }

    /** Rows nest their panels; a panel's queries are its targets' {@code expr}. */
    private static void collect(JsonNode panels, List<String> queries) {
        for (JsonNode panel : panels) {
            panel.path("targets").forEach(target -> {
                if (target.hasNonNull("expr")) {
                    queries.add(target.get("expr").asString());
                }
            });
            collect(panel.path("panels"), queries);
        }
    }
}
