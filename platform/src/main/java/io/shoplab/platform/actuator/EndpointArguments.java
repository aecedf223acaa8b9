package io.shoplab.platform.actuator;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;

/** Arguments of the modules' own actuator endpoints, read alike everywhere. */
public final class EndpointArguments {

    private EndpointArguments() {}

    /**
     * The constant named {@code value} in any case, around blanks; an unknown name is a 400 that lists
     * the known ones.
     *
     * @param what what the value names, for the message ("reservation status")
     */
    public static <E extends Enum<E>> E enumNamed(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidEndpointRequestException(
                    "Unknown " + what + " '" + value + "'",
                    "unknown status '" + value + "'; one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
