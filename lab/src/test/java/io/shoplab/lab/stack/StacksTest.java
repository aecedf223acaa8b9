package io.shoplab.lab.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.budget.Budgets;
import io.shoplab.lab.health.RouteProbe;
import org.junit.jupiter.api.Test;

class StacksTest {

    private static final LabLayout LAYOUT = new LabLayout(Path.of("/repo"));
    private final Stacks stacks = new Stacks(LAYOUT);

    @Test
    void microservicesStartInWavesPostgresDiscoveryServicesGateway() {
        Stack stack = stacks.microservices(StackOptions.defaults());

        assertThat(stack.waves())
                .extracting(wave -> wave.stream().map(Component::name).toList())
                .containsExactly(
                        List.of("postgres"),
                        List.of("discovery"),
                        List.of(
                                "catalog-service",
                                "reviews-service",
                                "inventory-service",
                                "orders-service",
                                "payments-service"),
                        List.of("gateway"));
        assertThat(stack.baseUrl()).isEqualTo("http://127.0.0.1:8090");
    }

    @Test
    void aServiceGetsItsOwnDatabaseEurekaAndLoopbackPort() {
        Component reviews =
                component(stacks.microservices(new StackOptions(true, StackPorts.defaults())), "reviews-service");

        assertThat(reviews.launch().environment())
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:15432/reviews")
                .as("its own role, not the superuser")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "reviews")
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "reviews")
                .containsEntry("EUREKA_URL", "http://127.0.0.1:8761/eureka");
        assertThat(reviews.launch().command())
                .contains(
                        "--server.port=8082",
                        "--server.address=127.0.0.1",
                        "--management.server.port=18082",
                        "--management.server.address=127.0.0.1",
                        "--spring.profiles.active=faults");
        assertThat(reviews.launch().snapshots().get(0).source())
                .isEqualTo(Path.of("/repo/microservices/reviews-service/target/reviews-service.jar"));
        assertThat(reviews.dependsOn()).containsExactly("postgres", "discovery");
        assertThat(reviews.app().faultComponents()).containsExactly("reviews", "database");
        assertThat(reviews.healthTarget())
                .as("on the management port")
                .isEqualTo("http://127.0.0.1:18082/actuator/health/readiness");
        assertThat(reviews.app().managementUrl()).isEqualTo("http://127.0.0.1:18082");
    }

    @Test
    void theGatewayIsToldWhereEurekaIsAndToLetTheLabsLoadThrough() {
        Component gateway = component(stacks.microservices(new StackOptions(true, StackPorts.defaults())), "gateway");

        assertThat(gateway.launch().environment())
                .containsOnlyKeys("EUREKA_URL", "GATEWAY_RATE_LIMIT_ENABLED")
                .containsEntry("GATEWAY_RATE_LIMIT_ENABLED", "false");
        assertThat(gateway.launch().command())
                .contains("--server.port=8090")
                .doesNotContain("--spring.profiles.active=faults");
        assertThat(gateway.app().faultComponents()).isEmpty();
    }

    @Test
    void withoutFaultsNoAppGetsTheProfile() {
        assertThat(stacks.all(StackOptions.defaults()).components())
                .allSatisfy(component ->
                        assertThat(component.launch().command()).doesNotContain("--spring.profiles.active=faults"));
    }

    @Test
    void freePortsAreDistinctAndUsedEverywhere() {
        StackPorts ports = StackPorts.free();
        Stack stack = stacks.microservices(new StackOptions(false, ports));

        List<Integer> used =
                new ArrayList<>(stack.components().stream().map(Component::port).toList());
        stack.components().stream()
                .filter(component -> component.app() != null)
                .forEach(component -> used.add(component.app().managementPort()));
        assertThat(used)
                .as("shop and management ports")
                .hasSize(2 * stack.components().size() - 1)
                .doesNotHaveDuplicates()
                .doesNotContain(8080, 8090, 8761, 8081, 15432, 18080, 18090);
        assertThat(component(stack, "catalog-service").launch().environment())
                .containsEntry("EUREKA_URL", "http://127.0.0.1:" + ports.discovery() + "/eureka")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/catalog");
        assertThat(stack.baseUrl()).isEqualTo("http://127.0.0.1:" + ports.gateway());
        assertThat(stack.routeProbes()).extracting(RouteProbe::url).allMatch(url -> url.startsWith(stack.baseUrl()));
    }

    @Test
    void routesProbeEveryRoutedServiceAndTheWholeProductPage() {
        List<RouteProbe> probes = stacks.microservices(StackOptions.defaults()).routeProbes();

        assertThat(probes)
                .extracting(RouteProbe::url)
                .containsExactly(
                        "http://127.0.0.1:8090/api/products/1",
                        "http://127.0.0.1:8090/api/products/1/reviews",
                        "http://127.0.0.1:8090/api/inventory/1",
                        "http://127.0.0.1:8090/api/orders?customerId=lab-probe");
        assertThat(probes.get(0).nothingDegraded()).isTrue();
        assertThat(probes.get(0).servedBy())
                .contains("gateway", "catalog-service", "inventory-service", "reviews-service");
        assertThat(probes.subList(1, 4)).noneMatch(RouteProbe::nothingDegraded);
    }

    @Test
    void allRunsBothStacksOnOnePostgres() {
        Stack all = stacks.all(StackOptions.defaults());

        assertThat(all.components()).extracting(Component::name).containsOnlyOnce("postgres");
        assertThat(all.waves().get(1)).extracting(Component::name).containsExactly("discovery", "monolith");
        assertThat(component(all, "monolith").launch().environment())
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:15432/shop")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "shop");
    }

    @Test
    void everyComponentGetsTheNodesBudgetUnlessItsOwnIsGiven() {
        Budget node = new Budget(0.5, 768L << 20);
        Budget catalog = new Budget(1, 1L << 30);
        Budgets budgets = new Budgets(node, Map.of("catalog-service", catalog));

        Stack all = stacks.all(new StackOptions(false, StackPorts.defaults(), Tracing.off(), budgets));

        assertThat(component(all, "catalog-service").budget()).isEqualTo(catalog);
        assertThat(all.components())
                .filteredOn(component -> !component.name().equals("catalog-service"))
                .extracting(Component::budget)
                .containsOnly(node);
        assertThat(stacks.all(StackOptions.defaults()).components())
                .extracting(Component::budget)
                .containsOnly(Budget.NONE);
    }

    @Test
    void withoutTracingNoAppIsToldOfZipkinAndNoneRuns() {
        Stack all = stacks.all(StackOptions.defaults());

        assertThat(all.components()).extracting(Component::name).doesNotContain("zipkin");
        assertThat(all.components())
                .allSatisfy(component -> assertThat(component.launch().environment())
                        .doesNotContainKeys("TRACING_ZIPKIN_ENABLED", "TRACING_SAMPLING_PROBABILITY"));
    }

    @Test
    void tracingEveryRequestStartsZipkinBesidePostgresAndPointsEveryTracedAppAtIt() {
        Stack all = stacks.all(new StackOptions(false, StackPorts.defaults(), Tracing.everyRequest(9411)));

        assertThat(all.waves().get(0)).extracting(Component::name).containsExactly("postgres", "zipkin");
        Component zipkin = component(all, "zipkin");
        assertThat(zipkin.healthTarget()).isEqualTo("http://127.0.0.1:9411/health");
        assertThat(zipkin.launch().command())
                .contains("--armeria.ports[0].ip=127.0.0.1", "--armeria.ports[0].port=9411");
        for (String app : List.of(
                "monolith",
                "catalog-service",
                "reviews-service",
                "inventory-service",
                "orders-service",
                "payments-service",
                "gateway")) {
            Component traced = component(all, app);
            assertThat(traced.launch().environment())
                    .as(app)
                    .containsEntry("TRACING_ZIPKIN_ENABLED", "true")
                    .containsEntry("TRACING_ZIPKIN_ENDPOINT", "http://127.0.0.1:9411/api/v2/spans")
                    .containsEntry("TRACING_SAMPLING_PROBABILITY", "1.0");
            assertThat(traced.dependsOn())
                    .as("so that down stops it after the apps' last spans")
                    .contains("zipkin");
        }
        assertThat(all.entryPoints()).extracting(Stack.EntryPoint::url).containsOnlyOnce("http://127.0.0.1:9411");
    }

    @Test
    void tracingOnRequestExportsWithoutSamplingAndLeavesZipkinToTheCaller() {
        Stack monolith = stacks.monolith(new StackOptions(true, StackPorts.defaults(), Tracing.onRequest(40411)));

        assertThat(monolith.components()).extracting(Component::name).containsExactly("postgres", "monolith");
        assertThat(component(monolith, "monolith").launch().environment())
                .containsEntry("TRACING_ZIPKIN_ENDPOINT", "http://127.0.0.1:40411/api/v2/spans")
                .containsEntry("TRACING_SAMPLING_PROBABILITY", "0.0");
    }

    @Test
    void everyComponentIsFoundByNameOrAlias() {
        for (String name : List.of(
                "postgres",
                "database",
                "monolith",
                "discovery",
                "gateway",
                "catalog-service",
                "reviews-service",
                "inventory-service",
                "orders-service",
                "payments-service")) {
            assertThat(stacks.component(name, StackOptions.defaults())).as(name).isPresent();
        }
        assertThat(stacks.component("catalog-service-2", StackOptions.defaults()))
                .isEmpty();
    }

    @Test
    void anotherInstanceIsNamedAfterItsNumberAndKeepsItsConfiguration() {
        SpringBootApp first = component(stacks.microservices(StackOptions.defaults()), "catalog-service")
                .app();

        Component second = first.withInstance(2, 40123, 40124).toComponent(LAYOUT);

        assertThat(second.name()).isEqualTo("catalog-service-2");
        assertThat(second.runs("catalog-service")).isTrue();
        assertThat(second.port()).isEqualTo(40123);
        assertThat(second.launch().command()).contains("--server.port=40123", "--management.server.port=40124");
        assertThat(second.healthTarget()).isEqualTo("http://127.0.0.1:40124/actuator/health/readiness");
        assertThat(second.launch().environment()).isEqualTo(first.environment());
        assertThat(second.logFile()).isEqualTo(Path.of("/repo/target/lab/logs/catalog-service-2.log"));
        assertThat(second.launch().snapshots().get(0).copy())
                .isEqualTo(Path.of("/repo/target/lab/run/catalog-service-2.jar"));
        assertThat(SpringBootApp.instanceName("monolith", 2)).isEqualTo("monolith-2");
    }

    @Test
    void aTestsLabDirectoryHoldsEverythingItCreates() {
        LabLayout layout = new LabLayout(Path.of("/repo"), Path.of("/tmp/suite"));
        Component monolith = new Stacks(layout)
                .monolith(StackOptions.defaults())
                .components()
                .get(1);

        assertThat(monolith.logFile()).isEqualTo(Path.of("/tmp/suite/logs/monolith.log"));
        assertThat(monolith.launch().snapshots().get(0).source())
                .isEqualTo(Path.of("/repo/monolith-api/target/monolith-api.jar"));
        assertThat(layout.stateFile()).isEqualTo(Path.of("/tmp/suite/state.json"));
    }

    private static Component component(Stack stack, String name) {
        return stack.components().stream()
                .filter(component -> component.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
