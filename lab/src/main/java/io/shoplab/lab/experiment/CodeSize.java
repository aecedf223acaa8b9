package io.shoplab.lab.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Non-blank lines of main sources (Java, YAML, SQL) in the folders that make up a stack. */
final class CodeSize {

    static final List<String> SHARED = List.of("platform", "modules");
    static final List<String> MONOLITH = List.of("monolith-api");
    static final List<String> MICROSERVICES = List.of("microservices", "gateway", "discovery");

    private CodeSize() {}

    /** The lines of each folder, in the order given; 0 for a folder that is not there. */
    static Map<String, Long> byFolder(Path root, List<String> folders) {
        Map<String, Long> lines = new LinkedHashMap<>();
        folders.forEach(folder ->
                lines.put(folder, Files.isDirectory(root.resolve(folder)) ? linesUnder(root.resolve(folder)) : 0L));
        return lines;
    }

    private static long linesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().contains("/src/main/"))
                    .filter(file -> file.toString().matches(".*\\.(java|ya?ml|sql)$"))
                    .mapToLong(CodeSize::nonBlankLines)
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long nonBlankLines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
