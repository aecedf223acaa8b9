package io.shoplab.lab.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A run of a Gatling simulation that the user asks for ({@code ./shoplab load}), launched by
 * {@link GatlingLoad} like every other load of the lab, but judged by the simulation's own assertions.
 *
 * @param simulation which simulation
 * @param target where the load goes
 * @param usersPerSecond arrivals per second (an open model, so a slow server does not slow the load)
 * @param duration how long the steady load lasts
 * @param ramp how long it takes to reach it
 * @param properties further system properties for the simulation (thresholds, shares)
 */
public record GatlingRun(
        Simulation simulation,
        LoadTarget target,
        int usersPerSecond,
        Duration duration,
        Duration ramp,
        Map<String, String> properties) {

    public GatlingRun {
        properties = Map.copyOf(properties);
    }

    /** The simulation's settings: the user's own ({@code -D}) over those the command's options give. */
    Map<String, String> settings() {
        Map<String, String> settings = new TreeMap<>(Map.of(
                "baseUrl", target.baseUrl(),
                "users", String.valueOf(usersPerSecond),
                "duration", String.valueOf(duration.toSeconds()),
                "ramp", String.valueOf(ramp.toSeconds())));
        settings.putAll(properties);
        return settings;
    }

    /** The newest HTML report of this simulation among Gatling's report folders in {@code results}. */
    public Optional<Path> newestReport(Path results) {
        return newestReport(results, simulation.reportFolderPrefix());
    }

    /** The newest HTML report among Gatling's report folders in {@code results} whose name starts so. */
    static Optional<Path> newestReport(Path results, String folderPrefix) {
        if (!Files.isDirectory(results)) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(results)) {
            return folders.filter(folder -> folder.getFileName().toString().startsWith(folderPrefix))
                    .map(folder -> folder.resolve("index.html"))
                    .filter(Files::isRegularFile)
                    .max(Comparator.comparingLong(report -> report.toFile().lastModified()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
