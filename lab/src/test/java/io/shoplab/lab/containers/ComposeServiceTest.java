package io.shoplab.lab.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.stack.Stacks;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The lab's table of Compose services against docker-compose.yml itself, so the two cannot drift apart unseen. */
class ComposeServiceTest {

    private static final Path ROOT =
            Path.of(System.getProperty("shoplab.home", "..")).toAbsolutePath().normalize();

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceIsInTheComposeFileAsTheLabExpects() throws IOException {
        Map<String, Object> services;
        try (Reader file = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            services = (Map<String, Object>)
                    new Yaml().<Map<String, Object>>load(file).get("services");
        }
        assertThat(services)
                .containsOnlyKeys(java.util.Arrays.stream(ComposeService.values())
                        .map(ComposeService::serviceName)
                        .toList());
        for (ComposeService service : ComposeService.values()) {
            Map<String, Object> definition = (Map<String, Object>) services.get(service.serviceName());
            List<String> ports = (List<String>) definition.getOrDefault("ports", List.of());
            if (service.portVariable().isPresent()) {
                assertThat(ports)
                        .as(service + " published")
                        .containsExactly("127.0.0.1:${" + service.portVariable().get() + ":-"
                                + service.defaultHostPort() + "}:" + service.containerPort());
            } else {
                assertThat(ports)
                        .as(service + " reached by container address, so it can be scaled")
                        .isEmpty();
            }
            if (service.isApp()) {
                Map<String, Object> environment = (Map<String, Object>) definition.get("environment");
                assertThat(environment.get("SERVER_PORT")).as(service + " port").isEqualTo(service.containerPort());
                assertThat(definition.get("image"))
                        .as(service + " image")
                        .isEqualTo(service.builtImage().orElseThrow());
                assertThat(ROOT.resolve(service.moduleFolder().orElseThrow()))
                        .as(service + " module")
                        .isDirectory();
            }
        }
        Map<String, Object> gateway =
                (Map<String, Object>) ((Map<String, Object>) services.get("gateway")).get("environment");
        assertThat(gateway.get("GATEWAY_RATE_LIMIT_ENABLED"))
                .as("the lab's switch of the rate limit")
                .isEqualTo("${" + ComposeProject.GATEWAY_RATE_LIMIT + ":-true}");
    }

    @Test
    void eachStackHasItsServicesAndPostgresqlIsShared() {
        assertThat(ComposeService.of(Stacks.MONOLITH))
                .containsExactly(ComposeService.POSTGRES, ComposeService.MONOLITH);
        assertThat(ComposeService.of(Stacks.MICROSERVICES)).hasSize(8).doesNotContain(ComposeService.MONOLITH);
        assertThat(ComposeService.POSTGRES.belongsTo(Stacks.MONOLITH)).isTrue();
        assertThat(ComposeService.POSTGRES.belongsTo(Stacks.MICROSERVICES)).isTrue();
        assertThat(ComposeService.GATEWAY.belongsTo(Stacks.MONOLITH)).isFalse();
        assertThat(ComposeService.PROMETHEUS.belongsTo(Stacks.MICROSERVICES)).isFalse();
        assertThat(ComposeService.MONOLITH.faultComponents())
                .containsExactly("catalog", "reviews", "inventory", "orders", "payments", "database");
        assertThat(ComposeService.REVIEWS.faultComponents()).containsExactly("reviews", "database");
        assertThat(ComposeService.GATEWAY.faultComponents()).isEmpty();
    }
}
