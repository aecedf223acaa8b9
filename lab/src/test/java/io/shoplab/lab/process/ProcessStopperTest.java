package io.shoplab.lab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A process tree ends whole, with no process group to signal: the leader, then what it left behind. */
class ProcessStopperTest {

    /** A duration no other process sleeps: what marks the fork loop's children. */
    private static final String FORKED_SLEEP = "2999.25";

    private Process shell;

    @AfterEach
    void killWhatIsLeft() {
        shell.descendants().forEach(ProcessHandle::destroyForcibly);
        shell.destroyForcibly();
        forkedSleeps().forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void stopsAShellAndEveryProcessItStartedWithinTheGracePeriod() throws IOException {
        List<ProcessRef> tree = startTree("sleep 60 & sleep 60");

        Instant start = Instant.now();
        ProcessStopper.stop(tree.get(0), List.of(), Duration.ofSeconds(30));

        assertThat(tree).noneMatch(ProcessRef::isAlive);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void killsWhatIgnoresSigtermOnceTheGracePeriodIsOver() throws IOException {
        List<ProcessRef> tree = startTree("trap '' TERM; sleep 60 & sleep 60");

        ProcessStopper.stop(tree.get(0), List.of(), Duration.ofSeconds(1));

        assertThat(tree).noneMatch(ProcessRef::isAlive);
    }

    @Test
    void killsAProcessWithAllItsDescendants() throws IOException {
        List<ProcessRef> tree = startTree("sleep 60 & sleep 60");

        ProcessStopper.kill(List.of(tree.get(0)));

        assertThat(tree).noneMatch(ProcessRef::isAlive);
    }

    @Test
    void killsAProcessThatIsForkingWithEveryChildItForks() throws IOException {
        // A bounded fork loop, as a postmaster starting backends for new connections under load.
        shell = new ProcessBuilder("sh", "-c", "for i in $(seq 1 2000); do sleep " + FORKED_SLEEP + " & done; wait")
                .start();
        await().atMost(Duration.ofSeconds(10)).until(() -> shell.descendants().count() > 50);

        ProcessStopper.kill(List.of(ProcessRef.of(shell.pid()).orElseThrow()));

        assertThat(forkedSleeps()).isEmpty();
    }

    /** The fork loop's children wherever they are now, re-parented ones too. */
    private static List<ProcessHandle> forkedSleeps() {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .arguments()
                        .map(List::of)
                        .orElse(List.of())
                        .contains(FORKED_SLEEP))
                .toList();
    }

    /** The shell and its two sleeps (one may be the shell itself, where a shell execs its last command). */
    private List<ProcessRef> startTree(String script) throws IOException {
        shell = new ProcessBuilder("sh", "-c", script).start();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> tree().filter(ProcessStopperTest::isSleep).count() == 2);
        return tree().map(handle -> ProcessRef.of(handle.pid()).orElseThrow()).toList();
    }

    private Stream<ProcessHandle> tree() {
        return Stream.concat(Stream.of(shell.toHandle()), shell.descendants());
    }

    private static boolean isSleep(ProcessHandle process) {
        return OsProcesses.system()
                .read(process.pid())
                .filter(reading -> reading.name().equals("sleep"))
                .isPresent();
    }
}
