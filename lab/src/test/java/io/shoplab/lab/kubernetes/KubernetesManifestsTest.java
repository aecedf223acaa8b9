package io.shoplab.lab.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every overlay under k8s/overlays renders with {@code kubectl kustomize}, and what it renders passes a schema
 * check: each object is read into fabric8's typed Kubernetes model, and a field the model does not know (a typo,
 * a wrong nesting) fails instead of being kept aside. Then what the manifests promise: probes on the actuator's
 * liveness and readiness groups on the management port, the memory budgets of docker-compose.yml, its images,
 * and the same database init script. Skipped without kubectl unless {@code shoplab.kubectl.required} (CI).
 */
class KubernetesManifestsTest {

    private static final Path ROOT =
            Path.of(System.getProperty("shoplab.home", "..")).toAbsolutePath().normalize();

    /** Each overlay rendered once for all the checks. */
    private static final Map<Path, List<HasMetadata>> RENDERED = new ConcurrentHashMap<>();

    static Stream<Path> overlays() throws IOException {
        try (Stream<Path> folders = Files.list(ROOT.resolve("k8s/overlays"))) {
            return folders.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void rendersObjectsTheKubernetesSchemaKnows(Path overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);

        assertThat(objects).isNotEmpty().allSatisfy(object -> {
            assertThat(object)
                    .as("%s %s is no kind fabric8 knows", object.getKind(), name(object))
                    .isNotInstanceOf(GenericKubernetesResource.class);
            assertThat(unknownFields(object, object.getKind() + " " + name(object)))
                    .isEmpty();
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void appsAreProbedAndBudgetedAsInCompose(Path overlay) throws Exception {
        Map<String, Map<String, Object>> compose = composeServices();
        List<Deployment> deployments = ofKind(render(overlay), Deployment.class);

        assertThat(deployments).isNotEmpty().allSatisfy(deployment -> {
            String name = deployment.getMetadata().getName();
            Container app =
                    deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            Map<String, Object> service = compose.get(name);
            assertThat(service).as("a service %s in docker-compose.yml", name).isNotNull();

            assertThat(app.getImage()).isEqualTo(service.get("image") + ":latest");
            // Compose's default, where a variable may give the node another budget: ${SHOPLAB_NODE_MEMORY:-640m}
            String memoryLimit = service.get("mem_limit").toString().replaceAll("^\\$\\{[A-Z_]+:-(.+)}$", "$1");
            Quantity budget = new Quantity(memoryLimit.replace("m", "Mi"));
            assertThat(app.getResources().getLimits()).containsEntry("memory", budget);
            assertThat(app.getResources().getRequests())
                    .containsEntry("memory", budget)
                    .containsKey("cpu");
            assertProbe(app.getLivenessProbe(), "/actuator/health/liveness");
            assertProbe(app.getReadinessProbe(), "/actuator/health/readiness");
            assertThat(app.getPorts())
                    .filteredOn(port -> port.getName().equals("management"))
                    .singleElement()
                    .satisfies(port -> assertThat(port.getContainerPort().toString())
                            .isEqualTo(
                                    environment(service).get("MANAGEMENT_PORT").toString()));
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void postgresIsInitialisedAsInCompose(Path overlay) throws Exception {
        ConfigMap init = ofKind(render(overlay), ConfigMap.class).stream()
                .filter(map -> map.getMetadata().getName().startsWith("postgres-init"))
                .findFirst()
                .orElseThrow();

        assertThat(init.getData().get("create-databases.sql"))
                .isEqualTo(Files.readString(ROOT.resolve("docker/postgres/create-databases.sql")));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void anAutoscalerTargetsADeploymentOfItsOverlay(Path overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        List<String> deployments = ofKind(objects, Deployment.class).stream()
                .map(KubernetesManifestsTest::name)
                .toList();

        assertThat(ofKind(objects, HorizontalPodAutoscaler.class))
                .allSatisfy(autoscaler -> assertThat(deployments)
                        .contains(autoscaler.getSpec().getScaleTargetRef().getName()));
    }

    @Test
    void theSchemaCheckCatchesAMisspelledField() {
        Deployment misspelled = Serialization.unmarshal("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          readinessProbe: {httpGett: {path: /ready, port: 8080}}
                """, Deployment.class);

        assertThat(unknownFields(misspelled, "Deployment app"))
                .containsExactly("Deployment app.Spec.Template.Spec.Containers[0].ReadinessProbe.httpGett");
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).as("a probe on %s", path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management");
    }

    private static List<HasMetadata> render(Path overlay) throws IOException, InterruptedException {
        List<HasMetadata> known = RENDERED.get(overlay);
        if (known == null) {
            known = kustomize(overlay);
            RENDERED.put(overlay, known);
        }
        return known;
    }

    private static List<HasMetadata> kustomize(Path overlay) throws IOException, InterruptedException {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException missing) {
            if (Boolean.getBoolean("shoplab.kubectl.required")) {
                throw new AssertionError("kubectl is required (shoplab.kubectl.required) but cannot be run", missing);
            }
            assumeTrue(false, "kubectl is not installed: skipped");
            throw missing;
        }
        String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
        assertThat(kubectl.exitValue())
                .as("kubectl kustomize %s:%n%s", overlay, output)
                .isZero();
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : output.split("(?m)^---$")) {
            if (!document.isBlank()) {
                objects.add(Serialization.unmarshal(document, HasMetadata.class));
            }
        }
        return objects;
    }

    /** The paths of fields the typed model kept aside in an additionalProperties map: fields it does not know. */
    static List<String> unknownFields(Object value, String path) {
        List<String> unknown = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                unknown.addAll(unknownFields(item, path + "[" + index++ + "]"));
            }
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> unknown.addAll(unknownFields(item, path + "." + key)));
        } else if (value != null && value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            for (Method getter : value.getClass().getMethods()) {
                if (getter.getParameterCount() > 0
                        || Modifier.isStatic(getter.getModifiers())
                        || !getter.getName().startsWith("get")
                        || getter.getName().equals("getClass")) {
                    continue;
                }
                Object field = invoke(getter, value);
                if (getter.getName().equals("getAdditionalProperties")) {
                    ((Map<?, ?>) field).keySet().forEach(key -> unknown.add(path + "." + key));
                } else {
                    unknown.addAll(
                            unknownFields(field, path + "." + getter.getName().substring(3)));
                }
            }
        }
        return unknown;
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(getter.toString(), e);
        }
    }

    private static <T> List<T> ofKind(List<HasMetadata> objects, Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static String name(HasMetadata object) {
        return object.getMetadata().getName();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> composeServices() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        return (Map<String, Object>) service.get("environment");
    }
}
