package io.shoplab.lab.stack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What was done to the lab's stacks by hand ({@code kill}, {@code start}, {@code fault}, {@code heal}),
 * one line each, {@code <instant> <what>}, so that {@code watch} can mark it on its time axis. Kept
 * beside the state file; a failed write never fails the command that was done.
 */
public final class LabJournal {

    private final Path file;

    public LabJournal(Path file) {
        this.file = file;
    }

    public void record(String what) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    Instant.now() + " " + what.replace('\n', ' ') + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("shoplab: could not note '" + what + "' in " + file + ": " + e.getMessage());
        }
    }

    /** The entries written from byte {@code offset} on, whole lines only; read again from {@link Entries#nextOffset()}. */
    public Entries since(long offset) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Entries(entries, 0);
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = offset > in.length() ? 0 : offset;
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n') + 1;
            text.substring(0, end)
                    .lines()
                    .filter(line -> line.indexOf(' ') > 0)
                    .forEach(line -> entries.add(new Entry(
                            Instant.parse(line.substring(0, line.indexOf(' '))),
                            line.substring(line.indexOf(' ') + 1))));
            return new Entries(entries, start + text.substring(0, end).getBytes(StandardCharsets.UTF_8).length);
        } catch (IOException | RuntimeException unreadable) {
            return new Entries(entries, offset);
        }
    }

    public record Entry(Instant at, String what) {}

    public record Entries(List<Entry> entries, long nextOffset) {}
}
