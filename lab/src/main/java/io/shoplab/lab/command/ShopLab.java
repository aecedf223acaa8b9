package io.shoplab.lab.command;

import io.shoplab.lab.LabException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The lab's command line: run either stack as local processes, break parts of it, drive load at it. */
@Command(
        name = "shoplab",
        mixinStandardHelpOptions = true,
        version = "shoplab lab 0.1.0",
        description = "Runs the shop as a monolith or as microservices on this machine, and experiments on it.",
        subcommands = {
            UpCommand.class,
            StatusCommand.class,
            DownCommand.class,
            KillCommand.class,
            StartCommand.class,
            ScaleCommand.class,
            FaultCommand.class,
            HealCommand.class,
            LoadCommand.class,
            ExperimentCommand.class,
            DemoCommand.class,
            ChaosCommand.class,
            BenchCommand.class,
            WatchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ShopLab implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests parse with it too. */
    public static CommandLine commandLine() {
        return new CommandLine(new ShopLab()).setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            if (exception instanceof LabException) {
                commandLine.getErr().println("shoplab: " + exception.getMessage());
                return 1;
            }
            throw exception;
        });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
