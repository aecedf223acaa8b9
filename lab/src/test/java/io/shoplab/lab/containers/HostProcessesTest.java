package io.shoplab.lab.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.shoplab.lab.process.ProcFs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM of a container found from its init's PID in a /proc of the test's making. */
class HostProcessesTest {

    private static final String ID = "03c529e313cca7282b773e10d4ff7ac0ef5b168e769f08ff54490401e655aa8b";

    @TempDir
    Path proc;

    @Test
    void theJvmIsTheInitsChild() throws IOException {
        process(100, "podman-init", ID, 101);
        process(101, "java", ID);

        assertThat(new HostProcesses(new ProcFs(proc)).workerPid(container(100))).hasValue(101);
    }

    @Test
    void aMainProcessThatDoesTheWorkItselfCounts() throws IOException {
        process(200, "postgres", ID, 201, 202);
        process(201, "postgres", ID);

        assertThat(new HostProcesses(new ProcFs(proc)).workerPid(container(200))).hasValue(200);
    }

    @Test
    void aPidThatIsNotTheContainersHereIsNotMeasured() throws IOException {
        // Docker Desktop: the engine's PID names some other process of this machine, or none.
        process(300, "bash", "/user.slice/session-1.scope");

        assertThat(new HostProcesses(new ProcFs(proc)).workerPid(container(300))).isEmpty();
        assertThat(new HostProcesses(new ProcFs(proc)).workerPid(container(400))).isEmpty();
        assertThat(new HostProcesses(new ProcFs(proc)).workerPid(container(0))).isEmpty();
    }

    private void process(long pid, String command, String cgroupPath, long... children) throws IOException {
        Path directory = Files.createDirectories(proc.resolve(Long.toString(pid)).resolve("task").resolve(Long.toString(pid)));
        Files.writeString(proc.resolve(Long.toString(pid)).resolve("comm"), command + "\n");
        Files.writeString(proc.resolve(Long.toString(pid)).resolve("cgroup"),
                "9:name=systemd:/libpod_parent/libpod-" + cgroupPath + "\n8:pids:/libpod_parent/libpod-" + cgroupPath + "\n");
        StringBuilder list = new StringBuilder();
        for (long child : children) {
            list.append(child).append(' ');
        }
        Files.writeString(directory.resolve("children"), list.toString());
    }

    private static ContainerInfo container(long pid) {
        return new ContainerInfo(ID, "shoplab_monolith_1", "monolith", 1, false, pid > 0, false, pid, Optional.empty(), Optional.empty(),
                Map.of(), "shoplab/monolith-api", List.of(), "shoplab_default", true, 0, 0);
    }
}
