package io.shoplab.lab.experiment;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lines of main code per folder: the folders both stacks are built from, and those only one of them is.
 *
 * @param shared {@link CodeSize#SHARED}, counted in each stack
 * @param monolithFolders {@link CodeSize#MONOLITH}
 * @param microservicesFolders {@link CodeSize#MICROSERVICES}
 */
record CodeLines(Map<String, Long> shared, Map<String, Long> monolithFolders, Map<String, Long> microservicesFolders) {

    CodeLines {
        shared = inOrder(shared);
        monolithFolders = inOrder(monolithFolders);
        microservicesFolders = inOrder(microservicesFolders);
    }

    static CodeLines of(Path root) {
        return new CodeLines(
                CodeSize.byFolder(root, CodeSize.SHARED),
                CodeSize.byFolder(root, CodeSize.MONOLITH),
                CodeSize.byFolder(root, CodeSize.MICROSERVICES));
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
}
