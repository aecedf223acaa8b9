package io.shoplab.platform.test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Freezes the test's PostgreSQL server as a hung machine would: SIGSTOP to the postmaster and every
 * backend, SIGCONT on {@link #close()}. Connections stay open and accept bytes, but nothing answers.
 * Only for the embedded server, whose processes are this machine's.
 */
public final class FrozenDatabase implements AutoCloseable {

    private final List<Long> pids;

    private FrozenDatabase(List<Long> pids) {
        this.pids = pids;
    }

    /** Freezes the server that {@code jdbc} talks to; the postmaster first, so it starts no new backend. */
    public static FrozenDatabase freeze(JdbcClient jdbc) {
        long backend = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
        ProcessHandle postmaster = ProcessHandle.of(backend)
                .flatMap(ProcessHandle::parent)
                .orElseThrow(() ->
                        new IllegalStateException("PostgreSQL backend " + backend + " is no process of this machine"));
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster.pid());
        postmaster.descendants().map(ProcessHandle::pid).forEach(pids::add);
        signal("-STOP", pids);
        return new FrozenDatabase(pids);
    }

    @Override
    public void close() {
        signal("-CONT", pids);
    }

    private static void signal(String signal, List<Long> pids) {
        List<String> command = Stream.concat(
                        Stream.of("kill", signal), pids.stream().map(String::valueOf))
                .toList();
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
