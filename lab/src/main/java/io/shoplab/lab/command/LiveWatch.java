package io.shoplab.lab.command;

import java.nio.file.Path;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.Platform;
import io.shoplab.lab.stack.LabJournal;
import io.shoplab.lab.stack.StateStore;
import io.shoplab.lab.watch.PartsSource;
import io.shoplab.lab.watch.Watch;

/** A watch a command serves ({@code watch}, or {@code --watch} on another): its URL printed at the start, its history saved at the end. */
final class LiveWatch implements AutoCloseable {

    private final Watch watch;
    private final Path historyDirectory;

    private LiveWatch(Watch watch, Path historyDirectory) {
        this.watch = watch;
        this.historyDirectory = historyDirectory;
        System.out.println("watch: " + watch.url());
    }

    /** The parts of the lab's platform: its local processes, or its Compose project. */
    static LiveWatch onLab(LabContext lab, int port) {
        PartsSource parts = lab.platform() == Platform.COMPOSE
                ? PartsSource.containers(lab.containers())
                : PartsSource.local(lab.store());
        return new LiveWatch(Watch.start(parts, lab.journal(), port), historyDirectory(lab.layout()));
    }

    /** The parts a stack of its own records in {@code layout} (a chaos campaign's); the history goes to {@code main}'s reports. */
    static LiveWatch onStack(LabLayout layout, LabLayout main, int port) {
        PartsSource parts = PartsSource.local(new StateStore(layout.stateFile()));
        return new LiveWatch(Watch.start(parts, new LabJournal(layout.journalFile()), port), historyDirectory(main));
    }

    /** Saves the history beside the lab's reports and stops serving. */
    @Override
    public void close() {
        Path saved = watch.save(historyDirectory);
        watch.close();
        System.out.println("watch: history saved to " + saved);
    }

    private static Path historyDirectory(LabLayout layout) {
        return layout.labDirectory().resolveSibling("report").resolve("watch");
    }
}
