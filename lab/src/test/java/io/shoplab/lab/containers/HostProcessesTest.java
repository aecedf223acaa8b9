package io.shoplab.lab.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.shoplab.lab.process.ProcFs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM of a container found from its init's PID: real processes stand for the container's (a {@code sleep}
 * started under the name {@code java} for its JVM), and a /proc of the test's making gives their control groups.
 */
class HostProcessesTest {

    private static final String ID = "03c529e313cca7282b773e10d4ff7ac0ef5b168e769f08ff54490401e655aa8b";

    @TempDir
    Path proc;

    @TempDir
    Path bin;

    private Process init;

    @AfterEach
    void stopTheStandIns() {
        if (init != null) {
            init.descendants().forEach(ProcessHandle::destroyForcibly);
            init.destroyForcibly();
        }
    }

    /** Linux names a process after the file it was started from, the link, where macOS follows the link. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void theJvmIsTheInitsChild() throws IOException {
        Path java = Files.createSymbolicLink(bin.resolve("java"), Path.of(sleepProgram()));
        init = startInit(java + " 60 & wait");
        long jvm = await().atMost(Duration.ofSeconds(10))
                .until(() -> init.children().findFirst().map(ProcessHandle::pid), Optional::isPresent)
                .get();
        inContainer(init.pid(), ID);

        assertThat(new HostProcesses(new ProcFs(proc)).workerPid(container(init.pid())))
                .hasValue(jvm);
    }

    @Test
    void aMainProcessThatDoesTheWorkItselfCounts() throws IOException {
        init = startInit("sleep 60 & wait");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> init.children().findAny().isPresent());
        inContainer(init.pid(), ID);

        assertThat(new HostProcesses(new ProcFs(proc)).workerPid(container(init.pid())))
                .hasValue(init.pid());
    }

    @Test
    void aPidThatIsNotTheContainersHereIsNotMeasured() throws IOException {
        // Docker Desktop: the engine's PID names some other process of this machine, or none.
        init = startInit("sleep 60");
        inContainer(init.pid(), "/user.slice/session-1.scope");

        assertThat(new HostProcesses(new ProcFs(proc)).workerPid(container(init.pid())))
                .isEmpty();
        assertThat(new HostProcesses(new ProcFs(proc))
                        .workerPid(container(ProcessHandle.current().pid())))
                .isEmpty();
        assertThat(new HostProcesses(new ProcFs(proc)).workerPid(container(0))).isEmpty();
    }

    private static Process startInit(String script) throws IOException {
        return new ProcessBuilder("sh", "-c", script).start();
    }

    private static String sleepProgram() throws IOException {
        Process which = new ProcessBuilder("sh", "-c", "command -v sleep").start();
        return new String(which.getInputStream().readAllBytes()).strip();
    }

    private void inContainer(long pid, String cgroupPath) throws IOException {
        Path directory = Files.createDirectories(proc.resolve(Long.toString(pid)));
        Files.writeString(
                directory.resolve("cgroup"),
                "9:name=systemd:/libpod_parent/libpod-" + cgroupPath + "\n8:pids:/libpod_parent/libpod-" + cgroupPath
                        + "\n");
    }

    private static ContainerInfo container(long pid) {
        return new ContainerInfo(
                ID,
                "monolith",
                1,
                false,
                pid > 0,
                false,
                pid,
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                "shoplab/monolith-api",
                List.of(),
                "shoplab_default",
                true,
                0,
                0);
    }
}
