package io.shoplab.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.containers.ComposeStackControl;
import io.shoplab.lab.containers.ContainerStack;
import io.shoplab.lab.stack.Stacks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml, for real, driven by the lab's own Compose code ({@code --platform compose}): the app
 * images built from the sources, every service but Grafana started on the engine at {@code DOCKER_HOST} and
 * waited for as the lab waits for them, the contract suite (contract-tests, unchanged) run through the
 * gateway and against the monolith, then reviews-service killed: the microservices' product page
 * degrades, the monolith's does not. The stack is removed at the end whatever happened.
 *
 * <p>Opt-in ({@code -Pcontainers}); skipped, with the reason, when no container engine answers, unless
 * {@code shop.containers.required} (CI) makes that a failure ({@link ContainerPrerequisites}). Base images
 * come from the environment ({@code SHOPLAB_BUILD_IMAGE}, {@code SHOPLAB_JAVA_IMAGE}, {@code SHOPLAB_POSTGRES_IMAGE},
 * {@code SHOPLAB_PROMETHEUS_IMAGE}; see docker-compose.yml); published ports are free ones, so a running
 * lab does not clash. Compose runs in {@code shop.composeRoot} (default: this checkout; CI passes a clean
 * clone with no jar built, so the images are proven to build from the sources alone), with the settings a
 * user's {@code docker compose up} has (images from the sources, the gateway's rate limit on) unless the
 * environment says otherwise. The Compose project is {@code shop.containers.project} (default
 * {@code shoplab-e2e}): each run first removes what a killed earlier run of that name left. The lab's output,
 * Compose's included, goes to {@code target/compose/compose.log}.
 */
