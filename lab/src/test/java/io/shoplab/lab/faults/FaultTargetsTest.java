package io.shoplab.lab.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.process.ProcessRef;
import io.shoplab.lab.stack.Component;
import io.shoplab.lab.stack.LabState;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.SpringBootApp;
import io.shoplab.lab.stack.StackOptions;
import io.shoplab.lab.stack.StackPorts;
import io.shoplab.lab.stack.Stacks;
import org.junit.jupiter.api.Test;

class FaultTargetsTest {

    private static final LabLayout LAYOUT = new LabLayout(Path.of("/repo"));
    /** The test's own JVM stands in for every running app: alive, and never signalled. */
    private static final ProcessRef ALIVE =
            ProcessRef.of(ProcessHandle.current().pid()).orElseThrow();

    @Test
    void aModuleOfTheMicroservicesMeansEveryInstanceOfItsService() {
        LabState state = running(Stacks.MICROSERVICES, true, "reviews-service", "catalog-service");
        SpringBootApp reviews = app(state, "reviews-service");
        state = state.with(alive(reviews.withInstance(2, 40000, 40001).toComponent(LAYOUT)));

        assertThat(FaultTargets.forComponent(state.liveApps(), Optional.empty(), "reviews"))
                .extracting(SpringBootApp::name, SpringBootApp::baseUrl)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("reviews-service", "http://127.0.0.1:8082"),
                        org.assertj.core.groups.Tuple.tuple("reviews-service-2", "http://127.0.0.1:40000"));
    }

    @Test
    void theDatabaseOfTheMicroservicesMeansEveryService() {
        LabState state =
                running(Stacks.MICROSERVICES, true, "discovery", "catalog-service", "orders-service", "gateway");

        assertThat(FaultTargets.forComponent(state.liveApps(), Optional.of("microservices"), "database"))
                .extracting(SpringBootApp::name)
                .containsExactly("catalog-service", "orders-service");
    }

    @Test
    void inTheMonolithEveryComponentIsTheOneApp() {
        LabState state = running(Stacks.MONOLITH, true, "monolith");

        assertThat(FaultTargets.forComponent(state.liveApps(), Optional.empty(), "payments"))
                .extracting(SpringBootApp::baseUrl)
                .containsExactly("http://127.0.0.1:8080");
    }

    @Test
    void saysSoWhenTheStackRunsWithoutFaults() {
        LabState state = running(Stacks.MONOLITH, false, "monolith");

        assertThatThrownBy(() -> FaultTargets.forComponent(state.liveApps(), Optional.empty(), "reviews"))
                .isInstanceOf(LabException.class)
                .hasMessageContaining("without --faults")
                .hasMessageContaining("./shoplab up monolith --faults");
    }

    @Test
    void needsTheStackNamedWhenBothRunAndAKnownComponent() {
        LabState both = running(Stacks.MONOLITH, true, "monolith")
                .with(alive(component(Stacks.MICROSERVICES, true, "reviews-service")));

        assertThatThrownBy(() -> FaultTargets.forComponent(both.liveApps(), Optional.empty(), "reviews"))
                .hasMessageContaining("--stack");
        assertThat(FaultTargets.forComponent(both.liveApps(), Optional.of("monolith"), "reviews"))
                .extracting(SpringBootApp::name)
                .containsExactly("monolith");
        assertThatThrownBy(() -> FaultTargets.forComponent(both.liveApps(), Optional.of("monolith"), "shipping"))
                .hasMessageContaining("unknown component");
    }

    private static LabState running(String stack, boolean faults, String... names) {
        LabState state = LabState.empty();
        for (String name : names) {
            state = state.with(alive(component(stack, faults, name)));
        }
        return state;
    }

    private static Component component(String stack, boolean faults, String name) {
        return new Stacks(LAYOUT)
                .component(name, new StackOptions(faults, StackPorts.defaults()))
                .orElseThrow();
    }

    private static RunningComponent alive(Component component) {
        return new RunningComponent(component, ALIVE, List.of(), Instant.now());
    }

    private static SpringBootApp app(LabState state, String name) {
        return state.find(name).orElseThrow().component().app();
    }
}
