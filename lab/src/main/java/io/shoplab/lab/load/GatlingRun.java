package io.shoplab.lab.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.shoplab.lab.process.ForegroundCommand;

/**
 * One run of a Gatling simulation through the load-tests module's Maven plugin, with its
 * output streamed to the user.
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

    public List<String> command(Path root) {
        List<String> command = new ArrayList<>(List.of(
                root.resolve("mvnw").toString(),
                "-B",
                "-pl",
                "load-tests",
                "gatling:test",
                "-Dgatling.simulationClass=" + simulation.className(),
                "-DbaseUrl=" + target.baseUrl(),
                "-Dusers=" + usersPerSecond,
                "-Dduration=" + duration.toSeconds(),
                "-Dramp=" + ramp.toSeconds()));
        new TreeMap<>(properties).forEach((key, value) -> command.add("-D" + key + "=" + value));
        return command;
    }

    /** Runs Maven in the repository root and returns its exit code. */
    public int run(Path root) {
        return ForegroundCommand.run(root, command(root));
    }

    /** The newest HTML report of this simulation under {@code load-tests/target/gatling/}. */
    public Optional<Path> newestReport(Path loadTests) {
        Path reports = loadTests.resolve("target/gatling");
        if (!Files.isDirectory(reports)) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(reports)) {
            return folders.filter(folder -> folder.getFileName().toString().startsWith(simulation.reportFolderPrefix()))
                    .map(folder -> folder.resolve("index.html"))
                    .filter(Files::isRegularFile)
                    .max(Comparator.comparing(GatlingRun::lastModified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
