package io.shoplab.lab.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import io.shoplab.lab.LabException;

/** A command the user watches: run in the given directory, its output straight to the lab's terminal. */
public final class ForegroundCommand {

    private ForegroundCommand() {}

    /** Runs it to its end and returns its exit code. */
    public static int run(Path directory, List<String> command) {
        try {
            return new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while running " + command.get(0));
        }
    }
}