@ExtendWith(ContainerPrerequisites.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainerStackIT {

    /** Everything in docker-compose.yml but Grafana, which is for people, not for this test. */
    private static final List<String> SERVICES = List.of(
            "postgres",
            "discovery",
            "catalog-service",
            "reviews-service",
            "inventory-service",
            "orders-service",
            "payments-service",
            "gateway",
            "monolith",
            "prometheus");
    /**
     * The images built from the sources (Maven and the dependencies downloaded in the first build when no build kept
     * them, as CI's {@code .ci/containers keep-dependencies} does; 25 minutes
     * allowed), then eight JVMs started in containers: about three minutes on two cores, seen up to eight on a busy machine.
     */
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(50);

    private static final Duration ROUTES_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ContainerStack containers;
    private ComposeStackControl lab;
    private Thread removeOnExit;
    private URI gateway;
    private URI monolith;
    private URI prometheus;
    private Path repoRoot;

    @BeforeAll
    void startTheStack() throws IOException {
        repoRoot = Path.of(System.getProperty("shop.repoRoot", ".."))
                .toAbsolutePath()
                .normalize();
        // The checkout Compose builds from: this one, or (CI) a clean clone of it with no jar built.
        Path composeRoot = Path.of(System.getProperty("shop.composeRoot", repoRoot.toString()))
                .toAbsolutePath()
                .normalize();
        LabLayout layout =
                new LabLayout(composeRoot, Path.of("target", "compose").toAbsolutePath());
        Files.createDirectories(layout.labDirectory());
        Path log = layout.labDirectory().resolve("compose.log");
        PrintStream out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8);
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("SHOPLAB_COMPOSE_PROJECT", System.getProperty("shop.containers.project", "shoplab-e2e"));
        environment.putIfAbsent("SHOPLAB_JARS", "source");
        environment.putIfAbsent("SHOPLAB_GATEWAY_RATE_LIMIT", "true");
        environment.putIfAbsent("SHOPLAB_COMPOSE_SERVICES", String.join(" ", SERVICES));

        // Whatever a killed earlier run left behind; then a project of its own, remembered under target/compose.
        ContainerStack.prepare(layout, environment, Stacks.ALL, false, true, true, out)
                .down(DOWN_TIMEOUT);
        containers = ContainerStack.prepare(layout, environment, Stacks.ALL, false, true, true, out);
        lab = new ComposeStackControl(layout, containers, out);
        removeOnExit = new Thread(() -> containers.down(DOWN_TIMEOUT));
        Runtime.getRuntime().addShutdownHook(removeOnExit);
        System.out.printf(
                "container stack: %s from %s (images built from %s), %s; log %s%n",
                containers.projectName(),
                composeRoot,
                environment.get("SHOPLAB_JARS").equals("checkout") ? "the jars in target/" : "the sources",
                baseImages(),
                log);

        long started = System.nanoTime();
        Duration up = containers.up(Stacks.ALL, UP_TIMEOUT);
        gateway = URI.create(lab.baseUrl(Stacks.MICROSERVICES));
        monolith = URI.create(lab.baseUrl(Stacks.MONOLITH));
        prometheus = URI.create(containers.entryPoints(Stacks.ALL).stream()
                .filter(entry -> entry.label().equals("prometheus"))
                .findFirst()
                .orElseThrow()
                .url());
        long ready = System.nanoTime();
        // A complete product page and a confirmed order take the first, slowest calls of each path.
        awaitCompleteProductPage(gateway, ROUTES_TIMEOUT);
        awaitCompleteProductPage(monolith, ROUTES_TIMEOUT);
        awaitConfirmedOrder(gateway, ROUTES_TIMEOUT);
        awaitConfirmedOrder(monolith, ROUTES_TIMEOUT);
        System.out.printf(
                "container stack (%s): images built in %d s, every container ready and every route working %d s later,"
                        + " product page and order answering %d s after that; gateway %s, monolith %s%n",
                containers.describe(),
                seconds(ready - started) - up.toSeconds(),
                up.toSeconds(),
                seconds(System.nanoTime() - ready),
                gateway,
                monolith);
    }

    @AfterAll
    void removeTheStack() {
        if (removeOnExit == null) {
            return;
        }
        long started = System.nanoTime();
        // Should this fail, the shutdown hook tries once more when the JVM exits.
        containers.down(DOWN_TIMEOUT);
        Runtime.getRuntime().removeShutdownHook(removeOnExit);
        System.out.printf("container stack: removed in %d s%n", seconds(System.nanoTime() - started));
        assertThat(containers.parts().components()).as("containers left").isEmpty();
    }

    @Test
    @Order(1)
    void theContractHoldsThroughTheContainerisedGateway() {
        assertContractSuitePasses("gateway", gateway);
    }

    @Test
    @Order(2)
    void theContractHoldsOnTheContainerisedMonolith() {
        assertContractSuitePasses("monolith", monolith);
    }

    /**
     * What Grafana would draw after the suites' traffic: every query of both provisioned dashboards,
     * asked of the containerised Prometheus, has series. (Grafana itself has no stand-in on a machine
     * without a registry; the dashboards are plain PromQL over this Prometheus.)
     */
    @Test
    @Order(3)
    void everyDashboardQueryHasDataAfterTheSuites() throws Exception {
        List<String> queries = DashboardQueries.in(repoRoot.resolve("docker/grafana/dashboards"));
        assertThat(queries).as("dashboard queries").hasSizeGreaterThanOrEqualTo(12);
        for (String query : queries) {
            await("data for " + query)
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(5))
                    .untilAsserted(
                            () -> assertThat(prometheusSeries(query)).as(query).isPositive());
        }
    }

    @Test
    @Order(4)
    void killingReviewsServiceDegradesOnlyTheMicroservicesProductPage() {
        lab.kill("reviews-service");

        await("the gateway's product page without reviews")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonNode page = productPage(gateway);
                    assertThat(page.path("degraded").valueStream().map(JsonNode::asString))
                            .contains("reviews");
                    assertThat(page.path("rating").path("status").asString()).isEqualTo("UNAVAILABLE");
                    assertThat(page.path("name").asString()).isNotBlank();
                });
        await("the monolith's complete product page")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonNode page = productPage(monolith);
                    assertThat(page.path("degraded").valueStream().map(JsonNode::asString))
                            .doesNotContain("reviews");
                    assertThat(page.path("rating").path("status").asString()).isEqualTo("OK");
                });
    }

    private int prometheusSeries(String query) throws Exception {
        URI uri = prometheus.resolve("/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("status").asString())
                .as("Prometheus answer to %s: %s", query, response.body())
                .isEqualTo("success");
        return answer.path("data").path("result").size();
    }

    private void assertContractSuitePasses(String stack, URI baseUrl) {
        long started = System.nanoTime();
        TestExecutionSummary summary = ContractSuite.runAgainst(baseUrl);
        System.out.printf(
                "contract suite via the containerised %s (%s): %d tests, %d passed, %d failed, %d skipped in %d s%n",
                stack,
                baseUrl,
                summary.getTestsFoundCount(),
                summary.getTestsSucceededCount(),
                summary.getTotalFailureCount(),
                summary.getTestsSkippedCount() + summary.getTestsAbortedCount(),
                seconds(System.nanoTime() - started));
        StringWriter failures = new StringWriter();
        summary.printFailuresTo(new PrintWriter(failures), 15);
        assertThat(summary.getTestsFoundCount())
                .as("contract tests found on the class path")
                .isPositive();
        assertThat(summary.getTotalFailureCount())
                .as("contract failures against the %s:%n%s", stack, failures)
                .isZero();
        // An aborted or skipped contract test checked nothing: on a fresh stack every one must run and pass.
        assertThat(summary.getTestsSucceededCount())
                .as(
                        "contract tests that passed against the %s (%d aborted, %d skipped)",
                        stack, summary.getTestsAbortedCount(), summary.getTestsSkippedCount())
                .isEqualTo(summary.getTestsFoundCount());
    }

    private void awaitCompleteProductPage(URI baseUrl, Duration timeout) {
        await("a complete product page from " + baseUrl)
                .atMost(timeout)
                .pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .untilAsserted(
                        () -> assertThat(productPage(baseUrl).path("degraded").isEmpty())
                                .isTrue());
    }

    private void awaitConfirmedOrder(URI baseUrl, Duration timeout) {
        String order = "{\"customerId\":\"container-stack-warm-up\",\"lines\":[{\"productId\":1,\"quantity\":1}]}";
        await("a confirmed order from " + baseUrl)
                .atMost(timeout)
                .pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(baseUrl.resolve("/api/orders"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(order))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode())
                            .as("POST %s/api/orders: %s", baseUrl, response.body())
                            .isEqualTo(201);
                    assertThat(JSON.readTree(response.body()).path("status").asString())
                            .isEqualTo("CONFIRMED");
                });
    }

    private JsonNode productPage(URI baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(baseUrl.resolve("/api/products/1"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("GET %s/api/products/1: %s", baseUrl, response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String baseImages() {
        return List.of(
                        "SHOPLAB_BUILD_IMAGE",
                        "SHOPLAB_JAVA_IMAGE",
                        "SHOPLAB_POSTGRES_IMAGE",
                        "SHOPLAB_PROMETHEUS_IMAGE")
                .stream()
                .map(name -> Optional.ofNullable(System.getenv(name))
                        .map(image -> name + "=" + image)
                        .orElse(name + " default"))
                .toList()
                .toString();
    }

    private static long seconds(long nanos) {
        return Duration.ofNanos(nanos).toSeconds();
    }
}
