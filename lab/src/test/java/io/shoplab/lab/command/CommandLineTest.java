package io.shoplab.lab.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.budget.Budgets;
import io.shoplab.lab.load.LoadTarget;
import io.shoplab.lab.stack.Stacks;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class CommandLineTest {

    @Test
    void loadTakesTargetRateAndDurations() {
        LoadCommand load = parse(
                LoadCommand.class,
                "load",
                "browse",
                "--target",
                "microservices",
                "--users",
                "20",
                "--duration",
                "1m",
                "--ramp",
                "10s",
                "-DmaxP99Millis=500");

        assertThat(load.simulation).isEqualTo("browse");
        assertThat(load.target).isEqualTo(LoadTarget.microservices);
        assertThat(load.usersPerSecond).isEqualTo(20);
        assertThat(load.duration).isEqualTo(Duration.ofMinutes(1));
        assertThat(load.ramp).isEqualTo(Duration.ofSeconds(10));
        assertThat(load.properties).containsEntry("maxP99Millis", "500");
    }

    @Test
    void loadHasDefaultsButNeedsATarget() {
        LoadCommand load = parse(LoadCommand.class, "load", "order", "--target", "monolith");

        assertThat(load.usersPerSecond).isEqualTo(5);
        assertThat(load.duration).isEqualTo(Duration.ofSeconds(30));
        assertThat(load.ramp).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> ShopLab.commandLine().parseArgs("load", "order"))
                .isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> ShopLab.commandLine().parseArgs("load", "order", "--target", "mainframe"))
                .isInstanceOf(ParameterException.class);
    }

    @Test
    void upTakesFaultsPortAndTimeout() {
        UpCommand up = parse(
                UpCommand.class,
                "up",
                "microservices",
                "--faults",
                "--postgres-port",
                "25432",
                "--timeout",
                "2m",
                "--free-ports");

        assertThat(up.stack).isEqualTo("microservices");
        assertThat(up.faults).isTrue();
        assertThat(up.freePorts).isTrue();
        assertThat(up.postgresPort).isEqualTo(25432);
        assertThat(up.timeout).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void upTakesAPlatform() {
        UpCommand up =
                parse(UpCommand.class, "up", "monolith", "--platform", "compose", "--no-monitoring", "--free-ports");

        assertThat(up.platform).contains("compose");
        assertThat(up.noMonitoring).isTrue();
        assertThat(parse(UpCommand.class, "up", "all").platform)
                .as("the remembered one, else local")
                .isEmpty();
        assertThat(parse(DemoCommand.class, "demo", "--platform", "compose").platform)
                .contains("compose");
    }

    @Test
    void upExperimentChaosAndBenchPutEveryComponentOnTheNodeBudget() {
        Budgets node = Budgets.everyNode(new Budget(0.5, 768L << 20));

        assertThat(parse(UpCommand.class, "up", "monolith", "--node-cpus", "0.5", "--node-memory", "768m")
                        .budget
                        .budgets())
                .isEqualTo(node);
        assertThat(parse(
                                ExperimentCommand.class,
                                "experiment",
                                "baseline",
                                "--node-cpus",
                                "0.5",
                                "--node-memory",
                                "768m")
                        .budget
                        .budgets())
                .isEqualTo(node);
        assertThat(parse(
                                ChaosCommand.class,
                                "chaos",
                                "--stack",
                                "monolith",
                                "--node-cpus",
                                "0.5",
                                "--node-memory",
                                "768m")
                        .budget
                        .budgets())
                .isEqualTo(node);
        assertThat(parse(BenchCommand.class, "bench", "--node-cpus", "0.5", "--node-memory", "768m")
                        .budget
                        .composeVariables())
                .containsExactly(
                        entry("SHOPLAB_NODE_CPUS", "0.5"),
                        entry("SHOPLAB_GATEWAY_CPUS", "0.5"),
                        entry("SHOPLAB_NODE_MEMORY", "805306368"));
        BudgetOptions front = parse(UpCommand.class, "up", "all", "--node-cpus", "0.1", "--gateway-cpus", "0.3").budget;
        assertThat(front.budgets().of("gateway-2", Stacks.GATEWAY).cpus()).isEqualTo(0.3);
        assertThat(front.budgets().of("catalog-service", "catalog-service").cpus())
                .isEqualTo(0.1);
        assertThat(front.composeVariables())
                .containsExactly(entry("SHOPLAB_NODE_CPUS", "0.1"), entry("SHOPLAB_GATEWAY_CPUS", "0.3"));
        assertThatThrownBy(() -> ShopLab.commandLine().parseArgs("up", "monolith", "--node-memory", "lots"))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("768m");
    }

    @Test
    void upDefaultsToTheDocumentedPortAndTimeout() {
        UpCommand up = parse(UpCommand.class, "up", "monolith");

        assertThat(up.budget.given()).as("no budget unless asked").isFalse();
        assertThat(up.budget.budgets().isNone()).isTrue();
        assertThat(up.budget.composeVariables())
                .as("docker-compose.yml's own defaults")
                .isEmpty();
        assertThat(up.faults).isFalse();
        assertThat(up.postgresPort).isEqualTo(15432);
        assertThat(up.timeout).isEqualTo(Duration.ofSeconds(240));
    }

    @Test
    void faultTakesLatencyInMillisecondsAndAnErrorRate() {
        FaultCommand fault = parse(
                FaultCommand.class,
                "fault",
                "reviews",
                "--latency",
                "800ms",
                "--error-rate",
                "0.3",
                "--stack",
                "microservices");

        assertThat(fault.component).isEqualTo("reviews");
        assertThat(fault.latency).isEqualTo(Duration.ofMillis(800));
        assertThat(fault.errorRate).isEqualTo(0.3);
        assertThat(fault.stack).contains("microservices");
        assertThat(parse(FaultCommand.class, "fault", "database", "--latency", "2s").latency)
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void scaleTakesAServiceAndACount() {
        ScaleCommand scale = parse(ScaleCommand.class, "scale", "catalog-service", "3");

        assertThat(scale.service).isEqualTo("catalog-service");
        assertThat(scale.count).isEqualTo(3);
        assertThatThrownBy(() -> ShopLab.commandLine().parseArgs("scale", "catalog-service"))
                .isInstanceOf(ParameterException.class);
    }

    @Test
    void chaosTakesStackRunsSeedAndTheLoad() {
        ChaosCommand chaos = parse(
                ChaosCommand.class,
                "chaos",
                "--stack",
                "microservices",
                "--runs",
                "5",
                "--seed",
                "42",
                "--run-duration",
                "30s",
                "--rate",
                "12.5",
                "--clients",
                "4",
                "--free-ports",
                "--keep-running",
                "--keep-going");

        assertThat(chaos.stack).isEqualTo("microservices");
        assertThat(chaos.runs).isEqualTo(5);
        assertThat(chaos.seed).isEqualTo(42);
        assertThat(chaos.runDuration).isEqualTo(Duration.ofSeconds(30));
        assertThat(chaos.rate).isEqualTo(12.5);
        assertThat(chaos.clients).isEqualTo(4);
        assertThat(chaos.freePorts).isTrue();
        assertThat(chaos.keepRunning).isTrue();
        assertThat(chaos.keepGoing).isTrue();
    }

    @Test
    void chaosHasDefaultsButNeedsAStack() {
        ChaosCommand chaos = parse(ChaosCommand.class, "chaos", "--stack", "monolith");

        assertThat(chaos.runs).isEqualTo(20);
        assertThat(chaos.seed).isEqualTo(1);
        assertThat(chaos.runDuration).isEqualTo(Duration.ofSeconds(20));
        assertThat(chaos.clients).isEqualTo(16);
        assertThat(chaos.rate).isEqualTo(20);
        assertThat(chaos.freePorts).isFalse();
        assertThatThrownBy(() -> ShopLab.commandLine().parseArgs("chaos", "--runs", "2"))
                .isInstanceOf(ParameterException.class);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command :
                new String[] {"up", "status", "down", "kill", "start", "scale", "fault", "heal", "load", "chaos"}) {
            StringWriter help = new StringWriter();
            CommandLine commandLine = ShopLab.commandLine().setOut(new PrintWriter(help));

            assertThat(commandLine.execute(command, "--help")).isZero();
            assertThat(help.toString()).startsWith("Usage: shoplab " + command);
        }
    }

    private static <T> T parse(Class<T> type, String... args) {
        Object command =
                ShopLab.commandLine().parseArgs(args).subcommand().commandSpec().userObject();
        return type.cast(command);
    }
}
