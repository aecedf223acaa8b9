package io.shoplab.lab.command;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = {
            "Serves a live page of both stacks on 127.0.0.1, updated each second, until Ctrl-C:",
            "requests/s, failed and degraded answers, p50/p99 (from the apps' own /actuator/prometheus, whoever",
            "sends the load); every component with its state, CPU, RSS, faults, circuit breakers and bulkheads;",
            "Eureka's instances; kills, starts, faults and heals (./shoplab ones, and changes it sees) on the time axis.",
            "The page's `save history` link downloads it as one HTML file; on exit it is written to target/report/watch/."
        })
public final class WatchCommand implements Callable<Integer> {

    @Option(
            names = "--port",
            defaultValue = "7070",
            description = "Port of the page on 127.0.0.1; 0 for a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        LiveWatch watch = LiveWatch.onLab(LabContext.fromEnvironment(), port);
        System.out.println("watch: Ctrl-C to stop");
        Runtime.getRuntime().addShutdownHook(new Thread(watch::close));
        new CountDownLatch(1).await();
        return 0;
    }
}
