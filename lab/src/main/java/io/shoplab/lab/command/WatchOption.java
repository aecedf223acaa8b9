package io.shoplab.lab.command;

import io.shoplab.lab.LabLayout;
import picocli.CommandLine.Option;

/** {@code --watch} on the commands that drive load or break things: the page of {@code ./shoplab watch} while they run. */
final class WatchOption {

    @Option(
            names = "--watch",
            description =
                    "Serve the live page of `./shoplab watch` while this runs (URL printed); its history is saved at the end.")
    boolean enabled;

    @Option(
            names = "--watch-port",
            defaultValue = "7070",
            description = "Port of that page on 127.0.0.1; 0 for a free one (default: ${DEFAULT-VALUE}).")
    int port;

    /** The watch on the lab's platform, or {@code null} without {@code --watch} (a try-with-resources skips it). */
    LiveWatch onLab(LabContext lab) {
        return enabled ? LiveWatch.onLab(lab, port) : null;
    }

    /** The watch on a stack of its own (a chaos campaign's, in {@code layout}), or {@code null} without {@code --watch}. */
    LiveWatch onStack(LabLayout layout, LabLayout main) {
        return enabled ? LiveWatch.onStack(layout, main, port) : null;
    }
}
