package io.shoplab.lab.chaos;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.shoplab.lab.shopapi.RequestRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything one run sent and every fault it applied, in the order they happened: kept in memory for the
 * checks and written as JSON lines ({@code history.jsonl}, one object per line with a {@code type} of
 * {@code request} or {@code fault}) for people and tools. Safe to record into from many threads.
 */
final class History implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .build();

    private final BufferedWriter file;
    private final List<RequestRecord> requests = new ArrayList<>();
    private final List<FaultRecord> faults = new ArrayList<>();

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

    /** A history that writes nothing, for tests. */
    static History inMemory() {
        return new History(null);
    }

    synchronized void record(RequestRecord request) {
        requests.add(request);
        write(request.historyLine());
    }

    synchronized void record(FaultRecord fault) {
        faults.add(fault);
        write(line(fault));
    }

    synchronized List<RequestRecord> requests() {
        return List.copyOf(requests);
    }

    synchronized List<FaultRecord> faults() {
        return List.copyOf(faults);
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
