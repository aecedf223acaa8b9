package io.shoplab.lab.chaos;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.shoplab.lab.shopapi.RequestRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything one run sent and every fault it applied, in the order they happened, written as JSON lines
 * ({@code history.jsonl}, one object per line with a {@code type} of {@code request} or {@code fault}) for people
 * and tools; the requests also kept in memory for the checks. Safe to record into from many threads.
 */
final class History implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BufferedWriter file;
    private final List<RequestRecord> requests = new ArrayList<>();

    private History(BufferedWriter file) {
        this.file = file;
    }

    static History writingTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new History(Files.newBufferedWriter(file));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + file, e);
        }
    }

    /** A history kept in memory only, for a load that is not part of a run (the warm-up). */
    static History inMemory() {
        return new History(null);
    }

    synchronized void record(RequestRecord request) {
        requests.add(request);
        write(request.historyLine());
    }

    synchronized void record(FaultRecord fault) {
        write(line(fault));
    }

    synchronized List<RequestRecord> requests() {
        return List.copyOf(requests);
    }

    /** A fault as its history line: {@code {"type":"fault",…}}, beside the requests' lines. */
    private static String line(FaultRecord fault) {
        ObjectNode line = JSON.createObjectNode().put("type", "fault");
        line.setAll((ObjectNode) JSON.valueToTree(fault));
        return JSON.writeValueAsString(line);
    }

    @Override
    public synchronized void close() {
        if (file == null) {
            return;
        }
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not finish the history file", e);
        }
    }

    private void write(String line) {
        if (file == null) {
            return;
        }
        try {
            file.write(line);
            file.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the history", e);
        }
    }
}
