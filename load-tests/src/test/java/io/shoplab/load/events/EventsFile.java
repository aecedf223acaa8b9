package io.shoplab.load.events;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file the simulation appends lines to, shared by all virtual users. Each line is flushed at once:
 * the lab reads the file while the load runs (it starts its clock at the first answer).
 */
final class EventsFile {

    private final BufferedWriter writer;

    private EventsFile(BufferedWriter writer) {
        this.writer = writer;
    }

    /** Writes to the path in the system property; does nothing when it is not set (a plain load run). */
    static EventsFile fromSystemProperty(String property) {
        String path = System.getProperty(property);
        if (path == null || path.isBlank()) {
            return new EventsFile(null);
        }
        try {
            Path file = Path.of(path);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return new EventsFile(Files.newBufferedWriter(
                    file,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    boolean isEnabled() {
        return writer != null;
    }

    synchronized void append(String line) {
        if (writer == null) {
            return;
        }
        try {
            writer.write(line);
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
