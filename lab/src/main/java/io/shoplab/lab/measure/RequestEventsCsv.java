package io.shoplab.lab.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the simulations' events file: {@code epochMillis,request,status,responseMillis,ok}, one line per request.
 * A header line, blank lines and a line cut short (the load generator was stopped while writing) are skipped.
 * The request name is taken as everything between the first and the third-last comma, so names may hold commas.
 */
public final class RequestEventsCsv {

    private RequestEventsCsv() {}

    public static List<RequestEvent> read(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.map(RequestEventsCsv::parse).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the events file " + file, e);
        }
    }

    /** The event on this line, or empty for a header, blank or malformed line. */
    public static Optional<RequestEvent> parse(String line) {
        int firstComma = line.indexOf(',');
        int okComma = line.lastIndexOf(',');
        int millisComma = okComma < 0 ? -1 : line.lastIndexOf(',', okComma - 1);
        int statusComma = millisComma < 0 ? -1 : line.lastIndexOf(',', millisComma - 1);
        if (firstComma < 0 || statusComma <= firstComma) {
            return Optional.empty();
        }
        try {
            String ok = line.substring(okComma + 1).trim();
            if (!ok.equalsIgnoreCase("true") && !ok.equalsIgnoreCase("false")) {
                return Optional.empty();
            }
            return Optional.of(new RequestEvent(
                    Long.parseLong(line.substring(0, firstComma).trim()),
                    unquote(line.substring(firstComma + 1, statusComma).trim()),
                    Integer.parseInt(
                            line.substring(statusComma + 1, millisComma).trim()),
                    Long.parseLong(line.substring(millisComma + 1, okComma).trim()),
                    Boolean.parseBoolean(ok)));
        } catch (NumberFormatException headerOrCut) {
            return Optional.empty();
        }
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name;
    }
}
