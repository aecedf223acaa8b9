package io.shoplab.lab.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The state file ({@code target/lab/state.json}) that lets each CLI run know what earlier ones started.
 * Components starting together record themselves from several threads: {@link #update} keeps each
 * read-change-write whole.
 */
public final class StateStore {

    /**
     * Records are written by their components only (not by derived {@code isAlive()}), paths as
     * plain paths rather than {@code file://} URIs, so people can read the file too.
     */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .addModule(new SimpleModule().addSerializer(Path.class, new ToStringSerializer(Path.class)))
            .build();

    private final Path file;

    public StateStore(Path file) {
        this.file = file;
    }

    /** The lab's own directory, where the state file is. */
    public Path labDirectory() {
        return file.toAbsolutePath().getParent();
    }

    public synchronized LabState load() {
        return Files.exists(file) ? readJson(file, LabState.class) : LabState.empty();
    }

    public synchronized LabState update(UnaryOperator<LabState> change) {
        LabState changed = change.apply(load());
        save(changed);
        return changed;
    }

    public synchronized void save(LabState state) {
        writeJson(file, state);
    }

    /** A file {@link #writeJson} wrote: the state, or the Compose project the lab remembers. */
    public static <T> T readJson(Path file, Class<T> type) {
        return JSON.readValue(file.toFile(), type);
    }

    /** Writes a new file and moves it into place, so a crash never leaves half a file. */
    public static void writeJson(Path file, Object value) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            JSON.writeValue(next.toFile(), value);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
