package io.shoplab.lab.command;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import io.shoplab.lab.LabException;
import io.shoplab.lab.health.Health;
import io.shoplab.lab.health.HealthProbe;
import io.shoplab.lab.load.GatlingLoad;
import io.shoplab.lab.load.GatlingRun;
import io.shoplab.lab.load.LoadTarget;
import io.shoplab.lab.load.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a Gatling simulation of load-tests/ against a running stack and prints where its report is.",
            "Example: ./shoplab load browse --target monolith --users 20 --duration 60s"
        })
public final class LoadCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "SIMULATION",
            description = "browse, order, BrowseSimulation or a fully qualified class name.")
    String simulation;

    @Option(names = "--target", required = true, description = "monolith (:8080) or microservices (gateway :8090).")
    LoadTarget target;

    @Option(names = "--users", defaultValue = "5", description = "New users per second (default: ${DEFAULT-VALUE}).")
    int usersPerSecond;

    @Option(
            names = "--duration",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Steady load duration (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(
            names = "--ramp",
            defaultValue = "5s",
            converter = DurationConverter.class,
            description = "Ramp-up to the full rate (default: ${DEFAULT-VALUE}).")
    Duration ramp;

    @Option(
            names = "-D",
            paramLabel = "KEY=VALUE",
            description = "More system properties for the simulation (e.g. -DmaxP99Millis=500).")
    Map<String, String> properties = Map.of();

    @Mixin
    WatchOption watch = new WatchOption();

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        Health health = HealthProbe.check(target.readinessUrl());
        if (health != Health.UP) {
            throw new LabException(target + " is not ready (" + health + " at " + target.readinessUrl()
                    + "); start it with ./shoplab up " + target);
        }
        GatlingRun run =
                new GatlingRun(Simulation.named(simulation), target, usersPerSecond, duration, ramp, properties);
        Path results = lab.layout().labDirectory().resolve("load");
        System.out.println("running " + run.simulation().className() + " against " + target.baseUrl() + ": "
                + usersPerSecond + " users/s for " + duration.toSeconds() + " s after a ramp of " + ramp.toSeconds()
                + " s");
        int exitCode;
        try (LiveWatch live = watch.onLab(lab)) {
            exitCode = new GatlingLoad(lab.layout(), System.out).run(run, results);
        }
        run.newestReport(results)
                .ifPresentOrElse(
                        report -> System.out.println(
                                "report: " + lab.layout().root().relativize(report)),
                        () -> System.out.println(
                                "no report found under " + lab.layout().root().relativize(results)));
        return exitCode;
    }
}
