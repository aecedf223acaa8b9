package io.shoplab.lab.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.shoplab.lab.measure.RequestEvent;
import io.shoplab.lab.measure.RequestEventsCsv;

/** Reads the lines a running load appends to its events file, each complete line once. */
final class EventsTail {

    private final Path file;
    private long position;

    EventsTail(Path file) {
        this.file = file;
    }

    /** The events written since the last call (none while the file does not exist yet). */
    List<RequestEvent> next() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (RandomAccessFile reader = new RandomAccessFile(file.toFile(), "r")) {
            long length = reader.length();
            if (length <= position) {
                return List.of();
            }
            byte[] bytes = new byte[(int) (length - position)];
            reader.seek(position);
            reader.readFully(bytes);
            // One char per byte: the index of the last newline is its byte offset.
            int complete = new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf('\n') + 1;
            position += complete;
            return new String(bytes, 0, complete, StandardCharsets.UTF_8)
                    .lines()
                    .map(RequestEventsCsv::parse)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
