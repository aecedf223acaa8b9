package io.shoplab.lab.command;

import io.shoplab.lab.experiment.ExperimentRunner;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --repeat}: a whole number from 1 to {@link ExperimentRunner#MAX_REPEAT}. Refused while the
 * command line is read, so that {@code demo} fails before it spends minutes starting both stacks.
 */
final class RepeatConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String text) {
        String trimmed = text.trim();
        // At most two digits: anything longer is out of range anyway, and cannot overflow an int.
        int runs = trimmed.matches("\\d{1,2}") ? Integer.parseInt(trimmed) : -1;
        if (runs < 1 || runs > ExperimentRunner.MAX_REPEAT) {
            throw new TypeConversionException(
                    "'" + text + "' is not a number of runs from 1 to " + ExperimentRunner.MAX_REPEAT);
        }
        return runs;
    }
}
