package io.shoplab.lab.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.faults.FaultTargets;
import org.junit.jupiter.api.Test;

/** What the lab makes of `docker inspect` (a podman answer, trimmed): names, addresses, faults, fault targets. */
class ContainerPartsTest {

    private static final LabLayout LAYOUT = new LabLayout(Path.of("/repo"));

    @Test
    void readsWhatTheEngineSaysOfEachContainer() {
        List<ContainerInfo> containers = ContainerInfo.parse(inspect());

        assertThat(containers)
                .extracting(
                        ContainerInfo::service,
                        ContainerInfo::number,
                        ContainerInfo::oneOff,
                        ContainerInfo::running,
                        ContainerInfo::pid)
                .containsExactly(
                        tuple("monolith", 1, false, true, 24361L),
                        tuple("catalog-service", 2, false, true, 31000L),
                        tuple("postgres", 1, false, false, 0L),
                        tuple("monolith", 2, true, true, 32000L),
                        tuple("gateway", 1, false, true, 33000L));
        ContainerInfo monolith = containers.get(0);
        assertThat(monolith.shortId()).isEqualTo("03c529e313cc");
        assertThat(monolith.hostPort(8080)).hasValue(35029);
        assertThat(monolith.ipAddress()).contains("10.89.0.5");
        assertThat(monolith.startedAt()).contains(Instant.parse("2026-11-25T00:14:58.964185592Z"));
        assertThat(monolith.variable("SPRING_PROFILES_ACTIVE")).contains("docker,faults");
        assertThat(containers.get(2).ipAddress())
                .as("a stopped container has no address")
                .isEmpty();
        assertThat(containers.get(4))
                .extracting(
                        ContainerInfo::network,
                        ContainerInfo::init,
                        ContainerInfo::memoryBytes,
                        ContainerInfo::nanoCpus)
                .containsExactly("shoplab-lab_default", true, 671088640L, 500000000L);
    }

    @Test
    void namesContainersAsTheLabNamesItsProcessesAndReachesEachWhereItCan() {
        ContainerParts parts = ContainerParts.of(ContainerInfo.parse(inspect()), LAYOUT);

        assertThat(parts.components())
                .extracting(ContainerPart::name, ContainerPart::isAlive, ContainerPart::address)
                .containsExactly(
                        tuple("postgres", false, "-:5432"),
                        tuple("catalog-service-2", true, "10.89.0.9:8081"),
                        tuple("gateway", true, "127.0.0.1:43125"),
                        tuple("monolith", true, "127.0.0.1:35029"),
                        tuple("monolith-2", true, "10.89.0.12:8080"));
        assertThat(parts.find("database")).map(ContainerPart::name).contains("postgres");
        assertThat(parts.find("monolith").orElseThrow().component().app())
                .extracting(ContainerApp::baseUrl, ContainerApp::stack, ContainerApp::faults, ContainerApp::jar)
                .containsExactly(
                        "http://127.0.0.1:35029",
                        "monolith",
                        true,
                        Path.of("/repo/monolith-api/target/monolith-api.jar"));
        assertThat(parts.find("catalog-service-2").orElseThrow().healthTarget())
                .as("at the container's address, on its management port")
                .contains("http://10.89.0.9:18081/actuator/health/readiness");
        assertThat(parts.find("monolith").orElseThrow().app().managementUrl())
                .as("never published")
                .isEqualTo("http://10.89.0.5:18080");
        assertThat(parts.find("postgres").orElseThrow().app()).isNull();
        assertThat(parts.find("gateway").orElseThrow().app().faults())
                .as("the profile, but no fault endpoint")
                .isFalse();
        assertThat(parts.find("postgres").orElseThrow().healthTarget())
                .as("stopped: nowhere to ask")
                .isEmpty();
        assertThat(ComposeService.POSTGRES.healthTarget("10.89.0.2", 5432))
                .isEqualTo("jdbc:postgresql://10.89.0.2:5432/payments?user=postgres&password=postgres");
    }

    @Test
    void faultsGoToTheContainersAddressesByTheSameRulesAsForProcesses() {
        List<ContainerApp> apps =
                ContainerParts.of(ContainerInfo.parse(inspect()), LAYOUT).liveApps();

        assertThatThrownBy(() -> FaultTargets.forComponent(apps, Optional.empty(), "reviews"))
                .hasMessageContaining("--stack");
        assertThat(FaultTargets.forComponent(apps, Optional.of("monolith"), "reviews"))
                .extracting(ContainerApp::baseUrl)
                .containsExactly("http://127.0.0.1:35029", "http://10.89.0.12:8080");
        assertThatThrownBy(() -> FaultTargets.forComponent(apps, Optional.of("microservices"), "catalog"))
                .isInstanceOf(LabException.class)
                .hasMessageContaining("catalog-service-2 was started without --faults");
        assertThat(FaultTargets.faultEndpoints(apps, Optional.empty()))
                .extracting(ContainerApp::name)
                .containsExactly("monolith", "monolith-2");
    }

    static String inspect() {
        try (InputStream json = ContainerPartsTest.class.getResourceAsStream("/containers/inspect.json")) {
            return new String(json.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
