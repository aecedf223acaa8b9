package io.shoplab.lab.watch;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import io.shoplab.lab.containers.ContainerPart;
import io.shoplab.lab.containers.ContainerStack;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.PostgresComponent;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.StackPart;
import io.shoplab.lab.stack.StateStore;

/** The components to watch, asked again each second: components come and go with {@code start}, {@code scale} and {@code down}. */
@FunctionalInterface
public interface PartsSource {

    List<WatchedPart> parts();

    /** The local processes the lab's state file records. */
    static PartsSource local(StateStore store) {
        return () ->
                store.load().components().stream().map(PartsSource::watched).toList();
    }

    /** The Compose project's containers (the monitoring left out); their processes as this machine sees them. */
    static PartsSource containers(ContainerStack containers) {
        return () -> containers.parts().components().stream()
                .filter(part -> part.app() != null || part.name().equals(PostgresComponent.NAME))
                .map(part -> watched(containers, part))
                .toList();
    }

    private static WatchedPart watched(RunningComponent running) {
        boolean alive = running.isAlive();
        long pid = running.workPid();
        return new WatchedPart(
                running.name(),
                stackOf(running.component().app()),
                alive,
                alive && ComponentControl.isPaused(running),
                alive ? OptionalLong.of(pid) : OptionalLong.empty(),
                running.startedAt(),
                running.component().app());
    }

    private static WatchedPart watched(ContainerStack containers, ContainerPart part) {
        boolean alive = part.isAlive();
        return new WatchedPart(
                part.name(),
                stackOf(part.app()),
                alive,
                alive && part.container().paused(),
                alive ? containers.workerPid(part) : OptionalLong.empty(),
                part.container().startedAt().orElse(Instant.EPOCH),
                part.app());
    }

    private static String stackOf(StackPart.App app) {
        return app == null ? WatchedPart.SHARED : app.stack();
    }
}
