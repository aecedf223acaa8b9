package io.shoplab.lab.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A file whose first line is a PID, such as PostgreSQL's {@code DATA/postmaster.pid}. */
public final class PidFile {

    private PidFile() {}

    /** The running process the file names; empty if the file is missing, unreadable or names a dead process. */
    public static Optional<ProcessRef> read(Path file) {
        try {
            String firstLine =
                    Files.readAllLines(file).stream().findFirst().orElse("").trim();
            return ProcessRef.of(Long.parseLong(firstLine)).filter(ProcessRef::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
