package io.shoplab.lab.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The options experiment and demo share: how often, and after how long a warm-up. */
class ExperimentOptionsTest {

    @Test
    void experimentAndDemoRunOnceUnlessTold() {
        assertThat(parse(ExperimentCommand.class, "experiment", "baseline").options.repeat)
                .isEqualTo(1);
        assertThat(parse(DemoCommand.class, "demo").options.repeat).isEqualTo(1);
        assertThat(parse(DemoCommand.class, "demo")
                        .options
                        .settings(Map.of(), Map.of())
                        .repeat())
                .isEqualTo(1);
    }

    @Test
    void bothTakeFromOneToTenRuns() {
        assertThat(parse(ExperimentCommand.class, "experiment", "baseline", "kill-reviews", "--repeat", "3")
                        .options
                        .repeat)
                .isEqualTo(3);
        assertThat(parse(DemoCommand.class, "demo", "--repeat", "10")
                        .options
                        .settings(Map.of(), Map.of())
                        .repeat())
                .isEqualTo(10);
        assertThat(parse(DemoCommand.class, "demo", "--repeat", "1").options.repeat)
                .isEqualTo(1);
    }

    @Test
    void warmsUpFortySecondsUnlessTold() {
        assertThat(parse(DemoCommand.class, "demo")
                        .options
                        .settings(Map.of(), Map.of())
                        .warmup())
                .isEqualTo(Duration.ofSeconds(40));
        assertThat(parse(ExperimentCommand.class, "experiment", "baseline", "--warmup", "2m")
                        .options
                        .settings(Map.of(), Map.of())
                        .warmup())
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(parse(DemoCommand.class, "demo", "--warmup", "0")
                        .options
                        .settings(Map.of(), Map.of())
                        .warmup())
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "11", "-1", "100", "2.5", "three", "", "99999999999"})
    void refusesAnythingElseBeforeAStackStarts(String count) {
        assertThatThrownBy(() -> ShopLab.commandLine().parseArgs("demo", "--repeat", count))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("--repeat")
                .hasMessageContaining("is not a number of runs from 1 to 10");
        assertThatThrownBy(() -> ShopLab.commandLine().parseArgs("experiment", "baseline", "--repeat", count))
                .isInstanceOf(ParameterException.class);
    }

    @Test
    void theHelpSaysWhatItDoes() {
        for (String command : new String[] {"experiment", "demo"}) {
            StringWriter help = new StringWriter();
            CommandLine commandLine = ShopLab.commandLine().setOut(new PrintWriter(help));

            assertThat(commandLine.execute(command, "--help")).isZero();
            // picocli wraps the help at 80 columns
            assertThat(help.toString().replaceAll("\\s+", " "))
                    .contains("--repeat=N Run each experiment N times back to back (1 to 10;"
                            + " cost once) and report min / median / max");
        }
    }

    private static <T> T parse(Class<T> type, String... args) {
        return type.cast(
                ShopLab.commandLine().parseArgs(args).subcommand().commandSpec().userObject());
    }
}
