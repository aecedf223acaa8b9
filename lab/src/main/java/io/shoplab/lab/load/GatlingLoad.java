package io.shoplab.lab.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.shoplab.lab.Directories;
import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.process.ForegroundCommand;

/**
 * The lab's one launcher of the load-tests module's Gatling simulations, for experiments, the benchmark and
 * {@code ./shoplab load} alike: a JVM of their own, started directly rather than through Maven, since an
 * experiment runs a dozen loads and Maven's start-up would add seconds to each. The class path is resolved
 * once per lab run.
 */
public final class GatlingLoad {

    private static final String GATLING_MAIN = "io.gatling.app.Gatling";

    private final LabLayout layout;
    private final PrintStream out;
    private String classpath;

    public GatlingLoad(LabLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    /**
     * Starts a measured load: every answer written to the run's {@code events.csv}, failures counted rather than
     * failing the run. It stops by itself after {@code length} (and at most 5 s more for answers in flight).
     */
    public RunningLoad start(LoadSpec spec, Duration length, Path runDirectory) {
        try {
            // A run of an earlier demo may have left its files here: its events would pass for this run's.
            Directories.deleteRecursively(runDirectory);
            Files.createDirectories(runDirectory);
            Path events = runDirectory.resolve("events.csv");
            Path customers = runDirectory.resolve("customers.txt");
            Path results = runDirectory.resolve("gatling");
            Path log = runDirectory.resolve("gatling.log");
            List<String> command = measuredCommand(spec, length, events, customers, results);
            Process process = ForegroundCommand.startStoppedWithTheLab(new ProcessBuilder(command)
                    .directory(layout.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile()));
            return new RunningLoad(process, events, customers, results, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Gatling", e);
        }
    }

    /**
     * Runs to its end a simulation the user asked for: Gatling's output on the terminal, the simulation's
     * own assertions deciding the exit code, its HTML report in a folder of its own under {@code results}.
     */
    public int run(GatlingRun run, Path results) {
        return ForegroundCommand.run(layout.root(), command(run.simulation(), run.settings(), results));
    }

    private List<String> measuredCommand(LoadSpec spec, Duration length, Path events, Path customers, Path results) {
        Map<String, String> properties = new TreeMap<>(spec.settings());
        properties.put("baseUrl", String.join(",", spec.baseUrls()));
        properties.put("users", String.valueOf(spec.usersPerSecond()));
        properties.put("ramp", "0");
        properties.put("duration", String.valueOf(length.toSeconds()));
        // Users still in flight are cut 5 s after the last arrival, so a hung stack cannot stretch the run.
        properties.put("maxDuration", String.valueOf(length.toSeconds() + 5));
        properties.put("eventsFile", events.toString());
        properties.put("customersFile", customers.toString());
        // Experiments break things on purpose: failures are what they measure, not a reason to stop.
        properties.putIfAbsent("maxFailedPercent", "100");
        properties.putIfAbsent("maxP99Millis", "600000");
        return command(Simulation.named(spec.simulation()), properties, results);
    }

    private List<String> command(Simulation simulation, Map<String, String> properties, Path results) {
        // The JVM flags Gatling's Maven plugin passes; its stats engine needs java.lang opened. Netty loads
        // its native transport, which a JDK from 24 on warns about on the user's terminal unless allowed.
        List<String> command = new ArrayList<>(List.of(
                layout.javaExecutable(),
                "-Xms256m",
                "-Xmx768m",
                "-XX:+UseG1GC",
                "-XX:MaxInlineLevel=20",
                "-XX:MaxTrivialSize=12",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of(
                "-cp",
                classpath(),
                GATLING_MAIN,
                "-s",
                simulation.className(),
                "-rf",
                results.toString(),
                "-l",
                "shoplab-lab"));
        return command;
    }

    /** load-tests' compiled simulations and their dependencies, built once (Maven resolves them). */
    private synchronized String classpath() {
        if (classpath == null) {
            Path file = layout.labDirectory().resolve("gatling.classpath");
            out.println("preparing the load generator (compiling load-tests, resolving Gatling) ...");
            int exit = ForegroundCommand.maven(
                    layout.root(),
                    "-pl",
                    "load-tests",
                    "test-compile",
                    "dependency:build-classpath",
                    "-Dmdep.includeScope=test",
                    "-Dmdep.outputFile=" + file);
            if (exit != 0) {
                throw new LabException("could not build load-tests (./mvnw exit " + exit
                        + "); run ./mvnw -pl load-tests test-compile");
            }
            try {
                classpath = layout.loadTests().resolve("target/test-classes")
                        + java.io.File.pathSeparator
                        + Files.readString(file).trim();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return classpath;
    }

    /** How long Gatling may take beyond the load itself (JVM start, report) before it is stopped. */
    public static Duration slack() {
        return Duration.ofSeconds(90);
    }
}
