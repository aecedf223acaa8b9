package io.shoplab.lab.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @ParameterizedTest
    @CsvSource({"30s, 30", "45, 45", "2m, 120", "1m30s, 90", "1h, 3600", "1h2m3s, 3723", " 10S , 10"})
    void readsDurationsAsTyped(String text, long expectedSeconds) {
        assertThat(converter.convert(text)).isEqualTo(Duration.ofSeconds(expectedSeconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "3x", "1.5s", "-5s", "s"})
    void refusesWhatIsNotADuration(String text) {
        assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(TypeConversionException.class);
    }

    @ParameterizedTest
    @CsvSource({"5, 5s", "65, 1m05s", "3599, 59m59s", "7260, 2h01m"})
    void formatsShortly(long seconds, String expected) {
        assertThat(DurationConverter.format(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }
}
