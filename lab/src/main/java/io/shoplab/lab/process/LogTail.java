package io.shoplab.lab.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a log file, to show with a failure. */
public final class LogTail {

    private LogTail() {}

    public static String of(Path logFile, int lines) {
        try {
            // Latin-1 never fails to decode, whatever a crashing process wrote.
            List<String> all = Files.readAllLines(logFile, StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + logFile + ")";
        }
    }
}
