package io.shoplab.lab.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.Platform;
import io.shoplab.lab.containers.ComposeProject;
import io.shoplab.lab.containers.ComposeStackControl;
import io.shoplab.lab.control.LocalStackControl;
import io.shoplab.lab.process.ProcessRef;
import io.shoplab.lab.stack.LabState;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.StackOptions;
import io.shoplab.lab.stack.Stacks;
import io.shoplab.lab.stack.StateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which platform each command acts on: the one `up` chose, remembered in the lab directory until `down`. */
class PlatformChoiceTest {

    @TempDir
    Path root;

    @Test
    void localProcessesByDefault() {
        LabContext lab = context();

        assertThat(lab.platform()).isEqualTo(Platform.LOCAL);
        assertThat(lab.choosePlatform(Optional.empty())).isEqualTo(Platform.LOCAL);
        assertThat(lab.choosePlatform(Optional.of("compose"))).isEqualTo(Platform.COMPOSE);
        assertThat(lab.experimentLab()).isInstanceOf(LocalStackControl.class);
    }

    @Test
    void containersOnceUpRememberedThemAndUntilDownForgetsThem() {
        LabContext lab = context();
        project().save(lab.layout());

        assertThat(lab.platform()).isEqualTo(Platform.COMPOSE);
        assertThat(lab.choosePlatform(Optional.empty()))
                .as("later commands need no flag")
                .isEqualTo(Platform.COMPOSE);
        assertThat(lab.experimentLab()).isInstanceOf(ComposeStackControl.class);
        assertThat(lab.experimentLab().platform()).isEqualTo(Platform.COMPOSE);
        assertThat(lab.containers().projectName()).isEqualTo("shoplab-lab");
        assertThatThrownBy(() -> lab.choosePlatform(Optional.of("local")))
                .isInstanceOf(LabException.class)
                .hasMessageContaining("./shoplab down first");

        ComposeProject.forget(lab.layout());

        assertThat(lab.platform()).isEqualTo(Platform.LOCAL);
        assertThat(lab.experimentLab()).isInstanceOf(LocalStackControl.class);
    }

    @Test
    void noContainersBesideLocalProcesses() {
        LabContext lab = context();
        // The test's own JVM stands in for a running component: alive, and never signalled.
        ProcessRef alive = ProcessRef.of(ProcessHandle.current().pid()).orElseThrow();
        lab.store()
                .save(LabState.empty()
                        .with(new RunningComponent(
                                lab.stacks()
                                        .component("monolith", StackOptions.defaults())
                                        .orElseThrow(),
                                alive,
                                List.of(),
                                Instant.now())));

        assertThatThrownBy(() -> lab.choosePlatform(Optional.of("compose")))
                .isInstanceOf(LabException.class)
                .hasMessageContaining("runs local processes");
        assertThatThrownBy(() -> lab.choosePlatform(Optional.of("kubernetes")))
                .hasMessageContaining("local or compose");
    }

    private LabContext context() {
        LabLayout layout = new LabLayout(root);
        return new LabContext(layout, new StateStore(layout.stateFile()));
    }

    private ComposeProject project() {
        return new ComposeProject(
                "shoplab-lab",
                List.of("docker-compose"),
                List.of(root.resolve("docker-compose.yml")),
                Map.of("SHOPLAB_PROFILES", "docker"),
                List.of(Stacks.MONOLITH),
                List.of());
    }
}
