package io.shoplab.lab.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Non-blank lines of main sources (Java, YAML, SQL) per folder: the folders both stacks are built from, and those only
 * one of them is.
 *
 * @param shared {@link #SHARED}, counted in each stack
 * @param monolithFolders {@link #MONOLITH}
 * @param microservicesFolders {@link #MICROSERVICES}
 */
record CodeLines(Map<String, Long> shared, Map<String, Long> monolithFolders, Map<String, Long> microservicesFolders) {

    static final List<String> SHARED = List.of("platform", "modules");
    static final List<String> MONOLITH = List.of("monolith-api");
    static final List<String> MICROSERVICES = List.of("microservices", "gateway", "discovery");

    CodeLines {
        shared = inOrder(shared);
        monolithFolders = inOrder(monolithFolders);
        microservicesFolders = inOrder(microservicesFolders);
    }

    static CodeLines of(Path root) {
        return new CodeLines(byFolder(root, SHARED), byFolder(root, MONOLITH), byFolder(root, MICROSERVICES));
    }

    long sharedLines() {
        return sum(shared);
    }

    long monolithOnly() {
        return sum(monolithFolders);
    }

    long microservicesOnly() {
        return sum(microservicesFolders);
    }

    long monolith() {
        return sharedLines() + monolithOnly();
    }

    long microservices() {
        return sharedLines() + microservicesOnly();
    }

    /** The folders in the order given: the sentence names them so. */
    private static Map<String, Long> inOrder(Map<String, Long> lines) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    private static long sum(Map<String, Long> lines) {
        return lines.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The lines of each folder, in the order given; 0 for a folder that is not there. */
    private static Map<String, Long> byFolder(Path root, List<String> folders) {
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
                    .mapToLong(CodeLines::nonBlankLines)
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
