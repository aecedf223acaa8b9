package io.shoplab.lab.process;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lab stopped by a signal leaves none of its foreground commands behind, nor what they started. */
class ForegroundCommandTest {

    @TempDir
    Path directory;

    @Test
    void aLabStoppedBySigtermStopsItsCommandAndWhatTheCommandStarted() throws Exception {
        Path pids = directory.resolve("pids");
        // A lab (this class's main) running a shell that starts a child, as Maven forks Gatling.
        Process lab = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ForegroundCommandTest.class.getName(),
                        pids.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("lab.log").toFile())
                .start();
        List<ProcessHandle> started = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            Files.exists(pids) && Files.readString(pids).lines().count() == 2);
            Files.readString(pids)
                    .lines()
                    .forEach(pid ->
                            started.add(ProcessHandle.of(Long.parseLong(pid)).orElseThrow()));

            lab.destroy();

            await().atMost(Duration.ofSeconds(20)).until(() -> started.stream().noneMatch(ProcessHandle::isAlive));
        } finally {
            lab.destroyForcibly();
            started.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The lab of the test: a shell in the foreground, which writes its PID and its child's, then waits. */
    public static void main(String[] arguments) {
        ForegroundCommand.run(
                Path.of("."),
                List.of(
                        "bash",
                        "-c",
                        "sleep 120 & echo $$ > " + arguments[0] + ".tmp; echo $! >> " + arguments[0] + ".tmp; mv "
                                + arguments[0] + ".tmp " + arguments[0] + "; wait"));
    }
}
