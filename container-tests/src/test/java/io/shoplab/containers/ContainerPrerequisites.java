package io.shoplab.containers;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the stack test only when asked to ({@code shop.containers}, set by {@code -Pcontainers}) and when
 * this machine can: a Docker API answering at {@code DOCKER_HOST} and a Compose command line. Otherwise
 * the test is reported skipped with the reason; with {@code shop.containers.required} (CI) a machine
 * that cannot is a failure instead.
 */
final class ContainerPrerequisites implements ExecutionCondition {

    private static volatile Optional<String> missing;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Boolean.getBoolean("shop.containers")) {
            return ConditionEvaluationResult.disabled("the container end-to-end test is opt-in: ./mvnw -Pcontainers ..."
                    + " (it builds eight images and runs ten containers for several minutes)");
        }
        Optional<String> reason = missing();
        if (reason.isEmpty()) {
            return ConditionEvaluationResult.enabled("a Docker API answers at " + ContainerEngine.fromEnvironment().host());
        }
        if (Boolean.getBoolean("shop.containers.required")) {
            return ConditionEvaluationResult.enabled("required: the test fails with the reason");
        }
        System.out.println("container stack: skipped: " + reason.get());
        return ConditionEvaluationResult.disabled(reason.get());
    }

    /** Why this machine cannot run the stack, or empty; asked once per test JVM. */
    static Optional<String> missing() {
        if (missing == null) {
            missing = ContainerEngine.fromEnvironment().unavailableReason()
                    .or(() -> ComposeProject.findCommand().isEmpty()
                            ? Optional.of("neither docker-compose nor the docker compose plugin is installed")
                            : Optional.empty());
        }
        return missing;
    }

    static List<String> composeCommand() {
        return ComposeProject.findCommand().orElseThrow();
    }
}
